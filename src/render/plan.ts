import type { PlanWave } from '../plan/rollout.js';
import type { PlanReport } from '../report/report.js';
import { renderJson } from './json.js';
import { findingLine } from './text.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One wave as a runbook step: per host its moves (or that it had no VMs), the VMs left behind, then the upgrade. */
function waveLine(w: PlanWave, step: number): string {
  const parts = w.hosts.flatMap((h) => {
    const moves = w.moves.filter((m) => m.from === h).map((m) => `move ${m.vm} ${m.from} -> ${m.to} (live)`);
    return moves.length > 0 || w.stranded.length > 0 ? moves : [`drain ${h} (no VMs)`];
  });
  for (const vm of w.stranded) parts.push(`${vm} stays on ${w.hosts.join(', ')} (stranded)`);
  return `wave ${step}: ${parts.join(', ')}, upgrade ${w.hosts.join(', ')}`;
}

/**
 * `devmig plan` as a runbook: the verdict, one line per wave (moves, then the upgrade), the
 * stranded VMs with why, the rollback check of each VM that fails it, and per VM where it
 * ends and how many hosts take it live before and after.
 */
export function renderPlanText(r: PlanReport): string {
  const { plan } = r;
  const moves = plan.waves.reduce((n, w) => n + w.moves.length, 0);
  const lines = [
    `rollout of ${r.release} over ${r.fleet}: ${plan.ok ? 'ok' : 'not ok'}, ${plural(plan.waves.length, 'wave')}, ${plural(moves, 'live move')}, ${plural(plan.stranded.length, 'VM')} stranded`,
    ...plan.waves.map((w, i) => waveLine(w, i + 1)),
  ];
  if (plan.stranded.length > 0) {
    lines.push('stranded (no live target when their host was upgraded; upgraded in place):');
    for (const s of plan.stranded) lines.push(`  ${s.vm} on ${s.host}, wave ${s.step}: ${s.reason}`);
  }
  const failing = plan.rollback.filter((b) => b.verdict !== 'compatible');
  lines.push(failing.length === 0
    ? `rollback (new -> old): every VM can go back live`
    : `rollback (new -> old): ${plural(failing.length, 'VM')} of ${plan.rollback.length} cannot go back live`);
  for (const b of failing) {
    lines.push(`  ${b.vm}: ${b.tier}`);
    for (const f of b.findings) if (f.severity === 'break') lines.push(`  ${findingLine(f)}`);
  }
  lines.push('VMs (hosts that take each live, capacity aside, before -> after):');
  for (const v of plan.vms) lines.push(`  ${v.vm}: ${v.moves === 0 ? `stays on ${v.from}` : `${v.from} -> ${v.to} (${plural(v.moves, 'move')})`}, live targets ${v.liveBefore} -> ${v.liveAfter}`);
  return `${lines.join('\n')}\n`;
}

/** The spec's document (`ok`, `waves` as host lists, `stranded`, `rollback`), with each wave's moves and each VM's course beside. */
export function renderPlanJson(r: PlanReport): string {
  const { plan } = r;
  return renderJson({
    ok: plan.ok,
    waves: plan.waves.map((w) => w.hosts),
    stranded: plan.stranded,
    rollback: plan.rollback,
    moves: plan.waves.map((w) => w.moves),
    vms: plan.vms,
  });
}
