import { checkOptionsFrom, sarifCategoryFrom, withRuleOptions, withSarifCategory } from '../common-options.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig check`: the definition; the application layer loads when the command runs. */
export const checkCommand = defineCommand({
  command: 'check <source> <target>',
  describe: 'Can a device running as SOURCE migrate to TARGET? Every reason, tier, rollback',
  builder: (y) => withSarifCategory(withRuleOptions(y))
    .positional('source', { type: 'string', demandOption: true, describe: 'Source profile (directory, JSON or key=value file)' })
    .positional('target', { type: 'string', demandOption: true, describe: 'Target profile' })
    .option('format', formatFlag('check'))
    .option('suppressions', { type: 'string', describe: 'Suppression file (default: devmig.toml or .devmig.json in TARGET\'s parent folder)' }),
  handler: (argv) => runCommand(async () => {
    const sarifCategory = sarifCategoryFrom(argv);
    const { checkReport } = await import('../../app/check.js');
    return writeReport(checkReport(argv.source, argv.target, { ...checkOptionsFrom(argv), suppressions: argv.suppressions }), argv.format, { sarifCategory });
  }, { command: 'check', format: argv.format, sarifCategory: argv.sarifCategory }),
});
