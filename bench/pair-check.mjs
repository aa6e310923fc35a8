// (a) Warm per-pair check of the standard rules: devmig vs json-rules-engine vs the floor.
import { Bench } from 'tinybench';
import { createChecker, profileFromAttributes } from '../dist/index.js';
import { floorCheck, parseFloor } from './floor.mjs';
import { jreCheck, makeJreEngine } from './jre.mjs';
import { rng, syntheticSet } from './profiles.mjs';

const verdictKey = (r) => [r, r.rollback].map((d) => `${d.verdict}/${d.tier}|${d.findings.filter((f) => f.severity !== 'info')
  .map((f) => `${f.severity}:${f.rule}:${f.attribute}`).sort().join(',')}`).join(' || ');

export async function pairCheckBench({ profiles = 200, pairs = 2000, time = 3000 } = {}) {
  const attrs = syntheticSet(profiles, 7);
  const rand = rng(11);
  const idx = Array.from({ length: pairs }, () => [Math.floor(rand() * profiles), Math.floor(rand() * profiles)]);
  // Parsed and normalized once, outside the timed loops, for every engine alike.
  const dm = attrs.map((a, i) => profileFromAttributes(`p${i}`, a));
  const fl = attrs.map(parseFloor);
  const check = createChecker({});
  const engine = makeJreEngine();
  // Correctness first: every engine gives the same verdicts and findings on every timed pair.
  let compatible = 0;
  for (const [i, j] of idx) {
    const a = verdictKey(check(dm[i], dm[j]));
    if (a !== verdictKey(floorCheck(fl[i], fl[j])) || a !== verdictKey(await jreCheck(engine, fl[i], fl[j]))) {
      throw new Error(`engines disagree on pair ${i} -> ${j}`);
    }
    if (a.startsWith('compatible')) compatible++;
  }
  // Every engine is timed on the same pairs.
  const bench = new Bench({ time, warmupTime: 500 });
  bench
    .add('devmig', () => { for (const [i, j] of idx) check(dm[i], dm[j]); })
    .add('floor', () => { for (const [i, j] of idx) floorCheck(fl[i], fl[j]); })
    .add('json-rules-engine', async () => { for (const [i, j] of idx) await jreCheck(engine, fl[i], fl[j]); });
  await bench.run();
  const rate = (name, n) => { const t = bench.tasks.find((x) => x.name === name); return n * (t.result.throughput?.mean ?? t.result.hz); };
  const devmig = rate('devmig', idx.length);
  const floor = rate('floor', idx.length);
  const jreRate = rate('json-rules-engine', idx.length);
  return { pairs: idx.length, compatible, devmig, floor, jre: jreRate, devmigOverJre: devmig / jreRate, floorOverDevmig: floor / devmig };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await pairCheckBench());
