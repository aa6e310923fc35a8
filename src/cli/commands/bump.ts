import type { Argv, CommandModule } from 'yargs';
import { CI_FORMATS } from '../../render/ci-format-names.js';
import { formatOption, withRuleOptions } from '../common-options.js';
import { runCommand } from '../run.js';

/** `devmig bump`: the definition only; the body loads when the command runs. */
export const bumpCommand: CommandModule = {
  command: 'bump [old] [new]',
  describe: 'Does NEW\'s version bump match its changes since OLD (or each step of --series DIR)?',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('old', { type: 'string', describe: 'Profile of the old release' })
    .positional('new', { type: 'string', describe: 'Profile of the new release' })
    .option('series', { type: 'string', describe: 'Folder with one profile per release (subdirectories or files), checked pair by pair in semver order' })
    .option('policy', { type: 'string', choices: ['rename-on-major'], describe: 'Also require a new type name when the required bump is major' })
    .option('format', formatOption(['text', 'json', ...CI_FORMATS]))
    .option('suppressions', { type: 'string', describe: 'Suppression file (default: devmig.toml or .devmig.json in the series folder, or in NEW\'s parent folder)' })
    .check((argv) => {
      if (argv.series !== undefined && (argv.old !== undefined || argv.new !== undefined)) throw new Error('give either OLD NEW or --series DIR, not both');
      if (argv.series === undefined && (argv.old === undefined || argv.new === undefined)) throw new Error('name the two releases (devmig bump OLD NEW) or a folder of releases (--series DIR)');
      return true;
    }),
  handler: (argv) => runCommand(async () => (await import('./bump-run.js')).runBump(argv)),
};
