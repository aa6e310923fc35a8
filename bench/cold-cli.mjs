// (c) Cold `devmig check` wall time against a bare `node -e 0`, interleaved in one run so
// that machine noise hits both alike; the figure is the ratio of medians.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

function wall(args, expectStatus) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== expectStatus) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export function coldCliBench({ runs = 25 } = {}) {
  const gvt = 'device-profiles/intel-gvt-g';
  const check = ['bin/devmig.js', 'check', `${gvt}/i915-GVTg_V5_4@0.1.0`, `${gvt}/i915-GVTg_V5_4@0.2.0`];
  const node = [], devmig = [];
  for (let i = 0; i < 3; i++) { wall(['-e', '0'], 0); wall(check, 0); }
  for (let i = 0; i < runs; i++) {
    node.push(wall(['-e', '0'], 0));
    devmig.push(wall(check, 0));
  }
  return { runs, nodeMs: median(node), devmigMs: median(devmig), ratio: median(devmig) / median(node) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(coldCliBench());
