// npm run bench: every benchmark in rounds, each round a process of its own; every figure is
// a ratio or time taken within one round, reported as min/median/max over the rounds.
// Writes bench/results.json (the figures only) and bench/RESULTS.md (with the machine).
// BENCH_ROUNDS=N overrides every benchmark's number of rounds (quick runs while developing).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldRounds } from './cold.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROUNDS = { pair: 7, matrix: 5, fleet: 3, cold: 5, plan: 3 };
if (process.env.BENCH_ROUNDS) for (const k of Object.keys(ROUNDS)) ROUNDS[k] = Number(process.env.BENCH_ROUNDS);
const log = (m) => process.stderr.write(`${m}\n`);

/** Runs `bench/<file> ...args` in a fresh Node process and returns the JSON it prints. */
function child(file, args) {
  const r = spawnSync(process.execPath, [join(here, file), ...args.map(String)], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const rounded = (o, digits) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v.toFixed(digits))]));

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const load = loadavg()[0];

log(`pair check: ${ROUNDS.pair} rounds`);
const pair = Array.from({ length: ROUNDS.pair }, (_, r) => child('pair.mjs', [r]));
log(`matrix 1,000 x 1,000: ${ROUNDS.matrix} rounds`);
const m1000 = Array.from({ length: ROUNDS.matrix }, (_, r) => child('matrix.mjs', [r]));
log('fleets (written once, then kept under the temporary directory)');
const big = child('fleet.mjs', ['ensure', 100_000]);
const small = child('fleet.mjs', ['ensure', 10_000]);
// Read once untimed, so that no timed round (the floor's, which goes first) finds the files evicted from the page cache.
child('fleet.mjs', ['floor', big.tree]);
child('fleet.mjs', ['floor', small.tree]);
log(`fleet of 100,000 hosts: ${ROUNDS.fleet} rounds`);
const fleet = Array.from({ length: ROUNDS.fleet }, () => ({
  floor: child('fleet.mjs', ['floor', big.tree]),
  tree: child('fleet.mjs', ['round', big.tree]),
  index: child('fleet.mjs', ['round', big.index]),
  small: child('fleet.mjs', ['round', small.tree]),
}));
log(`rollout plan, 10,000 hosts and 100,000 VMs: ${ROUNDS.plan} rounds`);
const plan10k = Array.from({ length: ROUNDS.plan }, () => child('plan.mjs', []));
log(`cold start: ${ROUNDS.cold} rounds`);
const cold = coldRounds(ROUNDS.cold);

const results = {
  pair: {
    devmigOverJre: rounded(stats(pair.map((r) => r.devmigOverJre)), 1),
    floorOverDevmigWarm: rounded(stats(pair.map((r) => r.floorOverDevmigWarm)), 3),
    floorOverDevmigCold: rounded(stats(pair.map((r) => r.floorOverDevmigCold)), 3),
  },
  matrix1000: {
    ms: rounded(stats(m1000.map((r) => r.ms)), 0),
    overFloor: rounded(stats(m1000.map((r) => r.overFloor)), 3),
  },
  fleet100k: {
    fromTreeMs: rounded(stats(fleet.map((r) => r.tree.ms)), 0),
    treeOverReadFloor: rounded(stats(fleet.map((r) => r.tree.ms / r.floor.ms)), 3),
    fromIndexMs: rounded(stats(fleet.map((r) => r.index.ms)), 0),
    peakRssMB: rounded(stats(fleet.map((r) => r.tree.peakRssMB)), 1),
  },
  fleet10k: {
    peakRssMB: rounded(stats(fleet.map((r) => r.small.peakRssMB)), 1),
  },
  plan10k: {
    ms: rounded(stats(plan10k.map((r) => r.ms)), 0),
  },
  cold: {
    checkOverNode: rounded(stats(cold.map((r) => r.checkOverNode)), 3),
    hookOverNode: rounded(stats(cold.map((r) => r.hookOverNode)), 3),
  },
};
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

