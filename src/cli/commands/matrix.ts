import { checkOptionsFrom, withRuleOptions } from '../common-options.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig matrix`: the definition; the application layer loads when the command runs. */
export const matrixCommand = defineCommand({
  command: 'matrix',
  describe: 'Where can each source device of a fleet go? Tier and reasons per target',
  builder: (y) => withRuleOptions(y)
    .option('sources', { type: 'string', demandOption: true, describe: 'Source inventory: DIR/<host>/<device...>/ as collect writes it, or an index file' })
    .option('targets', { type: 'string', demandOption: true, describe: 'Target inventory (same layout)' })
    .option('format', formatFlag('matrix', 'text: a table; json: one document; ndjson: one line per source device, streamed'))
    .option('save-sources-index', { type: 'string', describe: 'Also write the source inventory as an index file (read back with --sources FILE, far faster than the tree)' })
    .option('save-targets-index', { type: 'string', describe: 'Also write the target inventory as an index file' })
    .epilogue([
      'Exit status: 0 when every source device has at least one live target, 100 when some source device has none, 101 on bad input.',
      'Identical profiles are evaluated once: the cost is distinct source profiles x distinct target profiles, plus reading the inventories.',
      'Reading a tree costs a few system calls per attribute file and dominates large fleets; --save-sources-index / --save-targets-index',
      'write an index file that --sources / --targets read back in a fraction of the time.',
      'json and ndjson list each device once and each distinct profile pair once: their size grows with devices plus profile pairs.',
    ].join('\n'))
    .example([
      ['devmig matrix --sources examples/fleet/sources --targets examples/fleet/targets', 'every source device against every target host'],
      ['devmig matrix --sources examples/fleet/sources/src-kbl-gvt-a/igpu-00.02.0_i915-GVTg_V5_4 --targets examples/fleet/targets', 'which hosts can take this one device? (--sources may be one profile)'],
    ]),
  handler: (argv) => runCommand(async () => {
    const [{ matrixReport }, { matrixProgress }] = await Promise.all([import('../../app/matrix.js'), import('../progress.js')]);
    const report = matrixReport(argv.sources, argv.targets, { ...checkOptionsFrom(argv), saveSourcesIndex: argv.saveSourcesIndex, saveTargetsIndex: argv.saveTargetsIndex });
    const tick = await matrixProgress(report.sources.deviceCount);
    return writeReport(report, argv.format, { onFlush: () => tick(report.tally.rowsRead) });
  }),
});
