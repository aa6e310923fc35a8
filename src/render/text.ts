import { BUMP_RANK, type BumpResult, type CheckResult, type DirectionResult, type Finding, type Tier } from '../types.js';

const TIER_WORDS: Record<Tier, string> = {
  live: 'live migration possible',
  cold: 'cold migration only',
  none: 'no migration (not even cold)',
};

/** The first reason that sets the tier, in words: "cold migration only: host driver version differs". */
export function tierSentence(d: DirectionResult): string {
  if (d.tier === 'live') return TIER_WORDS.live;
  const decisive = d.findings.find((f) => f.severity === 'break' && (d.tier === 'none' ? f.blocks === 'cold' : true));
  return `${TIER_WORDS[d.tier]}${decisive ? `: ${reasonOf(decisive)}` : ''}`;
}

function reasonOf(f: Finding): string {
  const colon = f.message.indexOf(':');
  return colon > 0 ? f.message.slice(0, colon) : f.message;
}

/** One line per finding, as `virsh hypervisor-cpu-compare --error` does: what, source, target, why. */
export function findingLine(f: Finding): string {
  const text = f.message.startsWith(f.attribute) ? f.message : `${f.attribute}: ${f.message}`;
  return `  ${f.severity.padEnd(5)} ${text}  [${f.rule}]`;
}

function directionBlock(title: string, d: DirectionResult): string[] {
  const lines = [`${title}: ${d.verdict}, ${tierSentence(d)}`];
  for (const f of d.findings) lines.push(findingLine(f));
  for (const a of d.actions) lines.push(`  action ${a.message}`);
  return lines;
}

export function renderCheckText(r: CheckResult): string {
  const head = `${r.source} -> ${r.target}: ${r.relation}`;
  return [
    head,
    ...directionBlock('migration', r),
    ...directionBlock('rollback (target -> source)', r.rollback),
    `pack: ${r.pack ?? 'standard rules only'}; mode: ${r.mode}`,
  ].join('\n') + '\n';
}

export function renderBumpText(r: BumpResult): string {
  const status = r.ok ? 'ok' : 'VIOLATION';
  const lines = [
    `${r.old} (${r.oldVersion}) -> ${r.new} (${r.newVersion}): ${status}: required ${r.required}, declared ${r.declared}; minimum correct version ${r.minimumVersion}`,
  ];
  if (r.ok && BUMP_RANK[r.declared] > BUMP_RANK[r.required]) lines.push(`  note  declared ${r.declared} is larger than the ${r.required} the changes require`);
  for (const c of r.changes) lines.push(`  ${c.required.padEnd(5)} ${c.attribute}: ${c.kind}: ${c.message}  [${c.rule}]`);
  for (const f of r.findings) lines.push(findingLine(f));
  return lines.join('\n') + '\n';
}
