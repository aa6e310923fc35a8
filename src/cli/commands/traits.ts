import { checkOptionsFrom, withRuleOptions } from '../common-options.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig traits`: the definition; the application layer loads when the command runs. */
export const traitsCommand = defineCommand({
  command: 'traits <profiles..>',
  describe: 'Placement traits and NFD labels to pre-filter hosts (check stays authoritative)',
  builder: (y) => withRuleOptions(y)
    .positional('profiles', { type: 'string', array: true, demandOption: true, describe: 'Profiles (directory, JSON or key=value file)' })
    .option('format', formatFlag('traits', 'placement: OpenStack Placement CUSTOM_ traits; nfd: a Node Feature Discovery features.d file; json: both'))
    .example([
      ['devmig traits device-profiles/intel-gvt-g/i915-GVTg_V5_4@1.2.0', 'OpenStack Placement traits'],
      ['devmig traits --format nfd device-profiles/intel-gvt-g/i915-GVTg_V5_4@1.2.0', 'a Kubernetes Node Feature Discovery features.d file'],
    ]),
  handler: (argv) => runCommand(async () => {
    const { traitsReport } = await import('../../app/traits.js');
    return writeReport(traitsReport(argv.profiles, checkOptionsFrom(argv)), argv.format);
  }),
});
