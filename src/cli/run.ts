import { InputError } from '../errors.js';
import { ExitCode } from './exit-code.js';

/**
 * Run a command body: its exit code becomes the process's; an InputError (or anything thrown)
 * becomes one line on stderr and exit 101, never a stack trace.
 */
export async function runCommand(body: () => ExitCode | Promise<ExitCode>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (err) {
    const msg = err instanceof InputError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`devmig: ${msg.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = ExitCode.error;
  }
}

/** Write a document to stdout. */
export function out(text: string): void {
  process.stdout.write(text);
}
