import { relationOf } from '../verdict/check.js';
import { settleBump } from '../verdict/bump.js';
import { tierOf } from '../evaluate/evaluate-direction.js';
import { BUMP_RANK, type Bump, type BumpResult, type Change, type CheckResult, type DirectionResult, type Finding, type Severity } from '../types.js';
import type { SuppressedFinding, Suppression, SuppressionMark, SuppressionSet } from './types.js';

const SEVERITY_RANK = { info: 0, warn: 1, break: 2 } as const satisfies Record<Severity, number>;
const LEVEL_SEVERITY = { warn: 'warn', allow: 'info' } as const satisfies Record<Suppression['level'], Severity>;

/** A change the suppressions lowered (the `suppressed` object of schema/bump-output.schema.json). */
export type SuppressedChange = Change & { suppressed?: SuppressionMark<Bump> };

function matching(set: SuppressionSet, rule: string, attribute: string): Suppression | undefined {
  return set.active.find((s) => s.rule === rule && s.attributes.includes(attribute));
}

function mark<W extends Severity | Bump>(s: Suppression, set: SuppressionSet, was: W): SuppressionMark<W> {
  return { reason: s.reason, was, level: s.level, ...(s.expires === undefined ? {} : { expires: s.expires }), file: set.file };
}

/** Lower one finding to the suppression's level; a suppression never raises a severity. */
function lowerFinding(f: Finding, set: SuppressionSet): Finding {
  const s = matching(set, f.rule, f.attribute);
  const to = s && LEVEL_SEVERITY[s.level];
  if (!s || !to || SEVERITY_RANK[to] >= SEVERITY_RANK[f.severity]) return f;
  const { blocks: _blocks, ...rest } = f; // `blocks` describes breaks only
  const lowered: SuppressedFinding = { ...rest, severity: to, suppressed: mark(s, set, f.severity) };
  return lowered;
}

function lowerDirection(d: DirectionResult, set: SuppressionSet, extra: readonly Finding[]): DirectionResult {
  const findings = [...d.findings.map((f) => lowerFinding(f, set)), ...extra]
    // Stable: keeps the engine's attribute/rule order within each severity.
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const tier = tierOf(findings);
  return { ...d, findings, tier, verdict: tier === 'live' ? 'compatible' : 'incompatible' };
}

/**
 * A check result with the suppressions applied to both directions and the verdict, tier and
 * relation recomputed; expired suppressions are added to the migration direction as breaks.
 */
export function suppressCheck(r: CheckResult, set: SuppressionSet | null): CheckResult {
  if (!set) return r;
  const forward = lowerDirection(r, set, set.expired);
  const rollback = lowerDirection(r.rollback, set, []);
  return { ...r, ...forward, relation: relationOf(forward, rollback), rollback };
}

/**
 * A bump result with the suppressions applied: a suppressed change no longer drives the
 * required bump (it counts as patch, `suppressed.was` keeps what it needed); at level warn it
 * is also reported as a warning finding. `required`, `ok` and `minimumVersion` are recomputed.
 * `withExpired: false` leaves expired-suppression findings to the caller (a series reports them once).
 */
export function suppressBump(r: BumpResult, set: SuppressionSet | null, { withExpired = true } = {}): BumpResult {
  if (!set) return r;
  const warnings: Finding[] = [];
  const changes = r.changes.map((c): SuppressedChange => {
    const s = matching(set, c.rule, c.attribute);
    if (!s || BUMP_RANK[c.required] <= BUMP_RANK.patch) return c;
    if (s.level === 'warn') {
      const w: SuppressedFinding = { rule: c.rule, attribute: c.attribute, severity: 'warn', message: `${c.message} (suppressed: ${s.reason})`, suppressed: mark(s, set, 'break') };
      warnings.push(w);
    }
    return { ...c, required: 'patch', suppressed: mark(s, set, c.required) };
  });
  const findings = [...r.findings.map((f) => lowerFinding(f, set)), ...warnings, ...(withExpired ? set.expired : [])];
  return { ...r, ...settleBump(r.oldVersion, r.declared, changes, findings), changes, findings };
}
