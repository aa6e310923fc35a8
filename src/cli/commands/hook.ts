import type { Argv, CommandModule } from 'yargs';
import { parseSetArgs } from '../../collect/set-attributes.js';
import { isIncomingMigration } from '../../hook/incoming.js';
import { checkOptionsFrom, withRuleOptions } from '../common-options.js';
import { ExitCode } from '../exit-code.js';
import { runCommand } from '../run.js';

interface HookArgv {
  driver: string;
  guest: string;
  operation: string;
  subop?: string;
  sysfs?: string;
  mode?: 'strict' | 'extended';
  'nvidia-policy'?: string;
  rules?: string[];
  option?: string[];
  set?: string[];
  timeout?: number;
}

export const hookCommand: CommandModule = {
  command: 'hook <driver> <guest> <operation> [subop] [extra]',
  describe: 'libvirt hook (/etc/libvirt/hooks/qemu): refuse an incoming migration this host cannot resume',
  builder: (y: Argv) => withRuleOptions(y)
    // No default here: an absent --mode lets the configuration file decide.
    .option('mode', { default: undefined })
    .positional('driver', { type: 'string', describe: 'The hook script libvirt ran: qemu (libxl works the same)' })
    .positional('guest', { type: 'string', describe: 'Guest name' })
    .positional('operation', { type: 'string', describe: 'prepare, start, started, stopped, release, migrate, restore, reconnect, attach' })
    .positional('subop', { type: 'string', describe: 'Sub-operation: begin, end, or -' })
    .positional('extra', { type: 'string', describe: 'Extra argument, or -' })
    .option('sysfs', { type: 'string', describe: 'sysfs root of this host (default: $DEVMIG_SYSFS, the config file, /sys)' })
    .option('set', { type: 'string', array: true, describe: 'KEY=VALUE attribute sysfs does not hold on this host (nvidia/ecc, driver versions), as collect --set (repeatable)' })
    .option('timeout', { type: 'number', describe: 'Refuse the migration if no decision within SECONDS (default 10, or the config file\'s timeoutSeconds)' }),
  handler: async (argv) => {
    const a = argv as unknown as HookArgv;
    // Not an incoming migration: succeed at once, reading neither stdin nor sysfs nor config.
    if (!isIncomingMigration(a.driver, a.operation, a.subop)) {
      process.exitCode = ExitCode.ok;
      return;
    }
    await runCommand(async () => {
      const { runIncomingMigration } = await import('../../hook/run-hook.js');
      const opts = checkOptionsFrom({ ...a, mode: a.mode ?? 'strict' });
      return runIncomingMigration(a.guest, {
        ...(a.sysfs === undefined ? {} : { sysfs: a.sysfs }),
        ...(a.mode === undefined ? {} : { mode: a.mode }),
        ...(a['nvidia-policy'] === undefined ? {} : { nvidiaPolicy: a['nvidia-policy'] }),
        ...(a.rules === undefined ? {} : { rules: a.rules }),
        ...(a.option === undefined ? {} : { options: { ...opts.options } }),
        ...(a.set === undefined ? {} : { set: parseSetArgs(a.set) }),
        ...(a.timeout === undefined ? {} : { timeoutSeconds: a.timeout }),
      }, process.stdin);
    });
  },
};
