// (b) Fleet matrix: 1,000 x 1,000 distinct profiles, and 100,000 hosts sharing 200 profiles.
// Figures are ratios against work done in the same run: the floor (floor.mjs) evaluating the
// same distinct pairs in one direction, and a bare loop over the same rows.
import { inventoryFromProfiles, matrix, profileFromAttributes } from '../dist/index.js';
import { floorDirection, parseFloor } from './floor.mjs';
import { syntheticSet } from './profiles.mjs';

/** Hosts sharing `distinct` profiles; as an inventory index reads them, hosts with equal content share one Profile. */
function inventory(prefix, hosts, distinct, seed, shareObjects = true) {
  const attrs = syntheticSet(distinct, seed);
  const shared = attrs.map((a, i) => profileFromAttributes(`${prefix}-profile-${i}`, a));
  return inventoryFromProfiles(Array.from({ length: hosts }, (_, h) => ({
    host: `${prefix}-${h}`, device: 'gpu',
    profile: shareObjects ? shared[h % distinct] : profileFromAttributes(`${prefix}-${h}/gpu`, attrs[h % distinct]),
  })));
}

function runMatrix(sources, targets) {
  const t = performance.now();
  let rows = 0, live = 0;
  for (const row of matrix(sources, targets)) { rows++; if (row.live) live++; }
  return { ms: performance.now() - t, rows, live };
}

function runFloor(n, seedS, seedT) {
  const S = syntheticSet(n, seedS).map(parseFloor), T = syntheticSet(n, seedT).map(parseFloor);
  const t = performance.now();
  let live = 0;
  for (const s of S) { let any = false; for (const x of T) if (floorDirection(s, x).tier === 'live') any = true; if (any) live++; }
  return { ms: performance.now() - t, live };
}

export function matrixBench() {
  runMatrix(inventory('ws', 100, 100, 13), inventory('wt', 100, 100, 15)); // warm-up
  const a = runMatrix(inventory('s', 1000, 1000, 3), inventory('t', 1000, 1000, 5));
  const f = runFloor(1000, 3, 5);
  if (f.live !== a.live) throw new Error(`matrix and floor disagree: ${a.live} vs ${f.live} sources with a live target`);
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const shared = { sources: inventory('s', 100_000, 200, 7), targets: inventory('t', 100_000, 200, 9) };
  const inventoryMs = performance.now() - t0;
  const b = runMatrix(shared.sources, shared.targets);
  const rss1 = process.memoryUsage().rss;
  const t1 = performance.now();
  inventory('o', 100_000, 200, 7, false);
  const separateObjectsMs = performance.now() - t1;
  return {
    distinct: { checks: 1_000_000, ms: a.ms, floorMs: f.ms, overFloor: a.ms / f.ms, sourcesWithLive: a.live },
    shared: { hosts: 100_000, distinct: 200, checks: 40_000, inventoryMs, matrixMs: b.ms, totalMs: inventoryMs + b.ms, rows: b.rows, rssMB: rss1 / 2 ** 20, rssGrowthMB: (rss1 - rss0) / 2 ** 20, separateObjectsMs },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(matrixBench(), null, 2));
