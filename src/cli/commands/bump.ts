import { checkOptionsFrom, sarifCategoryFrom, withRuleOptions, withSarifCategory } from '../common-options.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig bump`: the definition; the application layer loads when the command runs. */
export const bumpCommand = defineCommand({
  command: 'bump [old] [new]',
  describe: 'Does NEW\'s version bump match its changes since OLD (or each step of --series DIR)?',
  builder: (y) => withSarifCategory(withRuleOptions(y))
    .positional('old', { type: 'string', describe: 'Profile of the old release' })
    .positional('new', { type: 'string', describe: 'Profile of the new release' })
    .option('series', { type: 'string', describe: 'Folder with one profile per release (subdirectories or files), checked pair by pair in semver order' })
    .option('policy', { type: 'string', choices: ['rename-on-major'] as const, describe: 'Also require a new type name when the required bump is major' })
    .option('format', formatFlag('bump'))
    .option('suppressions', { type: 'string', describe: 'Suppression file (default: devmig.toml or .devmig.json in the series folder, or in NEW\'s parent folder)' })
    .check((argv) => {
      if (argv.series !== undefined && (argv.old !== undefined || argv.new !== undefined)) throw new Error('give either OLD NEW or --series DIR, not both');
      if (argv.series === undefined && (argv.old === undefined || argv.new === undefined)) throw new Error('name the two releases (devmig bump OLD NEW) or a folder of releases (--series DIR)');
      return true;
    }),
  handler: (argv) => runCommand(async () => {
    const sarifCategory = sarifCategoryFrom(argv);
    const { bumpReport, seriesReport } = await import('../../app/bump.js');
    const opts = { ...checkOptionsFrom(argv), ...(argv.policy ? { policy: argv.policy } : {}), suppressions: argv.suppressions };
    if (argv.series !== undefined) return writeReport(seriesReport(argv.series, opts), argv.format, { sarifCategory });
    // .check() above saw to it that OLD and NEW are both given without --series.
    const [oldPath = '', newPath = ''] = [argv.old, argv.new];
    return writeReport(bumpReport(oldPath, newPath, opts), argv.format, { sarifCategory });
  }, { command: 'bump', format: argv.format, sarifCategory: argv.sarifCategory }),
});
