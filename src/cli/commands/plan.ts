import { checkOptionsFrom, withRuleOptions } from '../common-options.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig plan`: the definition; the application layer loads when the command runs. */
export const planCommand = defineCommand({
  command: 'plan',
  describe: 'Waves to upgrade a fleet\'s driver that keep every VM running: moves, stranded VMs, rollback',
  builder: (y) => withRuleOptions(y)
    .option('fleet', { type: 'string', demandOption: true, describe: 'The fleet: DIR/<host>/<device...>/ as collect --out writes each host (or a matrix index file)' })
    .option('vms', { type: 'string', demandOption: true, describe: 'Where VMs run: {"vms": [{"name", "host", "devices": [<device entry under DIR/host>]}]}' })
    .option('upgrade', { type: 'string', demandOption: true, describe: 'The new release\'s profiles, one per device type (a folder as collect --out writes one host)' })
    .option('hosts', { type: 'string', describe: 'Upgrade only the hosts whose names match this shell-style glob (*, ?); default all' })
    .option('wave-size', { type: 'number', default: 1, describe: 'At most this many hosts upgraded at once' })
    .option('format', formatFlag('plan'))
    .epilogue('Exit status: 0 when every VM stays live across the rollout, 100 when some VM is stranded, 101 on bad input. Rollback verdicts are reported and do not change it.')
    .example([
      ['devmig plan --fleet examples/rollout/fleet --vms examples/rollout/vms.json --upgrade examples/rollout/release', 'the waves, and the VMs no wave keeps live'],
      ['devmig plan --fleet examples/rollout/fleet --vms examples/rollout/vms.json --upgrade examples/rollout/release --nvidia-policy compatible --wave-size 3', 'three hosts at a time, under NVIDIA\'s compatible policy'],
    ]),
  handler: (argv) => runCommand(async () => {
    const { planReport } = await import('../../app/plan.js');
    return writeReport(planReport(argv.fleet, argv.vms, argv.upgrade, { ...checkOptionsFrom(argv), hosts: argv.hosts, waveSize: argv.waveSize }), argv.format);
  }),
});
