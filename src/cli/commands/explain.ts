import { checkOptionsFrom, withRuleOptions } from '../common-options.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig explain`: the definition; the application layer loads when the command runs. */
export const explainCommand = defineCommand({
  command: 'explain [rule]',
  describe: 'What a rule checks, where it comes from, an example pair; without RULE, every rule',
  builder: (y) => withRuleOptions(y)
    .positional('rule', { type: 'string', describe: 'Rule id as findings show it (gvt-g/pv_mode_narrowed), or its name alone when unique' })
    .option('format', formatFlag('rule'))
    .example([
      ['devmig explain', 'every rule, one line each'],
      ['devmig explain gvt-g/pv_mode_narrowed', 'what one rule checks, with its example pair run'],
    ]),
  handler: (argv) => runCommand(async () => {
    const { explainReport } = await import('../../app/explain.js');
    return writeReport(explainReport(argv.rule, checkOptionsFrom(argv)), argv.format);
  }),
});
