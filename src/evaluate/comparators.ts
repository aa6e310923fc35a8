// Each semver function from its own module: the CLI loads only what it uses.
import type { SemVer } from 'semver';
import semverEq from 'semver/functions/eq.js';
import semverGt from 'semver/functions/gt.js';
import semverGte from 'semver/functions/gte.js';
import semverLte from 'semver/functions/lte.js';
import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import { canonicalHex, isHexAttribute, parseVersion, splitSet } from '../normalize/values.js';
import type { Comparator, Outcome } from '../rules/pack-types.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { Action, Finding, Severity } from '../types.js';

/** What one direction's comparison collects, and what it needs to know about the pair. */
export interface Ctx {
  readonly s: NormalizedProfile;
  readonly t: NormalizedProfile;
  readonly ruleSet: RuleSet;
  readonly findings: Finding[];
  readonly actions: Action[];
}

type Compare = (ctx: Ctx, rule: CompiledRule, attr: string) => void;

/** Record a finding of `rule` on `attr`; a break carries the tier it leaves. */
export function report(ctx: Ctx, rule: CompiledRule, attr: string, severity: Severity, message: string, extra: Partial<Finding> = {}): void {
  const f: Finding = { rule: rule.id, attribute: attr, severity, message };
  if (severity === 'break') f.blocks = rule.spec.blocks;
  const s = ctx.s.get(attr);
  const t = ctx.t.get(attr);
  if (s !== undefined) f.source = s;
  if (t !== undefined) f.target = t;
  ctx.findings.push(Object.assign(f, extra));
}

const failSeverity = (rule: CompiledRule): Severity => rule.spec.onFail ?? 'break';

function valuesAreHex(rule: CompiledRule, attr: string): boolean {
  const kind = rule.spec.values ?? 'auto';
  return kind === 'hex' || (kind === 'auto' && isHexAttribute(attr));
}

/** A value written as hex (`0x` and hex digits, either case): it compares as a number wherever it appears. */
const PREFIXED_HEX = /^\s*0x[0-9a-f]+\s*$/i;

/** Equal after normalisation: hex ids as numbers where the rule says so or both are written `0x...` (unless the rule says text), else the exact text. */
function sameValue(ctx: Ctx, rule: CompiledRule, attr: string): boolean {
  const s = ctx.s.get(attr)!;
  const t = ctx.t.get(attr)!;
  if (s === t) return true;
  if (valuesAreHex(rule, attr) || (rule.spec.values !== 'text' && PREFIXED_HEX.test(s) && PREFIXED_HEX.test(t))) {
    const hs = ctx.s.hex(attr);
    return hs !== null && hs === ctx.t.hex(attr);
  }
  if (rule.spec.values === 'number') return Number(s) === Number(t) && s.trim() !== '';
  return false;
}

/** The release version of a profile, from the first version attribute it has. */
export function releaseVersion(ctx: Ctx, p: NormalizedProfile): SemVer | null {
  for (const a of ctx.ruleSet.versionAttributes) if (p.has(a)) return p.version(a);
  return null;
}

