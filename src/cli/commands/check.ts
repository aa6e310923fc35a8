import type { Argv, CommandModule } from 'yargs';
import { CI_FORMATS } from '../../render/ci-format-names.js';
import { formatOption, withRuleOptions } from '../common-options.js';
import { runCommand } from '../run.js';

export const CHECK_FORMATS = ['text', 'json', ...CI_FORMATS] as const;

/** `devmig check`: the definition only; the body loads when the command runs. */
export const checkCommand: CommandModule = {
  command: 'check <source> <target>',
  describe: 'Can a device running as SOURCE migrate to TARGET? Every reason, tier, rollback',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('source', { type: 'string', demandOption: true, describe: 'Source profile (directory, JSON or key=value file)' })
    .positional('target', { type: 'string', demandOption: true, describe: 'Target profile' })
    .option('format', formatOption(CHECK_FORMATS))
    .option('suppressions', { type: 'string', describe: 'Suppression file (default: devmig.toml or .devmig.json in TARGET\'s parent folder)' }),
  handler: (argv) => runCommand(async () => (await import('./check-run.js')).runCheck(argv)),
};
