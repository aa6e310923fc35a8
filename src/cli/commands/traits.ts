import type { Argv, CommandModule } from 'yargs';
import { readProfile } from '../../read/read-profile.js';
import { deriveTraits } from '../../traits/derive.js';
import { renderNfd, renderPlacement, renderTraitsJson } from '../../traits/render.js';
import { checkOptionsFrom, formatOption, withRuleOptions } from '../common-options.js';
import { ExitCode } from '../exit-code.js';
import { out, runCommand } from '../run.js';

export const TRAITS_FORMATS = ['placement', 'nfd', 'json'] as const;

export const traitsCommand: CommandModule = {
  command: 'traits <profiles..>',
  describe: 'Placement traits and NFD labels to pre-filter hosts (check stays authoritative)',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('profiles', { type: 'string', array: true, demandOption: true, describe: 'Profiles (directory, JSON or key=value file)' })
    .option('format', { ...formatOption(TRAITS_FORMATS), default: 'placement', describe: 'placement: OpenStack Placement CUSTOM_ traits; nfd: a Node Feature Discovery features.d file; json: both' }),
  handler: (argv) => runCommand(() => {
    const a = argv as unknown as { profiles: string[]; format: (typeof TRAITS_FORMATS)[number] };
    const opts = checkOptionsFrom(argv as never);
    const all = a.profiles.map((path) => deriveTraits(readProfile(path), opts));
    out(a.format === 'json' ? renderTraitsJson(all, opts) : a.format === 'nfd' ? renderNfd(all) : renderPlacement(all));
    return ExitCode.ok;
  }),
};
