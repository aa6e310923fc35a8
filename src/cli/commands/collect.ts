import { parseSetArgs } from '../../collect/set-attributes.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig collect`: the definition; the application layer loads when the command runs. */
export const collectCommand = defineCommand({
  command: 'collect',
  describe: 'Read a host\'s sysfs (read-only) and write one profile per device type',
  builder: (y) => y
    .option('sysfs', { type: 'string', describe: 'sysfs root to read (a copy of one works too) [default: /sys, unless only --from-* files are given]' })
    .option('proc', { type: 'string', describe: 'procfs root for host facts: sys/kernel/osrelease, driver/nvidia/params [default: /proc, unless only --from-* files are given]' })
    .option('nvidia-smi-xml', { type: 'string', describe: 'Saved `nvidia-smi -q -x` output to read NVIDIA facts from, instead of running nvidia-smi' })
    .option('nvidia-smi', { type: 'boolean', default: true, describe: 'Run `nvidia-smi -q -x` when it is on PATH (bounded in time and size); --no-nvidia-smi never runs it' })
    .option('from-nodedev', { type: 'string', array: true, describe: 'libvirt node device XML (virsh nodedev-dumpxml DEV), one or more files: their mdev types' })
    .option('from-mdevctl', { type: 'string', array: true, describe: '`mdevctl types --dumpjson` output: its mdev types' })
    .option('from-devlink', { type: 'string', array: true, describe: '`devlink -j port show` output: each VF port function\'s migratable state' })
    .option('out', { type: 'string', describe: 'Write the profiles as sysfs-style directories DIR/<id>/ (must lie outside ROOT)' })
    .option('set', { type: 'string', array: true, describe: 'KEY=VALUE attribute collect cannot read (nvidia/migration), added to every profile (repeatable)' })
    .option('format', formatFlag('collect'))
    .example([
      ['devmig collect', 'what /sys, /proc and nvidia-smi hold that a migration needs'],
      ['devmig collect --out inventory/$(hostname)', 'write this host\'s profiles for devmig matrix, vm and plan'],
      ['devmig collect --from-nodedev pci_0000_00_02_0.xml', 'a host read through libvirt: virsh nodedev-dumpxml output'],
    ]),
  handler: (argv) => runCommand(async () => {
    const { collectReport } = await import('../../app/collect.js');
    const { collectOptionsFor } = await import('../../collect/host-sources.js');
    const options = collectOptionsFor({
      ...(argv.sysfs === undefined ? {} : { sysfs: argv.sysfs }),
      ...(argv.proc === undefined ? {} : { proc: argv.proc }),
      ...(argv.nvidiaSmiXml === undefined ? {} : { nvidiaSmiXml: argv.nvidiaSmiXml }),
      runNvidiaSmi: argv.nvidiaSmi,
      imports: { nodedev: argv.fromNodedev ?? [], mdevctl: argv.fromMdevctl ?? [], devlink: argv.fromDevlink ?? [] },
      set: parseSetArgs(argv.set ?? []),
    });
    return writeReport(collectReport({ ...options, ...(argv.out === undefined ? {} : { out: argv.out }) }), argv.format);
  }),
});
