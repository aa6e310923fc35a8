import { writeFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { InputError, errnoCode } from '../../errors.js';
import { inventoryIndex, readInventory, type Inventory } from '../../matrix/inventory.js';
import { matrix } from '../../matrix/matrix.js';
import { MatrixTextRenderer, jsonHead, jsonTail, sourceProfileJson, sourceRecord, summaryOf, targetRecord, verdictsRecord } from '../../matrix/render.js';
import { StreamWriter } from '../../matrix/stream-writer.js';
import { checkOptionsFrom, formatOption, withRuleOptions } from '../common-options.js';
import { ExitCode } from '../exit-code.js';
import { runCommand } from '../run.js';

export const MATRIX_FORMATS = ['text', 'json', 'ndjson'] as const;

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

export const matrixCommand: CommandModule = {
  command: 'matrix',
  describe: 'Where can each source device of a fleet go? Tier and reasons per target',
  builder: (y: Argv) => withRuleOptions(y)
    .option('sources', { type: 'string', demandOption: true, describe: 'Source inventory: DIR/<host>/<device...>/ as collect writes it, or an index file' })
    .option('targets', { type: 'string', demandOption: true, describe: 'Target inventory (same layout)' })
    .option('format', { ...formatOption(MATRIX_FORMATS), describe: 'text: a table; json: one document; ndjson: one line per source device, streamed' })
    .option('save-sources-index', { type: 'string', describe: 'Also write the source inventory as an index file (read back with --sources FILE, far faster than the tree)' })
    .option('save-targets-index', { type: 'string', describe: 'Also write the target inventory as an index file' })
    .epilogue([
      'Exit status: 0 when every source device has at least one live target, 100 when some source device has none, 101 on bad input.',
      'Identical profiles are evaluated once: the cost is distinct source profiles x distinct target profiles, plus reading the inventories.',
      'Reading a tree costs a few system calls per attribute file and dominates large fleets; --save-sources-index / --save-targets-index',
      'write an index file that --sources / --targets read back in a fraction of the time.',
      'json and ndjson list each device once and each distinct profile pair once: their size grows with devices plus profile pairs.',
    ].join('\n')),
  handler: (argv) => runCommand(async () => {
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
  }),
};
