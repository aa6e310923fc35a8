import { writeFileSync } from 'node:fs';
import { InputError, errnoCode } from '../../errors.js';
import { inventoryIndex, readInventory, type Inventory } from '../../matrix/inventory.js';
import { matrix } from '../../matrix/matrix.js';
import { MatrixTextRenderer, jsonHead, jsonTail, sourceProfileJson, sourceRecord, summaryOf, targetRecord, verdictsRecord } from '../../matrix/render.js';
import { StreamWriter } from '../../matrix/stream-writer.js';
import { checkOptionsFrom } from '../common-options.js';
import { ExitCode } from '../exit-code.js';
import { MATRIX_FORMATS } from './matrix.js';

/** A run is long enough for a progress bar after this many seconds, or with this many source devices. */
const PROGRESS_AFTER_MS = 2000;
const PROGRESS_ROWS = 20_000;

interface MatrixArgs {
  sources: string;
  targets: string;
  format: (typeof MATRIX_FORMATS)[number];
  'save-sources-index'?: string;
  'save-targets-index'?: string;
}

function load(path: string, saveTo: string | undefined): Inventory {
  const inv = readInventory(path);
  if (saveTo !== undefined) {
    try {
      writeFileSync(saveTo, inventoryIndex(inv));
    } catch (err) {
      throw new InputError(saveTo, `cannot write the inventory index (${errnoCode(err) ?? 'error'})`);
    }
  }
  return inv;
}

/**
 * A progress bar on stderr, only when a person watches it (stderr is a terminal) and stdout
 * is not that terminal too (the bar would tear the table), and only once the run proves long.
 * cli-progress is loaded only then, so other commands never pay for it.
 */
async function progress(total: number): Promise<(done: number) => void> {
  if (!process.stderr.isTTY || process.stdout.isTTY) return () => {};
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const started = Date.now();
  let bar: InstanceType<typeof SingleBar> | undefined;
  process.once('exit', () => bar?.stop());
  return (done) => {
    if (!bar && (total >= PROGRESS_ROWS || Date.now() - started > PROGRESS_AFTER_MS) && done < total) {
      bar = new SingleBar({ stream: process.stderr, format: 'devmig matrix [{bar}] {percentage}% | {value}/{total} source devices | ETA {eta}s', hideCursor: true }, Presets.shades_classic);
      bar.start(total, done);
    }
    bar?.update(done);
    if (done >= total) bar?.stop();
  };
}

/** The body of `devmig matrix`, loaded only when that command runs. */
export async function runMatrix(argv: Record<string, unknown>): Promise<ExitCode> {
  const a = argv as unknown as MatrixArgs;
  const opts = checkOptionsFrom(argv as never);
  const sources = load(a.sources, a['save-sources-index']);
  const targets = load(a.targets, a['save-targets-index']);
  const out = new StreamWriter(process.stdout);
  const text = a.format === 'text' ? new MatrixTextRenderer(sources, targets) : undefined;
  const tick = await progress(sources.deviceCount);
  if (text) out.push(text.header());
  if (a.format === 'json') out.push(jsonHead(opts, targets));
  if (a.format === 'ndjson') for (const tp of targets.profiles) out.push(`${targetRecord(tp)}\n`);
  let withoutLive = 0;
  let rows = 0;
  let inGroup = 0;
  for (const row of matrix(sources, targets, opts)) {
    if (!row.live) withoutLive++;
    const first = inGroup === 0;
    const chunk = text ? text.row(row)
      : a.format === 'json' ? (first ? (row.group > 0 ? ',\n' : '') + sourceProfileJson(row, sources.profiles[row.group]!) : '')
      : `${first ? `${verdictsRecord(row)}\n` : ''}${sourceRecord(row)}\n`;
    rows++;
    // Rows of one source profile come together; flush after the last, before the next is computed.
    const groupDone = ++inGroup === sources.profiles[row.group]!.devices.length;
    if (groupDone) inGroup = 0;
    if (out.push(chunk) || groupDone) {
      tick(rows);
      await out.flush();
    }
  }
  tick(rows);
  const summary = summaryOf(sources, targets, withoutLive);
  if (text) out.push(text.summary(summary));
  if (a.format === 'json') out.push(jsonTail(summary));
  await out.flush();
  return withoutLive === 0 ? ExitCode.ok : ExitCode.failed;
}
