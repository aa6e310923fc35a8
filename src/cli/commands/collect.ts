import type { Argv, CommandModule } from 'yargs';
import { formatOption } from '../common-options.js';
import { runCommand } from '../run.js';

export const COLLECT_FORMATS = ['text', 'json'] as const;

/** `devmig collect`: the definition only; the body loads when the command runs. */
export const collectCommand: CommandModule = {
  command: 'collect',
  describe: 'Read a host\'s sysfs (read-only) and write one profile per device type',
  builder: (y: Argv) => y
    .option('sysfs', { type: 'string', default: '/sys', describe: 'sysfs root to read (a copy of one works too)' })
    .option('out', { type: 'string', describe: 'Write the profiles as sysfs-style directories DIR/<id>/ (must lie outside ROOT)' })
    .option('set', { type: 'string', array: true, describe: 'KEY=VALUE attribute sysfs does not hold (nvidia/ecc, driver versions), added to every profile (repeatable)' })
    .option('format', formatOption(COLLECT_FORMATS)),
  handler: (argv) => runCommand(async () => (await import('./collect-run.js')).runCollect(argv)),
};
