import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import { canonicalHex } from '../normalize/values.js';
import type { CompiledRule } from '../rules/rule-set.js';
import type { Finding, Tier } from '../types.js';
import type { Ctx, SideFinding } from './comparator.js';
import { report } from './report.js';
import type { Engine, ProfileView } from './engine.js';
import { reportMisspellings } from './misspelt.js';
import type { Step } from './plan.js';
import { reportUnreadable } from './unreadable.js';

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

/** A value absent on one or both sides, as the rule's `missing` says. */
function reportMissing(ctx: Ctx, step: Step): void {
  const { attr, rule, side } = step;
  const message = side === 'both' ? `${attr} is missing on both sides: nothing to compare`
    : side === 'target' ? `${attr} is missing on the target (source ${ctx.s.get(attr)})`
    : `${attr} is missing on the source (target ${ctx.t.get(attr)})`;
  const extra: Partial<Finding> = side === 'target' && rule.spec.compare === 'subset' ? { missing: [...ctx.s.set(attr, false)] } : {};
  // A warning about absent data is not a difference: say only what is missing.
  const text = step.missing === 'warn' ? message : `${rule.spec.label}: ${message}`;
  report(ctx, rule, attr, step.missing as Finding['severity'], text, extra);
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
  /** The checker's state: rule set, interning tables, plans and memoised findings. */
  engine: Engine;
}

/**
 * S -> T under the rules of the pair's pack: every attribute of either side is decided by
 * exactly one rule (see plan.ts), identical text short-cuts the comparisons that are
 * reflexive, and the comparator runs only where values differ.
 */
export function evaluateDirection({ s, t, engine }: DirectionInput): Ctx {
  const { ruleSet } = engine;
  const ctx: Ctx = { s, t, ruleSet, findings: [], actions: [] };
  const si = engine.view(s);
  const ti = engine.view(t);
  const fs = si.family;
  const ft = ti.family;
  let pack = fs ?? ft;
  if (fs !== null && ft !== null && fs !== ft) {
    pack = null;
    const mismatch = ruleSet.ruleOf('family-differs', null);
    if (mismatch) report(ctx, mismatch, 'family', 'break', `${mismatch.spec.label}: source ${fs}, target ${ft}`, { source: fs, target: ft });
  }
  // Attributes S lists as dynamic resources are set by the orchestrator, so the opaque rule does
  // not compare them; an attribute a rule claims (device_api, mdev_type, a version) is still
  // decided by that rule: listing it as dynamic is no way around identity.
  const waived = s.dynamicNames(ruleSet.dynamicAttributes);
  for (const step of engine.plans.planFor(ruleSet, pack, s, si.signature, t, ti.signature).steps) {
    if (waived?.has(step.attr) && step.rule.spec.match.unclaimed) continue;
    if (step.conditional && !conditionHolds(step.rule, s, t)) continue;
    if (step.compare && step.fast !== 'none' && step.ti >= 0 && si.ids[step.si] === ti.ids[step.ti]
      && (step.fast === 'text' || s.version(step.attr) !== null)) continue;
    const memo = step.memo?.active ? step.memo : undefined;
    const key = memo === undefined ? undefined : memoKey(step, si, ti);
    const sub = key === undefined ? undefined : extrasKey(engine, step, s, si, t, ti);
    const memoised = memo !== undefined && key !== undefined && sub !== undefined;
    if (memoised) {
      const hit = memo.get(key, sub);
      if (hit !== undefined) {
        for (let i = 0; i < hit.length; i++) ctx.findings.push(hit[i]!);
        continue;
      }
    }
    const before = ctx.findings.length;
    if (!step.compare) reportMissing(ctx, step);
    else if (step.keys) applyKeys(ctx, step.rule, step.attr, step.keys);
    else step.run(ctx, step.rule, step.attr);
    if (memoised) memo.remember(key, sub, ctx.findings, before);
  }
  const sv = engine.packView(s, si, pack);
  const tv = engine.packView(t, ti, pack);
  if (sv.asSource || tv.asTarget) reportSides(ctx, sv.asSource, tv.asTarget);
  if (sv.misspellings.length + tv.misspellings.length > 0) reportMisspellings(ctx, { source: sv.misspellings, target: tv.misspellings }, pack);
  if (si.hasSkipped || ti.hasSkipped) reportUnreadable(ctx, pack);
  return ctx;
}

/** The per-side rules' findings, rule by rule, the source's before the target's. */
function reportSides(ctx: Ctx, source: readonly (SideFinding | null)[] | undefined, target: readonly (SideFinding | null)[] | undefined): void {
  const n = Math.max(source?.length ?? 0, target?.length ?? 0);
  for (let i = 0; i < n; i++) {
    const fs = source?.[i];
    const ft = target?.[i];
    if (fs) report(ctx, fs.rule, fs.attribute, fs.severity, fs.message);
    if (ft) report(ctx, ft.rule, ft.attribute, ft.severity, ft.message);
  }
}

/** Two ids below this pack into one small integer, the fastest Map key V8 has. */
const ID_SPAN = 2 ** 15;

/**
 * The memo key of a step's two values: their interned ids packed into one small integer (the
 * fastest Map key V8 has); undefined when an id is too large to pack (over 32,767 distinct values).
 */
function memoKey(step: Step, si: ProfileView, ti: ProfileView): number | undefined {
  return pack(step.si >= 0 ? si.ids[step.si]! + 1 : 0, step.ti >= 0 ? ti.ids[step.ti]! + 1 : 0);
}

/** The second memo key of a comparison reading other attributes: the tuple ids of their values on each side; -1 when it reads none. */
function extrasKey(engine: Engine, step: Step, s: NormalizedProfile, si: ProfileView, t: NormalizedProfile, ti: ProfileView): number | undefined {
  if (step.sExtras === undefined && step.tExtras === undefined) return -1;
  return pack(step.sExtras ? engine.tupleId(s, si, step.sExtras) + 1 : 0, step.tExtras ? engine.tupleId(t, ti, step.tExtras) + 1 : 0);
}

const pack = (a: number, b: number): number | undefined => (a >= ID_SPAN || b >= ID_SPAN ? undefined : a * ID_SPAN + b);