// --- RESULTS.md ---------------------------------------------------------------------------
const GOALS = [
  ['pair.devmigOverJre', results.pair.devmigOverJre, '>=', 100, 'x'],
  ['pair.floorOverDevmigWarm', results.pair.floorOverDevmigWarm, '>=', 0.67, 'x'],
  ['pair.floorOverDevmigCold', results.pair.floorOverDevmigCold, '>=', 0.67, 'x'],
  ['matrix1000.ms', results.matrix1000.ms, '<=', 500, ' ms'],
  ['matrix1000.overFloor', results.matrix1000.overFloor, '<=', 1.5, 'x'],
  ['fleet100k.fromTreeMs', results.fleet100k.fromTreeMs, '<=', 1000, ' ms'],
  ['fleet100k.treeOverReadFloor', results.fleet100k.treeOverReadFloor, null, null, 'x'],
  ['fleet100k.fromIndexMs', results.fleet100k.fromIndexMs, '<=', 1000, ' ms'],
  ['fleet100k.peakRssMB', results.fleet100k.peakRssMB, null, null, ' MB'],
  ['fleet10k.peakRssMB', results.fleet10k.peakRssMB, null, null, ' MB'],
  ['plan10k.ms', results.plan10k.ms, '<=', 10_000, ' ms'],
  ['cold.checkOverNode', results.cold.checkOverNode, '<=', 1.5, 'x'],
  ['cold.hookOverNode', results.cold.hookOverNode, '<=', 1.5, 'x'],
];
const fmt = (v, unit) => `${v}${unit}`;
const table = GOALS.map(([key, s, op, goal, unit]) => {
  const met = op === null ? '' : (op === '>=' ? s.median >= goal : s.median <= goal) ? 'met' : 'not met';
  const noGoal = key.endsWith('peakRssMB') ? 'grows with profiles, not hosts' : 'no goal: for reading';
  return `| \`${key}\` | ${fmt(s.min, unit)} | **${fmt(s.median, unit)}** | ${fmt(s.max, unit)} | ${op === null ? noGoal : `${op} ${goal}${unit.trim() === 'ms' ? ' ms' : 'x'}`} | ${met} |`;
}).join('\n');
const med = (xs) => stats(xs).median;
const ms = (v) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const p0 = pair[0];
const m0 = m1000[0];
const f0 = fleet[0];
const perHostBytes = ((med(fleet.map((r) => r.tree.peakRssMB)) - med(fleet.map((r) => r.small.peakRssMB))) * 2 ** 20) / (2 * 90_000);
const md = `# devmig benchmark results

Run by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${machine} (load average ${load.toFixed(1)} at the start).
Each round is a process of its own; a figure's min/median/max are over its rounds, and every
ratio is taken within one round, engines interleaved, so that machine noise hits them alike.

| figure | min | median | max | goal | |
|---|---|---|---|---|---|
${table}

Ratios: \`devmigOverJre\` is json-rules-engine's time over devmig's (how many times faster
devmig is); \`floorOverDevmig*\` is the floor's time over devmig's (>= 0.67: devmig takes at
most 1.5 times the floor's time); \`overFloor\` is devmig's time over the floor's;
\`*OverNode\` is a command's wall time over a bare \`node -e 0\`.

## What is measured

**Per pair** (\`bench/pair.mjs\`, ${ROUNDS.pair} rounds): ${p0.pairs} pairs drawn from ${p0.profiles} distinct acme profiles
(standard rules only; ${p0.compatible} pairs compatible), both directions with full findings, by devmig's
\`createChecker\`, the floor (\`bench/floor.mjs\`) and json-rules-engine (\`bench/jre.mjs\`).
Warm: the same profiles again, already normalized or parsed. Cold: profiles made of values no
earlier batch used and a fresh checker, normalizing (devmig) and parsing (floor) timed.
Medians per round: devmig warm ${ms(med(pair.map((r) => r.ms.devmigWarm)))}, floor warm ${ms(med(pair.map((r) => r.ms.floorWarm)))},
json-rules-engine ${ms(med(pair.map((r) => r.ms.jre)))}, devmig cold ${ms(med(pair.map((r) => r.ms.devmigCold)))}, floor cold ${ms(med(pair.map((r) => r.ms.floorCold)))}.
The floor's findings, verdicts and actions are asserted byte-identical to devmig's on every
timed pair; json-rules-engine's verdicts and finding ids equal.

**Matrix** (\`bench/matrix.mjs\`, ${ROUNDS.matrix} rounds): ${m0.checks.toLocaleString('en')} distinct profile pairs (1,000 x 1,000 realistic
GVT-g, NVIDIA vGPU and QAT profiles, new ones each round; ${(100 * m0.crossFamily).toFixed(0)}% of pairs cross families),
forward direction with full findings, devmig's \`matrix()\` against the floor's loop over the
same inventories; every group of every row compared byte for byte. Median floor time
${ms(med(m1000.map((r) => r.floorMs)))}.

**Fleet** (\`bench/fleet.mjs\`, ${ROUNDS.fleet} rounds): ${f0.tree.hosts.toLocaleString('en')} hosts sharing ${f0.tree.distinct} distinct profiles, read as
sources and as targets (${f0.tree.hosts.toLocaleString('en')} x ${f0.tree.hosts.toLocaleString('en')} hosts), then every matrix row: from the tree
\`devmig collect --out DIR/<host>\` writes (made by the library's \`writeProfiles\`), and from the
index \`matrix --save-sources-index\` writes. \`treeOverReadFloor\` is the tree's time over that of
the system calls alone that read every host's index safely (\`readFloor\`: open, fstat, read,
close, decode; median ${ms(med(fleet.map((r) => r.floor.ms)))}), in the same round. Peak RSS is the reading process's; with 10,000
hosts it is ${med(fleet.map((r) => r.small.peakRssMB)).toFixed(0)} MB, so each further host read (on both sides) costs about ${perHostBytes.toFixed(0)} bytes: memory
follows the distinct profiles plus one small device reference per host.

**Cold start** (\`bench/cold.mjs\`, ${ROUNDS.cold} rounds of 7 spawns each): median \`node -e 0\`
${ms(med(cold.map((r) => r.nodeMs)))}, \`devmig check\` ${ms(med(cold.map((r) => r.checkMs)))}, \`devmig hook qemu guest1 migrate begin -\`
${ms(med(cold.map((r) => r.hookMs)))} (a GVT-g guest's domain XML with devmig metadata on stdin, a sysfs tree
offering its type: the hook accepts).
`;
writeFileSync(join(here, 'RESULTS.md'), md);
process.stdout.write(md);
