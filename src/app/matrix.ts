import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import { inventoryIndex, readInventory, type Inventory } from '../matrix/inventory.js';
import { matrix, type MatrixRow } from '../matrix/matrix.js';
import type { MatrixReport, MatrixTally } from '../report/report.js';
import type { CheckOptions } from '../types.js';

export interface MatrixReportOptions extends CheckOptions {
  /** Also write the source inventory as an index file (read back as `sources`, far faster than the tree). */
  saveSourcesIndex?: string;
  /** Also write the target inventory as an index file. */
  saveTargetsIndex?: string;
}

function load(path: string, saveTo: string | undefined, read: (path: string) => Inventory): Inventory {
  const inv = read(path);
  if (saveTo !== undefined) {
    try {
      writeFileSync(saveTo, inventoryIndex(inv));
    } catch (err) {
      throw new InputError(saveTo, `cannot write the inventory index (${errnoCode(err) ?? 'error'})`);
    }
  }
  return inv;
}

/** The rows, counted into `tally` as they are read. */
function* tallied(rows: Iterable<MatrixRow>, tally: MatrixTally): Generator<MatrixRow, void, undefined> {
  for (const row of rows) {
    tally.rowsRead++;
    if (!row.live) tally.withoutLive++;
    yield row;
  }
  tally.complete = true;
}

/**
 * `devmig matrix` as a library call: both inventories are read (and their indexes written) at
 * once, so bad input fails before any row; the rows are computed as they are read.
 */
export function matrixReport(sources: string, targets: string, opts: MatrixReportOptions = {}): MatrixReport {
  const { saveSourcesIndex, saveTargetsIndex, ...options } = opts;
  // A fleet against itself (the same path twice) is read once.
  const read = new Map<string, Inventory>();
  const readOnce = (path: string) => {
    let inv = read.get(resolve(path));
    if (inv === undefined) read.set(resolve(path), (inv = readInventory(path)));
    return inv;
  };
  const src = load(sources, saveSourcesIndex, readOnce);
  const tgt = load(targets, saveTargetsIndex, readOnce);
  const tally: MatrixTally = { rowsRead: 0, withoutLive: 0, complete: false };
  return { kind: 'matrix', sources: src, targets: tgt, options, rows: tallied(matrix(src, tgt, options), tally), tally };
}
