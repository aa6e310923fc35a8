import { StreamWriter } from '../matrix/stream-writer.js';
import type { FormatOf } from '../render/formats.js';
import { render } from '../render/registry.js';
import { FLUSH, type Rendered } from '../render/streamed.js';
import type { ExitCode } from '../report/exit-code.js';
import { exitCodeFor, type Report } from '../report/report.js';

export interface WriteOptions {
  /** Where the document goes; stdout by default (the hook writes to stderr, which libvirt logs). */
  to?: NodeJS.WritableStream & NodeJS.WriteStream;
  /** Called before each flush of a streamed document (a progress bar's tick). */
  onFlush?: () => void;
  /** SARIF's `automationDetails.id` category. */
  sarifCategory?: string;
}

/** Render `report` in `format`, write it, and return the report's exit status (known once a streamed report is written). */
export async function writeReport<R extends Report>(report: R, format: FormatOf<R['kind']>, { to = process.stdout, onFlush = () => {}, sarifCategory }: WriteOptions = {}): Promise<ExitCode> {
  const rendered: Rendered = render(report, format, { sarifCategory });
  if (typeof rendered === 'string') {
    to.write(rendered);
  } else {
    // Streamed (a fleet matrix can be far larger than memory): buffered, with back-pressure.
    const out = new StreamWriter(to);
    for (const piece of rendered) {
      if (piece === FLUSH || out.push(piece)) {
        onFlush();
        await out.flush();
      }
    }
    onFlush();
    await out.flush();
  }
  return exitCodeFor(report);
}