const equal: Compare = (ctx, rule, attr) => {
  if (sameValue(ctx, rule, attr)) return;
  const via = rule.spec.exceptListedIn;
  if (via !== undefined) {
    const s = valuesAreHex(rule, attr) ? ctx.s.hex(attr) : ctx.s.get(attr)!;
    if (s !== null && ctx.t.set(via, valuesAreHex(rule, attr)).has(s)) {
      report(ctx, rule, attr, 'info', `${attr} accepted via the target's ${via}: source ${ctx.s.get(attr)}, target ${ctx.t.get(attr)}`);
      return;
    }
  }
  const tail = via !== undefined ? ` and not listed in the target's ${via}` : '';
  report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: source ${ctx.s.get(attr)}, target ${ctx.t.get(attr)}${tail}`);
};

const version: Compare = (ctx, rule, attr) => {
  const sv = ctx.s.version(attr);
  const tv = ctx.t.version(attr);
  const both = `source ${ctx.s.get(attr)}, target ${ctx.t.get(attr)}`;
  if (!sv || !tv) {
    report(ctx, rule, attr, 'break', `${attr} is not a version (major.minor[.bugfix]): ${both}`);
  } else if (sv.prerelease.length > 0 || tv.prerelease.length > 0) {
    if (!semverEq(sv, tv)) report(ctx, rule, attr, 'break', `${attr} pre-release differs (a pre-release reads only the identical version): ${both}`);
  } else if (sv.major !== tv.major) {
    report(ctx, rule, attr, 'break', `${attr} major differs (a major break): ${both}`);
  } else if (tv.minor < sv.minor) {
    report(ctx, rule, attr, 'break', `${attr} minor is older on the target (${tv.minor} < ${sv.minor}): ${both}`);
  }
};

/** Elements of the source's set that the target lacks, naming a removal when T is a newer release. */
const subset: Compare = (ctx, rule, attr) => {
  const hex = valuesAreHex(rule, attr);
  const t = ctx.t.set(attr, hex);
  let missing: string[] | undefined;
  for (const e of ctx.s.set(attr, hex)) if (!t.has(e)) (missing ??= []).push(e);
  if (missing === undefined) return;
  const sv = releaseVersion(ctx, ctx.s);
  const tv = releaseVersion(ctx, ctx.t);
  const removed = sv !== null && tv !== null && semverGt(tv, sv);
  const lost = missing.join(', ');
  const values = `source ${ctx.s.get(attr) ?? '(none)'}, target ${ctx.t.get(attr) ?? '(none)'}`;
  report(ctx, rule, attr, failSeverity(rule), removed
    ? `${attr} lost ${lost}, removed in ${tv.version} (source ${sv.version}; a removal is a major break): ${values}`
    : `${attr} lacks ${lost} on the target: ${values}`, { missing });
  if (removed && tv.major === sv.major) {
    const inconsistent = ctx.ruleSet.rule('standard/feature_removed_without_major');
    report(ctx, inconsistent, ctx.ruleSet.versionAttributes.find((a) => ctx.t.has(a)) ?? attr, 'break',
      `descriptor version inconsistent with its capabilities: ${attr} removes ${lost} but the version goes ${sv.version} -> ${tv.version} without a major bump`, { missing });
  }
};

const bitsSuperset: Compare = (ctx, rule, attr) => {
  const hs = ctx.s.hex(attr);
  const ht = ctx.t.hex(attr);
  if (hs === null || ht === null) {
    report(ctx, rule, attr, 'break', `${attr} is not a hex mask: source ${ctx.s.get(attr)}, target ${ctx.t.get(attr)}`);
    return;
  }
  const lacking = BigInt(`0x${hs}`) & ~BigInt(`0x${ht}`);
  if (lacking !== 0n) {
    report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: target lacks bits 0x${lacking.toString(16)}: source ${ctx.s.get(attr)}, target ${ctx.t.get(attr)}`, { missing: [`0x${lacking.toString(16)}`] });
  }
};

const atLeast: Compare = (ctx, rule, attr) => {
  const s = ctx.s.get(attr)!.trim();
  const t = ctx.t.get(attr)!.trim();
  const unknown = rule.spec.unknown ?? [];
  if (unknown.includes(s) || unknown.includes(t)) {
    report(ctx, rule, attr, 'warn', `${attr}: cannot determine (value ${unknown.includes(s) ? s : t} means unknown): source ${s}, target ${t}`);
    return;
  }
  const ns = Number(s);
  const nt = Number(t);
  if (s === '' || t === '' || !Number.isFinite(ns) || !Number.isFinite(nt)) {
    report(ctx, rule, attr, 'break', `${attr} is not a number: source ${s}, target ${t}`);
  } else if (nt < ns) {
    report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: target ${t} is below source ${s}`);
  }
};

/** S's `M.m` lies within T's `other` range `M.m-M.m`, both ends inclusive. */
const inRange: Compare = (ctx, rule, attr) => {
  const other = rule.spec.other!;
  const range = ctx.t.get(other);
  const v = ctx.s.version(attr);
  const [lo, hi, ...rest] = (range ?? '').split('-').map((x) => parseVersion(x));
  if (!v || !lo || !hi || rest.length > 0) {
    report(ctx, rule, attr, 'break', `${rule.spec.label}: cannot compare source ${attr} ${ctx.s.get(attr)} with target ${other} ${range ?? '(missing)'}`);
  } else if (!(semverGte(v, lo) && semverLte(v, hi))) {
    report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: source ${attr} ${ctx.s.get(attr)} is outside the target's ${other} ${range}`);
  }
};

