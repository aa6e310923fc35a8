// Cold starts: `devmig check` of two profiles and the libvirt hook on an incoming migration
// (`devmig hook qemu GUEST migrate begin -`, the domain XML on stdin, a sysfs tree to collect),
// each against a bare `node -e 0`. A round spawns the three in turn, `SPAWNS` times; its
// figures are the ratios of the medians, so machine noise hits all three alike.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hookFixture } from './hook-fixture.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const devmig = join(root, 'bin/devmig.js');
const SPAWNS = 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

function wall(args, { input, env, status = 0 } = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, input, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== status) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: String(r.stdout) };
}

/** Runs `rounds` rounds; returns per round the medians and the two ratios. */
export function coldRounds(rounds) {
  const hook = hookFixture(root, devmig);
  const gvt = 'device-profiles/intel-gvt-g';
  const check = [devmig, 'check', `${gvt}/i915-GVTg_V5_4@0.1.0`, `${gvt}/i915-GVTg_V5_4@0.2.0`];
  const node = ['-e', '0'];
  try {
    // The hook accepts (exit 0, nothing on stdout): the target offers the guest's type.
    if (wall([devmig, ...hook.args], hook).stdout !== '') throw new Error('the hook printed on stdout');
    for (let i = 0; i < 3; i++) { wall(node); wall(check); wall([devmig, ...hook.args], hook); }
    const out = [];
    for (let r = 0; r < rounds; r++) {
      const t = { node: [], check: [], hook: [] };
      for (let i = 0; i < SPAWNS; i++) {
        t.node.push(wall(node).ms);
        t.check.push(wall(check).ms);
        t.hook.push(wall([devmig, ...hook.args], hook).ms);
      }
      const m = { nodeMs: median(t.node), checkMs: median(t.check), hookMs: median(t.hook) };
      out.push({ ...m, checkOverNode: m.checkMs / m.nodeMs, hookOverNode: m.hookMs / m.nodeMs });
    }
    return out;
  } finally {
    rmSync(hook.base, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(coldRounds(Number(process.argv[2] ?? 3)));
