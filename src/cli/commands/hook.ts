import { parseSetArgs } from '../../collect/set-attributes.js';
import { FILE_LIMITS, readStdinText } from '../../read/bounded-file.js';
import { isIncomingMigration } from '../../hook/incoming.js';
import { DEFAULT_TIMEOUT_SECONDS, isTimeoutSeconds, TIMEOUT_RANGE } from '../../hook/timeout.js';
import { ExitCode } from '../../report/exit-code.js';
import { exitCodeFor } from '../../report/report.js';
import type { Mode } from '../../types.js';
import { checkOptionsFrom, withRuleOptions } from '../common-options.js';
import { defineCommand } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `--timeout`: anything but a number of seconds in (0, 600] is a usage error, so the watchdog is always armed. */
function parseTimeout(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const seconds = text === '' ? NaN : Number(text);
  if (!isTimeoutSeconds(seconds)) throw new Error(`--timeout must be ${TIMEOUT_RANGE}, got '${text}'`);
  return seconds;
}

const USAGE = 'devmig hook [OPTION...] DRIVER GUEST OPERATION SUBOP EXTRA [OPTION...]';

/**
 * `devmig hook`, with libvirt's arguments already split off (cli/hook-arguments.ts): yargs
 * parses only devmig's options, so nothing a guest is named can act as one.
 */
export function hookCommand(libvirt: readonly string[]) {
  return defineCommand({
    command: 'hook',
    describe: 'libvirt hook (/etc/libvirt/hooks/qemu): refuse an incoming migration this host cannot resume',
    builder: (y) => withRuleOptions(y)
      .usage(`${USAGE}\n\nlibvirt's arguments (DRIVER: qemu or libxl; GUEST; OPERATION such as migrate; SUBOP such as begin; EXTRA, usually -) are always five words, never read as options; devmig's options go before or after them.`)
      // No default here: an absent --mode lets the configuration file decide (the coerce only types it).
      .option('mode', { default: undefined, coerce: (mode?: Mode) => mode })
      .option('sysfs', { type: 'string', describe: 'sysfs root of this host (default: $DEVMIG_SYSFS, the config file, /sys)' })
      .option('proc', { type: 'string', describe: 'procfs root of this host, for host facts (default: $DEVMIG_PROC, the config file, /proc)' })
      .option('nvidia-smi-xml', { type: 'string', describe: 'Saved `nvidia-smi -q -x` of this host, instead of running nvidia-smi (default: the config file\'s nvidiaSmiXml)' })
      .option('set', { type: 'string', array: true, describe: 'KEY=VALUE attribute collect cannot read on this host (nvidia/migration), as collect --set (repeatable)' })
      .option('timeout', { type: 'string', coerce: parseTimeout, describe: `Refuse the migration if no decision within SECONDS (${TIMEOUT_RANGE}; default ${DEFAULT_TIMEOUT_SECONDS}, or the config file's timeoutSeconds)` })
      .check(() => {
        if (libvirt.length < 3) throw new Error(`expected DRIVER GUEST OPERATION SUBOP EXTRA (as libvirt passes them), got ${libvirt.length} word(s)`);
        return true;
      })
      .example([
        ['devmig hook qemu guest1 migrate begin - < guest1.xml', 'as libvirt runs it: exit 0 accepts, 100 refuses the incoming migration'],
      ]),
    handler: async (argv) => {
      // .check() above saw to it that DRIVER, GUEST and OPERATION are there.
      const [driver = '', guest = '', operation = '', subop] = libvirt;
      // Not an incoming migration: succeed at once, reading neither stdin nor sysfs nor config.
      if (!isIncomingMigration(driver, operation, subop)) {
        process.exitCode = ExitCode.ok;
        return;
      }
      await runCommand(async () => {
        const { incomingMigrationReport } = await import('../../app/hook.js');
        const opts = checkOptionsFrom({ ...argv, mode: argv.mode ?? 'strict' });
        const report = await incomingMigrationReport(guest, {
          ...(argv.sysfs === undefined ? {} : { sysfs: argv.sysfs }),
          ...(argv.proc === undefined ? {} : { proc: argv.proc }),
          ...(argv.nvidiaSmiXml === undefined ? {} : { nvidiaSmiXml: argv.nvidiaSmiXml }),
          ...(argv.mode === undefined ? {} : { mode: argv.mode }),
          ...(argv.rules === undefined ? {} : { rules: argv.rules }),
          // --option and the pack options' own flags (--nvidia-policy) alike.
          ...(Object.keys(opts.options ?? {}).length === 0 ? {} : { options: { ...opts.options } }),
          ...(argv.set === undefined ? {} : { set: parseSetArgs(argv.set) }),
          ...(argv.timeout === undefined ? {} : { timeoutSeconds: argv.timeout }),
        }, () => readStdinText(`${guest}: domain XML on stdin`, FILE_LIMITS.domainXml));
        // libvirt logs the hook's stderr; its stdout would replace the domain XML, so it stays empty.
        // Accepted, every device: nothing for libvirt's log, so stderr's stream is never made (a few ms of the hook's start).
        if (exitCodeFor(report) === ExitCode.ok) return ExitCode.ok;
        return writeReport(report, 'text', { to: process.stderr });
      });
    },
  });
}