const requiredValue: Compare = (ctx, rule, attr) => {
  const want = rule.spec.value!;
  for (const [side, p] of [['source', ctx.s], ['target', ctx.t]] as const) {
    const v = p.get(attr)!;
    if (v !== want) report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: ${attr} is '${v}' on the ${side}, must be '${want}'`);
  }
};

/** Record tags `TAG:mandatory|optional` of S against the tags T's `other` attribute lists. */
const recordTags: Compare = (ctx, rule, attr) => {
  const known = ctx.t.set(rule.spec.other!, false);
  const unknownMandatory: string[] = [];
  for (const item of splitSet(ctx.s.get(attr)!)) {
    const [tag, kind = 'mandatory'] = item.split(':');
    if (known.has(tag!)) continue;
    if (kind === 'optional') report(ctx, rule, attr, 'info', `optional record ${tag} is unknown to the target and will be skipped`, { key: tag! });
    else unknownMandatory.push(tag!);
  }
  if (unknownMandatory.length > 0) {
    report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: mandatory record ${unknownMandatory.join(', ')} unknown to the target (${rule.spec.other}: ${ctx.t.get(rule.spec.other!) ?? '(none)'})`, { missing: unknownMandatory });
  }
};

const acceptedPairs: Compare = (ctx, rule, attr) => {
  if (sameValue(ctx, rule, attr)) return;
  const canon = (x: string) => canonicalHex(x) ?? x;
  const s = canon(ctx.s.get(attr)!);
  const t = canon(ctx.t.get(attr)!);
  if ((rule.spec.pairs ?? []).some(([a, b]) => canon(a) === s && canon(b) === t)) return;
  report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: the target does not read a source stream of ${ctx.s.get(attr)} (target ${ctx.t.get(attr)})`);
};

const majorEqual: Compare = (ctx, rule, attr) => {
  const sv = ctx.s.version(attr);
  const tv = ctx.t.version(attr);
  if (!sv || !tv || sv.major !== tv.major) {
    report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: source ${ctx.s.get(attr)}, target ${ctx.t.get(attr)}`);
  }
};

/** Attributes S lists as dynamic must exist on both; each becomes an action "set A=S's value". */
const dynamicResources: Compare = (ctx, rule, attr) => {
  for (const name of ctx.s.set(attr, false)) {
    if (!ctx.s.has(name)) {
      report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: ${name} (listed in ${attr}) does not exist on the source, so there is no value to set on the target`, { missing: [name] });
      continue;
    }
    if (!ctx.t.has(name)) {
      report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: ${name} (listed in ${attr}) does not exist on the target`, { missing: [name] });
      continue;
    }
    const action = ctx.s.setAction(name);
    if (action) ctx.actions.push(action);
  }
};

const targetNotZero: Compare = (ctx, rule, attr) => {
  if (ctx.t.get(attr)!.trim() === '0') report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label} (${attr} is 0)`);
};

const nothing: Compare = () => {};

/** Every comparison the engine knows; the map must be complete, so a new one fails to compile until written. */
export const COMPARE = {
  equal, version, subset, 'bits-superset': bitsSuperset, 'at-least': atLeast, 'in-range': inRange,
  'required-value': requiredValue, 'record-tags': recordTags, 'accepted-pairs': acceptedPairs,
  'major-equal': majorEqual, 'dynamic-resources': dynamicResources, 'target-not-zero': targetNotZero,
  informational: nothing, derived: nothing,
} as const satisfies Record<Comparator, Compare>;

/** Default meaning of a missing value per comparison, before a rule's own `missing`. */
export const MISSING_DEFAULTS: Record<Comparator, { source: Outcome; target: Outcome; both: Outcome }> = {
  equal: { source: 'pass', target: 'break', both: 'pass' },
  version: { source: 'break', target: 'break', both: 'warn' },
  subset: { source: 'pass', target: 'break', both: 'pass' },
  'bits-superset': { source: 'pass', target: 'break', both: 'pass' },
  'at-least': { source: 'pass', target: 'break', both: 'pass' },
  'in-range': { source: 'break', target: 'pass', both: 'break' },
  'required-value': { source: 'break', target: 'break', both: 'break' },
  'record-tags': { source: 'pass', target: 'pass', both: 'pass' },
  'accepted-pairs': { source: 'break', target: 'break', both: 'pass' },
  'major-equal': { source: 'break', target: 'break', both: 'pass' },
  'dynamic-resources': { source: 'pass', target: 'pass', both: 'pass' },
  'target-not-zero': { source: 'pass', target: 'pass', both: 'pass' },
  informational: { source: 'pass', target: 'pass', both: 'pass' },
  derived: { source: 'pass', target: 'pass', both: 'pass' },
};
