// npm run bench: every figure is a ratio taken in this one run (absolute times on these
// machines vary +-40% round to round). Writes bench/RESULTS.md and bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { coldCliBench } from './cold-cli.mjs';
import { matrixBench } from './matrix.mjs';
import { pairCheckBench } from './pair-check.mjs';

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
console.error('(a) per-pair check ...');
const a = await pairCheckBench();
console.error('(b) matrix ...');
const b = matrixBench();
console.error('(c) cold CLI ...');
const c = coldCliBench();

const k = (n) => `${(n / 1000).toFixed(0)} k`;
const x = (n) => `${n.toFixed(2)}x`;
const ms = (n) => `${n.toFixed(0)} ms`;
const md = `# devmig benchmark results

Run by \`npm run bench\` on ${date}, ${machine}. Every engine gives the same verdicts and
findings on every timed pair (asserted before timing). Ratios are taken in the same run.

## (a) Warm per-pair \`check\` of the standard rules

${a.pairs} pairs drawn from ${a.pairs === 2000 ? 200 : '?'} distinct synthetic profiles (${a.compatible} compatible); each engine
computes both directions (migration and rollback) with full findings; profiles are parsed
and normalized once, outside the timed loop.

| engine | pairs/s | ratio |
|---|---|---|
| devmig \`createChecker\` | ${k(a.devmig)} | 1 |
| hand-written floor (bench/floor.mjs) | ${k(a.floor)} | floor / devmig = ${x(a.floorOverDevmig)} (goal <= 1.5x) |
| json-rules-engine (bench/jre.mjs) | ${k(a.jre)} | devmig / json-rules-engine = ${x(a.devmigOverJre)} (goal >= 100x) |

## (b) Fleet matrix

| case | figure |
|---|---|
| 1,000 x 1,000 distinct profiles (1,000,000 checks, forward, full findings) | ${ms(b.distinct.ms)}; ${x(b.distinct.overFloor)} the floor's loop over the same pairs (${ms(b.distinct.floorMs)}); goal <= 500 ms |
| 100,000 x 100,000 hosts sharing 200 profiles (40,000 checks, 100,000 rows) | ${ms(b.shared.totalMs)} (inventories ${ms(b.shared.inventoryMs)}, matrix ${ms(b.shared.matrixMs)}); goal <= 1 s |
| peak RSS after it | ${b.shared.rssMB.toFixed(0)} MB (grew ${b.shared.rssGrowthMB.toFixed(0)} MB: memory follows profiles, not pairs) |
| building 100,000 separate Profile objects per side instead of shared ones | ${ms(b.shared.separateObjectsMs)} (what a tree read pays; an index file shares them) |

## (c) Cold CLI \`check\`

Median of ${c.runs} interleaved spawns each: \`node -e 0\` ${ms(c.nodeMs)}, \`devmig check\` ${ms(c.devmigMs)}:
**${x(c.ratio)}** a bare Node start (goal <= 1.5x).
`;
writeFileSync(new URL('./RESULTS.md', import.meta.url), md);
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ date, machine, a, b, c }, null, 2)}\n`);
process.stdout.write(md);
