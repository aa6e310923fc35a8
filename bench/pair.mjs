// One round of the per-pair benchmark, in a process of its own (run.mjs starts one per round,
// so no round inherits another's caches, heap or JIT state). Every engine checks the same
// 2,000 pairs of 200 acme profiles in both directions with full findings, in this order:
// devmig warm, floor warm, json-rules-engine, devmig cold, floor cold (which of devmig and the
// floor goes first alternates).
// - warm: the same profiles, already normalized (devmig) or parsed (floor), checked again;
// - cold: profiles built from values no earlier batch used, a fresh checker, normalizing or
//   parsing included in the time: every value-keyed cache starts empty.
// The floor's findings, verdicts and actions are asserted byte-identical to devmig's for every
// timed pair, json-rules-engine's verdicts and finding ids equal.
import { createChecker, profileFromAttributes } from '../dist/index.js';
import { floorCheck, parseFloor } from './floor.mjs';
import { jreCheck, makeJreEngine } from './jre.mjs';
import { rng, standardSet } from './profiles.mjs';

const PROFILES = 200;
const PAIRS = 2000;
const COLD_BATCHES = 5;

const json = (d) => JSON.stringify({ verdict: d.verdict, tier: d.tier, findings: d.findings, actions: d.actions });
const ids = (d) => `${d.verdict}/${d.tier}|${d.findings.map((f) => `${f.severity}:${f.rule}:${f.attribute}`).sort().join(',')}`;

function assertSame(i, j, dm, fl) {
  if (json(dm) !== json(fl.forward) || json(dm.rollback) !== json(fl.rollback)) {
    throw new Error(`floor and devmig disagree on pair ${i} -> ${j}:\n${json(dm)}\n${json(fl.forward)}\n${json(dm.rollback)}\n${json(fl.rollback)}`);
  }
}

const now = () => performance.now();

export async function pairRound(round) {
  const attrs = standardSet(PROFILES, 7);
  const rand = rng(11);
  const idx = Array.from({ length: PAIRS }, () => [Math.floor(rand() * PROFILES), Math.floor(rand() * PROFILES)]);
  const dm = attrs.map((a, i) => profileFromAttributes(`p${i}`, a));
  const fl = attrs.map((a) => parseFloor(a));
  const check = createChecker({});
  const engine = makeJreEngine([...new Set(attrs.flatMap(Object.keys))]);

  // Correctness first (and the warm-up of all three).
  let compatible = 0;
  for (const [i, j] of idx) {
    const r = check(dm[i], dm[j]);
    assertSame(i, j, r, floorCheck(fl[i], fl[j]));
    const x = await jreCheck(engine, attrs[i], attrs[j]);
    if (ids(r) !== ids(x.forward) || ids(r.rollback) !== ids(x.rollback)) throw new Error(`json-rules-engine and devmig disagree on pair ${i} -> ${j}: ${ids(r)} / ${ids(x.forward)}`);
    if (r.verdict === 'compatible') compatible++;
  }
  for (let k = 0; k < 3; k++) for (const [i, j] of idx) { check(dm[i], dm[j]); floorCheck(fl[i], fl[j]); }

  // No forced GC between timings: a full collection just before a batch changes how the next
  // batch's survivors (devmig's memo) are promoted and collected, and measured devmig's cold
  // batches 2-3 times slower. Instead the engine that goes first alternates (by round for warm,
  // by batch for cold), so each pays for the other's garbage as often as the other does.
  const reps = 25;
  const timeDevmigWarm = () => { const t0 = now(); for (let k = 0; k < reps; k++) for (const [i, j] of idx) check(dm[i], dm[j]); return (now() - t0) / reps; };
  const timeFloorWarm = () => { const t0 = now(); for (let k = 0; k < reps; k++) for (const [i, j] of idx) floorCheck(fl[i], fl[j]); return (now() - t0) / reps; };
  let devmigWarm;
  let floorWarm;
  if (round % 2 === 0) { devmigWarm = timeDevmigWarm(); floorWarm = timeFloorWarm(); } else { floorWarm = timeFloorWarm(); devmigWarm = timeDevmigWarm(); }
  let t = now();
  for (const [i, j] of idx) await jreCheck(engine, attrs[i], attrs[j]);
  const jreMs = now() - t;

  // Cold: fresh values per batch (the tag), a fresh checker, the results kept for the assertion.
  let devmigCold = 0;
  let floorCold = 0;
  for (let b = 0; b < COLD_BATCHES; b++) {
    const tag = round * COLD_BATCHES + b + 1;
    const fresh = standardSet(PROFILES, 1000 + tag, tag);
    const profiles = fresh.map((a, i) => profileFromAttributes(`c${tag}-${i}`, a));
    const dr = new Array(PAIRS);
    const fr = new Array(PAIRS);
    const timeDevmig = () => {
      const t0 = now();
      const coldCheck = createChecker({});
      for (let p = 0; p < PAIRS; p++) dr[p] = coldCheck(profiles[idx[p][0]], profiles[idx[p][1]]);
      devmigCold += now() - t0;
    };
    const timeFloor = () => {
      const t0 = now();
      const parsed = fresh.map((a) => parseFloor(a));
      for (let p = 0; p < PAIRS; p++) fr[p] = floorCheck(parsed[idx[p][0]], parsed[idx[p][1]]);
      floorCold += now() - t0;
    };
    if ((round + b) % 2 === 0) { timeDevmig(); timeFloor(); } else { timeFloor(); timeDevmig(); }
    for (let p = 0; p < PAIRS; p++) assertSame(idx[p][0], idx[p][1], dr[p], fr[p]);
  }
  devmigCold /= COLD_BATCHES;
  floorCold /= COLD_BATCHES;
  return {
    pairs: PAIRS, profiles: PROFILES, compatible,
    ms: { devmigWarm, floorWarm, jre: jreMs, devmigCold, floorCold },
    devmigOverJre: jreMs / devmigWarm,
    floorOverDevmigWarm: floorWarm / devmigWarm,
    floorOverDevmigCold: floorCold / devmigCold,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(await pairRound(Number(process.argv[2] ?? 0)))}\n`);
