import { InputError } from '../errors.js';
import type { CiErrorContext } from '../render/ci-error.js';
import type { FormatOf } from '../render/formats.js';
import { ExitCode } from '../report/exit-code.js';
import type { Report } from '../report/report.js';
import type { WriteOptions } from './write-report.js';

/**
 * Run a command body: its exit code becomes the process's; an InputError (or anything thrown)
 * becomes one line on stderr and exit 101, never a stack trace. Given `ci` (check and bump),
 * a CI format still writes its document, saying the run failed and why.
 */
export async function runCommand(body: () => ExitCode | Promise<ExitCode>, ci?: CiErrorContext): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (err) {
    const msg = (err instanceof InputError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`).replace(/\s*\n\s*/g, ' ');
    process.stderr.write(`devmig: ${msg}\n`);
    process.exitCode = ExitCode.error;
    if (ci) {
      const doc = (await import('../render/ci-error.js')).renderCiError(ci, msg, ExitCode.error);
      if (doc !== undefined) process.stdout.write(doc);
    }
  }
}

/**
 * Write `report` in `format` (stdout unless told otherwise) and return its exit status. The
 * renderers load here, on use, so that defining the commands (and answering `--help`, or a
 * hook call that is no migration) loads none of them.
 */
export async function writeReport<R extends Report>(report: R, format: FormatOf<R['kind']>, opts: WriteOptions = {}): Promise<ExitCode> {
  return (await import('./write-report.js')).writeReport(report, format, opts);
}
