import type { Argv, CommandModule } from 'yargs';
import { readProfile } from '../../read/read-profile.js';
import { renderJson } from '../../render/json.js';
import { renderCheckText } from '../../render/text.js';
import { check } from '../../verdict/check.js';
import { checkOptionsFrom, formatOption, withRuleOptions } from '../common-options.js';
import { exitCodeForCheck } from '../exit-code.js';
import { out, runCommand } from '../run.js';

export const CHECK_FORMATS = ['text', 'json'] as const;

export const checkCommand: CommandModule = {
  command: 'check <source> <target>',
  describe: 'Can a device running as SOURCE migrate to TARGET? Exit 0 compatible, 100 incompatible, 101 error',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('source', { type: 'string', demandOption: true, describe: 'Source profile (directory, JSON or key=value file)' })
    .positional('target', { type: 'string', demandOption: true, describe: 'Target profile' })
    .option('format', formatOption(CHECK_FORMATS)),
  handler: (argv) => runCommand(() => {
    const a = argv as unknown as { source: string; target: string; format: string };
    const opts = checkOptionsFrom(argv as never);
    const result = check(readProfile(a.source), readProfile(a.target), opts);
    out(a.format === 'json' ? renderJson(result) : renderCheckText(result));
    return exitCodeForCheck(result);
  }),
};
