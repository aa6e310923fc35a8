import { BUMP_RANK, type BumpResult, type CheckResult, type DirectionResult, type Finding, type Tier } from '../types.js';
import { outcomeWord, severityWord, wrapped, type TextStyle } from './style.js';

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

/** Where a finding line's text starts: two spaces, the severity column, one space. */
const FINDING_TEXT_AT = 8;

/** One line per finding, as `virsh hypervisor-cpu-compare --error` does: what, source, target, why. */
export function findingLine(f: Finding, style: TextStyle = {}, indent = 0): string {
  const text = f.message.startsWith(f.attribute) ? f.message : `${f.attribute}: ${f.message}`;
  // On a terminal the message wraps under itself, past the indent and the severity column.
  return `  ${severityWord(f.severity, style, 5)} ${wrapped(`${text}  [${f.rule}]`, indent + FINDING_TEXT_AT, style)}`;
}

function directionBlock(title: string, d: DirectionResult, style: TextStyle): string[] {
  const lines = [`${title}: ${outcomeWord(d.verdict, d.verdict === 'compatible', style)}, ${tierSentence(d)}`];
  for (const f of d.findings) lines.push(findingLine(f, style));
  for (const a of d.actions) lines.push(`  action ${a.message}`);
  return lines;
}

export function renderCheckText(r: CheckResult, style: TextStyle = {}): string {
  const head = `${r.source} -> ${r.target}: ${r.relation}`;
  return [
    head,
    ...directionBlock('migration', r, style),
    ...directionBlock('rollback (target -> source)', r.rollback, style),
    `pack: ${r.pack ?? 'standard rules only'}; mode: ${r.mode}`,
  ].join('\n') + '\n';
}

/** `path` relative to the folder `root` when it lies below it; otherwise whole. */
function below(root: string | undefined, path: string): string {
  if (root === undefined) return path;
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) && path.length > prefix.length ? path.slice(prefix.length) : path;
}

/**
 * One release step as text. `root`, when given, is a folder both releases lie in, already
 * named above (a series): the step names them relative to it, not by the whole path again.
 */
export function renderBumpText(r: BumpResult, style: TextStyle = {}, root?: string): string {
  const status = outcomeWord(r.ok ? 'ok' : 'VIOLATION', r.ok, style);
  const lines = [
    `${below(root, r.old)} (${r.oldVersion}) -> ${below(root, r.new)} (${r.newVersion}): ${status}: required ${r.required}, declared ${r.declared}; minimum correct version ${r.minimumVersion}`,
  ];
  if (r.ok && BUMP_RANK[r.declared] > BUMP_RANK[r.required]) lines.push(`  note  declared ${r.declared} is larger than the ${r.required} the changes require`);
  for (const c of r.changes) lines.push(`  ${c.required.padEnd(5)} ${wrapped(`${c.attribute}: ${c.kind}: ${c.message}  [${c.rule}]`, FINDING_TEXT_AT, style)}`);
  for (const f of r.findings) lines.push(findingLine(f, style));
  return lines.join('\n') + '\n';
}
