import { existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normalize } from '../normalize/normalized-profile.js';
import type { RuleSpec } from '../rules/pack-types.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { SeriesResult } from '../series/bump-series.js';
import type { SuppressedChange } from '../suppress/apply-suppressions.js';
import type { SuppressedFinding, SuppressionMark } from '../suppress/types.js';
import { BUMP_RANK, type Bump, type BumpResult, type CheckResult, type Finding, type Profile, type Severity } from '../types.js';

/**
 * The shape the CI renderers (SARIF, JUnit, GitHub annotations) share: steps (a check
 * direction, a bump step), each with the rules that applied and the items they reported, every
 * item pointing at the file a reviewer should open (the attribute file that changed).
 */
export type CiLevel = 'error' | 'warning' | 'note';

export interface CiItem {
  rule: string;
  level: CiLevel;
  message: string;
  /** Path relative to the current directory, `/`-separated. */
  file: string;
  attribute: string;
  /** Set when a suppression lowered the item. */
  suppression?: { reason: string; level: 'warn' | 'allow'; file: string };
  /** Extra facts for machine readers (required/declared bump, versions). */
  properties: Record<string, string>;
}

export interface CiStep {
  /** Short label (JUnit classname): `migration`, `rollback`, `1.2.0 -> 1.3.0`. */
  key: string;
  name: string;
  /** Every rule that applied to the step, passing ones included (JUnit's testcases). */
  rules: string[];
  items: CiItem[];
}

export interface CiRule {
  id: string;
  title: string;
  purpose: string;
  reference: string;
  blocks: 'live' | 'cold';
  onFail: NonNullable<RuleSpec['onFail']>;
  bump: Bump;
  /** The level a failure of the rule reports at (its severity: a `warn` rule is never an error). */
  level: CiLevel;
}

export interface CiReport {
  command: 'check' | 'bump';
  steps: CiStep[];
  /** Metadata of every rule the steps name. */
  rules: CiRule[];
}


/** A path as CI tools want it: relative to the working directory (the repository root in CI), `/`-separated. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** Is `path` a folder (a sysfs-style profile)? */
export function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The file that holds `attribute`: `<profile dir>/<attribute>` for a sysfs-style profile, the
 * profile file itself for JSON and flat profiles. The first profile that has the file wins, so a
 * removed attribute points at the old release; an attribute neither side has points at the
 * first profile's folder, so every location names a path that exists.
 */
function attributeFile(attribute: string, ...profilePaths: string[]): string {
  for (const p of profilePaths) {
    if (!isDir(p)) return displayPath(p);
    if (existsSync(join(p, attribute))) return displayPath(join(p, attribute));
  }
  return displayPath(profilePaths[0]!);
}

const LEVEL = { break: 'error', warn: 'warning', info: 'note' } as const satisfies Record<Severity, CiLevel>;

/** Title, purpose, reference... of a rule id, whichever pack defines it (the suppression rules' too). */
export function ruleInfo(ruleSet: RuleSet, id: string): CiRule {
  const r = ruleSet.find(id);
  if (!r) return { id, title: id, purpose: '', reference: '', blocks: 'live', onFail: 'break', bump: 'major', level: 'error' };
  const onFail = r.spec.onFail ?? 'break';
  return { id, title: r.spec.title, purpose: r.spec.purpose, reference: r.spec.reference, blocks: r.spec.blocks, onFail, bump: r.spec.bump, level: r.spec.compare === 'informational' ? 'note' : LEVEL[onFail] };
}

/** The rules that judge a profile of `pack` (its own, then the standard ones), as testcase names. */
export function applicableRules(ruleSet: RuleSet, pack: string | null): string[] {
  const rules = [...(pack ? ruleSet.rules(pack) : []), ...ruleSet.rules('standard')];
  return [...new Set(rules.filter((r) => ruleSet.isActive(r)).map((r) => r.id))];
}

/** The vendor pack of the first profile one selects, as check reports it. */
export function packOf(ruleSet: RuleSet, ...profiles: Profile[]): string | null {
  for (const p of profiles) {
    const f = ruleSet.familyOf(normalize(p));
    if (f) return f;
  }
  return null;
}

function suppressionOf(mark: SuppressionMark<Severity | Bump> | undefined): CiItem['suppression'] {
  return mark && { reason: mark.reason, level: mark.level, file: mark.file };
}

function findingItem(f: Finding, level: CiLevel, prefix: string, ...profilePaths: string[]): CiItem {
  const sf = f as SuppressedFinding;
  const suppression = suppressionOf(sf.suppressed);
  return {
    rule: f.rule,
    level,
    message: `${prefix}${f.message.startsWith(f.attribute) ? f.message : `${f.attribute}: ${f.message}`}`,
    file: sf.file === undefined ? attributeFile(f.attribute, ...profilePaths) : displayPath(sf.file),
    attribute: f.attribute,
    ...(suppression ? { suppression } : {}),
    properties: { severity: f.severity, ...(f.missing ? { missing: f.missing.join(',') } : {}) },
  };
}

