import { parseSetArgs } from '../../collect/set-attributes.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig collect`: the definition; the application layer loads when the command runs. */
export const collectCommand = defineCommand({
  command: 'collect',
  describe: 'Read a host\'s sysfs (read-only) and write one profile per device type',
  builder: (y) => y
    .option('sysfs', { type: 'string', default: '/sys', describe: 'sysfs root to read (a copy of one works too)' })
    .option('out', { type: 'string', describe: 'Write the profiles as sysfs-style directories DIR/<id>/ (must lie outside ROOT)' })
    .option('set', { type: 'string', array: true, describe: 'KEY=VALUE attribute sysfs does not hold (nvidia/ecc, driver versions), added to every profile (repeatable)' })
    .option('format', formatFlag('collect'))
    .example([
      ['devmig collect', 'what /sys holds that a migration needs'],
      ['devmig collect --out inventory/$(hostname) --set nvidia/ecc=enabled', 'write this host\'s profiles for devmig matrix and devmig vm'],
    ]),
  handler: (argv) => runCommand(async () => {
    const { collectReport } = await import('../../app/collect.js');
    return writeReport(collectReport({ sysfs: argv.sysfs, set: parseSetArgs(argv.set ?? []), out: argv.out }), argv.format);
  }),
});
