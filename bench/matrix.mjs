// One round of the 1,000 x 1,000 matrix, in a process of its own: 1,000 distinct source
// profiles against 1,000 distinct target profiles of three families (GVT-g, NVIDIA vGPU, QAT;
// about 60% of pairs cross families), forward direction with full findings, as
// `devmig matrix` computes them. Each round draws profiles no earlier round used.
// devmig's `matrix()` and the floor's loop are timed on the same inventories (alternating which
// goes first), after a warm-up on other profiles; then every row of both is compared, group by
// group, byte for byte.
import { inventoryFromProfiles, matrix, profileFromAttributes } from '../dist/index.js';
import { familyMismatch, floorDirection, parseFloor } from './floor.mjs';
import { familySet, mismatchShare } from './profiles.mjs';

const N = 1000;
const TIER_BUCKET = { live: 0, cold: 1, none: 2 };

/** Inventories of one device per profile, as a host tree of them would read. */
function inventories(n, seedS, seedT) {
  const side = (seed, prefix) => {
    const set = familySet(n, seed);
    const inv = inventoryFromProfiles(set.map((p, i) => ({ host: `${prefix}-${i}`, device: p.device, profile: profileFromAttributes(`${prefix}-${i}/${p.device}`, p.attributes) })));
    if (inv.profiles.length !== n) throw new Error('profiles are not distinct');
    return { set, inv };
  };
  return { s: side(seedS, 'src'), t: side(seedT, 'dst') };
}

function runDevmig(sources, targets) {
  const t = performance.now();
  let rows = 0;
  let live = 0;
  for (const row of matrix(sources, targets)) {
    rows++;
    if (row.live) live++;
  }
  return { ms: performance.now() - t, rows, live };
}

/**
 * The floor's matrix: per distinct source, one group per distinct target, live, cold, none;
 * a target of another family gets the one family finding (its group shared per source family).
 */
function* floorMatrix(S, T) {
  const other = T.map(() => new Map());
  for (const [group, sp] of S.entries()) {
    const buckets = [[], [], []];
    for (let k = 0; k < T.length; k++) {
      const tp = T[k];
      if (tp.floor.family !== sp.floor.family) {
        let g = other[k].get(sp.floor.family);
        if (g === undefined) {
          g = { profile: tp.id, tier: 'none', verdict: 'incompatible', findings: [familyMismatch(sp.floor.family, tp.floor.family)], actions: [], devices: tp.devices };
          other[k].set(sp.floor.family, g);
        }
        buckets[2].push(g);
        continue;
      }
      const r = floorDirection(sp.floor, tp.floor);
      buckets[TIER_BUCKET[r.tier]].push({ profile: tp.id, tier: r.tier, verdict: r.verdict, findings: r.findings, actions: r.actions, devices: tp.devices });
    }
    const targets = buckets[0].concat(buckets[1], buckets[2]);
    const live = buckets[0].length > 0;
    for (const source of sp.devices) yield { source, profile: sp.id, path: sp.path, live, targets, group };
  }
}

/** The floor's inventory: devmig's content ids and device lists, its own parsed profiles. */
const floorSide = (side) => side.inv.profiles.map((p, i) => ({ id: p.id, path: p.profile.path, devices: p.devices, floor: parseFloor(side.set[i].attributes, side.set[i].family) }));

function runFloor(S, T) {
  const t = performance.now();
  let rows = 0;
  let live = 0;
  for (const row of floorMatrix(S, T)) {
    rows++;
    if (row.live) live++;
  }
  return { ms: performance.now() - t, rows, live };
}

const groupJson = (g) => JSON.stringify([g.profile, g.tier, g.verdict, g.findings, g.actions, g.devices]);

/**
 * Every row of devmig and of the floor, compared group by group. `BENCH_BEFORE=1` measures an
 * engine from before the family short-cut: there a cross-family group holds every standard
 * rule's findings after the family one, and only that first finding is compared.
 */
function verify(sources, targets, S, T) {
  const before = process.env.BENCH_BEFORE === '1';
  const floorRows = floorMatrix(S, T);
  let pairs = 0;
  for (const row of matrix(sources, targets)) {
    const f = floorRows.next().value;
    if (row.profile !== f.profile || row.live !== f.live || row.targets.length !== f.targets.length) throw new Error(`matrix row of ${row.profile} differs from the floor's`);
    for (let k = 0; k < row.targets.length; k++) {
      const a = row.targets[k];
      const b = f.targets[k];
      pairs++;
      if (before && b.findings[0]?.rule === 'standard/family_mismatch') {
        if (a.tier !== 'none' || JSON.stringify(a.findings[0]) !== JSON.stringify(b.findings[0])) throw new Error(`cross-family group ${row.profile} -> ${a.profile} differs`);
      } else if (groupJson(a) !== groupJson(b)) {
        throw new Error(`group ${row.profile} -> ${a.profile} differs from the floor's:\n${groupJson(a)}\n${groupJson(b)}`);
      }
    }
  }
  if (!floorRows.next().done) throw new Error('the floor has more rows');
  return pairs;
}

export function matrixRound(round) {
  // Warm-up on other profiles, so that both are timed with their code compiled.
  const w = inventories(100, 900 + round, 950 + round);
  runDevmig(w.s.inv, w.t.inv);
  runFloor(floorSide(w.s), floorSide(w.t));

  const { s, t } = inventories(N, 3 + 2 * round, 4 + 2 * round);
  const S = floorSide(s);
  const T = floorSide(t);
  // No forced GC between the two (see pair.mjs); which goes first alternates by round.
  let dm;
  let fl;
  if (round % 2 === 0) {
    dm = runDevmig(s.inv, t.inv);
    fl = runFloor(S, T);
  } else {
    fl = runFloor(S, T);
    dm = runDevmig(s.inv, t.inv);
  }
  if (dm.rows !== fl.rows || dm.live !== fl.live) throw new Error(`devmig and the floor disagree: ${dm.live} vs ${fl.live} sources with a live target`);
  const pairs = verify(s.inv, t.inv, S, T);
  return { checks: pairs, crossFamily: mismatchShare([...s.set, ...t.set]), sourcesWithLive: dm.live, ms: dm.ms, floorMs: fl.ms, overFloor: dm.ms / fl.ms };
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(matrixRound(Number(process.argv[2] ?? 0)))}\n`);