/** The rollback direction never decides check's verdict or exit status, so it never reports errors. */
const ROLLBACK_LEVEL = { break: 'warning', warn: 'warning', info: 'note' } as const satisfies Record<Severity, CiLevel>;

/** Every rule the steps apply or report, with its metadata. */
function collectRules(ruleSet: RuleSet, steps: CiStep[]): CiRule[] {
  for (const s of steps) for (const i of s.items) if (!s.rules.includes(i.rule)) s.rules.push(i.rule);
  return [...new Set(steps.flatMap((s) => s.rules))].map((id) => ruleInfo(ruleSet, id));
}

/** check: a step per direction; findings point at the target's attribute file (the source's when the target lacks it). */
export function ciFromCheck(r: CheckResult, ruleSet: RuleSet): CiReport {
  const rules = applicableRules(ruleSet, r.pack);
  const steps: CiStep[] = [
    { key: 'migration', name: `migration ${displayPath(r.source)} -> ${displayPath(r.target)}`, rules: [...rules],
      items: r.findings.map((f) => findingItem(f, LEVEL[f.severity], '', r.target, r.source)) },
    { key: 'rollback', name: `rollback ${displayPath(r.target)} -> ${displayPath(r.source)}`, rules: [...rules],
      items: r.rollback.findings.map((f) => findingItem(f, ROLLBACK_LEVEL[f.severity], 'rollback: ', r.source, r.target)) },
  ];
  return { command: 'check', steps, rules: collectRules(ruleSet, steps) };
}

/**
 * One bump step: a change whose required bump exceeds the declared one is an error naming both
 * and the minimum correct version; a change the declared bump covers is a note; a change a
 * suppression lowered to warn is left to its warning finding.
 */
function bumpStep(r: BumpResult, rules: string[]): CiStep {
  const items: CiItem[] = [];
  const facts = { required: r.required, declared: r.declared, oldVersion: r.oldVersion, newVersion: r.newVersion, minimumVersion: r.minimumVersion };
  for (const c of r.changes as SuppressedChange[]) {
    if (c.suppressed?.level === 'warn') continue;
    const error = !c.suppressed && BUMP_RANK[c.required] > BUMP_RANK[r.declared];
    const suppression = suppressionOf(c.suppressed);
    const message = error
      ? `${c.attribute} ${c.kind}: needs a ${c.required} bump but ${r.oldVersion} -> ${r.newVersion} is ${r.declared === 'none' ? 'no bump' : `a ${r.declared} bump`} (minimum correct version ${r.minimumVersion}): ${c.message}`
      : `${c.attribute} ${c.kind} (${c.suppressed ? `needed ${c.suppressed.was}, allowed: ${c.suppressed.reason}` : `${c.required}, covered by the ${r.declared} bump`}): ${c.message}`;
    items.push({
      rule: c.rule, level: error ? 'error' : 'note', message, file: attributeFile(c.attribute, r.new, r.old), attribute: c.attribute,
      ...(suppression ? { suppression } : {}),
      properties: { ...facts, change: c.kind, changeRequires: c.suppressed?.was ?? c.required },
    });
  }
  for (const f of r.findings) items.push(findingItem(f, LEVEL[f.severity], '', r.new, r.old));
  return { key: `${r.oldVersion} -> ${r.newVersion}`, name: `${displayPath(r.old)} (${r.oldVersion}) -> ${displayPath(r.new)} (${r.newVersion})`, rules: [...rules], items };
}

export function ciFromBump(r: BumpResult, ruleSet: RuleSet, pack: string | null): CiReport {
  const steps = [bumpStep(r, applicableRules(ruleSet, pack))];
  return { command: 'bump', steps, rules: collectRules(ruleSet, steps) };
}

/** A series: one step per consecutive pair, plus a step for expired suppressions when there are any. */
export function ciFromSeries(r: SeriesResult, ruleSet: RuleSet, pack: string | null): CiReport {
  const rules = applicableRules(ruleSet, pack);
  const steps = r.steps.map((s) => bumpStep(s, rules));
  if (r.suppressions) {
    steps.push({ key: 'suppressions', name: `suppressions ${displayPath(r.suppressions)}`, rules: ruleSet.rulesOf('suppression-expired').map((rule) => rule.id),
      items: r.findings.map((f) => findingItem(f, LEVEL[f.severity], '', r.suppressions!)) });
  }
  return { command: 'bump', steps, rules: collectRules(ruleSet, steps) };
}
