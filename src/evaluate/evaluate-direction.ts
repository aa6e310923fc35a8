import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import { canonicalHex } from '../normalize/values.js';
import type { Comparator, Outcome } from '../rules/pack-types.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { Finding, Tier } from '../types.js';
import { COMPARE, MISSING_DEFAULTS, report, type Ctx } from './comparators.js';

/** Comparisons driven by the source's value alone: the target's side lives in other attributes. */
const SOURCE_DRIVEN: ReadonlySet<Comparator> = new Set(['dynamic-resources', 'record-tags', 'in-range']);

function missingOutcome(rule: CompiledRule, side: 'source' | 'target' | 'both'): Outcome {
  return rule.spec.missing?.[side] ?? MISSING_DEFAULTS[rule.spec.compare][side];
}

function conditionHolds(rule: CompiledRule, s: NormalizedProfile, t: NormalizedProfile): boolean {
  const w = rule.spec.when;
  if (!w || !('bothEqual' in w)) return true;
  const want = canonicalHex(w.bothEqual.value) ?? w.bothEqual.value;
  const is = (p: NormalizedProfile) => {
    const v = p.get(w.bothEqual.attribute);
    return v !== undefined && (canonicalHex(v) ?? v) === want;
  };
  return is(s) && is(t);
}

/** Apply one rule to one attribute (or to each of its keys), handling absent values first. */
function apply(ctx: Ctx, rule: CompiledRule, attr: string): void {
  const keys = rule.spec.match.keys;
  if (keys) {
    applyKeys(ctx, rule, attr, keys);
    return;
  }
  const sHas = ctx.s.has(attr);
  const tHas = ctx.t.has(attr) || SOURCE_DRIVEN.has(rule.spec.compare);
  if (sHas && tHas) {
    COMPARE[rule.spec.compare](ctx, rule, attr);
    return;
  }
  const side = !sHas && !tHas ? 'both' : sHas ? 'target' : 'source';
  const outcome = missingOutcome(rule, side);
  if (outcome === 'pass') return;
  const message = side === 'both' ? `${attr} is missing on both sides: nothing to compare`
    : side === 'target' ? `${attr} is missing on the target (source ${ctx.s.get(attr)})`
    : `${attr} is missing on the source (target ${ctx.t.get(attr)})`;
  const extra: Partial<Finding> = side === 'target' && rule.spec.compare === 'subset' ? { missing: [...ctx.s.set(attr, false)] } : {};
  report(ctx, rule, attr, outcome, `${rule.spec.label}: ${message}`, extra);
}

/** A key/value attribute (description): each named key compared for equality. */
function applyKeys(ctx: Ctx, rule: CompiledRule, attr: string, keys: readonly string[]): void {
  const s = ctx.s.descriptionKeys();
  const t = ctx.t.descriptionKeys();
  for (const key of keys) {
    const sv = s?.get(key);
    const tv = t?.get(key);
    if (sv === undefined || sv === tv) continue;
    report(ctx, rule, attr, rule.spec.onFail ?? 'break',
      tv === undefined ? `${rule.spec.label}: ${attr} key ${key} is missing on the target (source ${sv})` : `${rule.spec.label}: ${attr} ${key}: source ${sv}, target ${tv}`,
      { key, source: sv, ...(tv === undefined ? {} : { target: tv }) });
  }
}

/** Union of two sorted name lists, in order, without repeats. */
function mergeNames(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) out.push(a[i++]!);
    else if (x === undefined || y < x) out.push(b[j++]!);
    else { out.push(a[i++]!); j++; }
  }
  return out;
}

/** The best tier the breaks leave: a cold-blocking break leaves none, any other break cold. */
export function tierOf(findings: readonly Finding[]): Tier {
  let tier: Tier = 'live';
  for (const f of findings) {
    if (f.severity !== 'break') continue;
    if (f.blocks === 'cold') return 'none';
    tier = 'cold';
  }
  return tier;
}

export interface DirectionInput {
  s: NormalizedProfile;
  t: NormalizedProfile;
  ruleSet: RuleSet;
}

/**
 * S -> T under the rules of the pair's pack: every attribute of either side is decided by
 * exactly one rule; attributes S marks as dynamic resources are set by the orchestrator, so
 * no other rule compares them.
 */
export function evaluateDirection({ s, t, ruleSet }: DirectionInput): Ctx {
  const ctx: Ctx = { s, t, ruleSet, findings: [], actions: [] };
  const fs = ruleSet.familyOf(s);
  const ft = ruleSet.familyOf(t);
  let pack = fs ?? ft;
  if (fs !== null && ft !== null && fs !== ft) {
    pack = null;
    report(ctx, ruleSet.rule('standard/family_mismatch'), 'family', 'break', `device family differs: source ${fs}, target ${ft}`, { source: fs, target: ft });
  }
  const resolve = ruleSet.resolver(pack);
  const dynamic = ruleSet.rules('standard').find((r) => r.spec.compare === 'dynamic-resources');
  const waived = dynamic ? waivedByDynamic(s, dynamic) : undefined;
  for (const attr of mergeNames(s.names, t.names)) {
    if (waived?.has(attr)) continue;
    const rule = resolve(attr);
    if (rule === null || !conditionHolds(rule, s, t)) continue;
    apply(ctx, rule, attr);
  }
  return ctx;
}

function waivedByDynamic(s: NormalizedProfile, dynamic: CompiledRule): ReadonlySet<string> | undefined {
  const lists = (dynamic.spec.match.attributes ?? []).filter((a) => s.has(a));
  if (lists.length === 0) return undefined;
  return new Set(lists.flatMap((a) => [...s.set(a, false)]));
}
