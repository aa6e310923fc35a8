import type { Argv, CommandModule } from 'yargs';
import { formatOption, withRuleOptions } from '../common-options.js';
import { runCommand } from '../run.js';

/** `devmig explain`: the definition only; the body loads when the command runs. */
export const explainCommand: CommandModule = {
  command: 'explain [rule]',
  describe: 'What a rule checks, where it comes from, an example pair; without RULE, every rule',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('rule', { type: 'string', describe: 'Rule id as findings show it (gvt-g/pv_mode_narrowed), or its name alone when unique' })
    .option('format', formatOption(['text', 'json'])),
  handler: (argv) => runCommand(async () => (await import('./explain-run.js')).runExplain(argv)),
};
