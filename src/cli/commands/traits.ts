import type { Argv, CommandModule } from 'yargs';
import { formatOption, withRuleOptions } from '../common-options.js';
import { runCommand } from '../run.js';

export const TRAITS_FORMATS = ['placement', 'nfd', 'json'] as const;

/** `devmig traits`: the definition only; the body loads when the command runs. */
export const traitsCommand: CommandModule = {
  command: 'traits <profiles..>',
  describe: 'Placement traits and NFD labels to pre-filter hosts (check stays authoritative)',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('profiles', { type: 'string', array: true, demandOption: true, describe: 'Profiles (directory, JSON or key=value file)' })
    .option('format', { ...formatOption(TRAITS_FORMATS), default: 'placement', describe: 'placement: OpenStack Placement CUSTOM_ traits; nfd: a Node Feature Discovery features.d file; json: both' }),
  handler: (argv) => runCommand(async () => (await import('./traits-run.js')).runTraits(argv)),
};
