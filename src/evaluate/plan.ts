import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import type { Outcome } from '../rules/pack-types.js';
import type { Finding } from '../types.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { Compare } from './comparator.js';
import { FindingsMemo } from './memo.js';
import { COMPARATORS } from './comparators/index.js';

/** One attribute's evaluation, decided once for a pair of attribute-name sets. */
export interface Step {
  readonly attr: string;
  readonly rule: CompiledRule;
  /** Index into the source's / target's `values`, or -1 when absent. */
  readonly si: number;
  readonly ti: number;
  /** Both sides present (or the comparison reads the target elsewhere): compare. */
  readonly compare: boolean;
  /** Otherwise: what the absence means, and on which side. */
  readonly missing: Outcome;
  readonly side: 'source' | 'target' | 'both';
  /** Identical text passes without calling the comparator ('version' also needs a valid version). */
  readonly fast: 'none' | 'text' | 'version';
  readonly conditional: boolean;
  /** The comparison to run, resolved once. */
  readonly run: Compare;
  /** Keys of a key/value attribute compared one by one (description), if the rule names any. */
  readonly keys: readonly string[] | undefined;
  /**
   * Findings by value: a comparison's outcome depends only on the two values (plus `extras`),
   * so it is computed once per distinct combination and its frozen findings reused. Undefined
   * for comparisons with other effects (dynamic resources produce actions).
   */
  readonly memo: FindingsMemo | undefined;
  /** Other attributes the comparison reads, on the source and on the target side (one array per list of names in a checker). */
  readonly sExtras: readonly string[] | undefined;
  readonly tExtras: readonly string[] | undefined;
}

export interface Plan {
  readonly steps: readonly Step[];
}

/** What an absent value means for a rule: its own `missing`, else its comparator's default. */
export function missingOutcome(rule: CompiledRule, side: 'source' | 'target' | 'both'): Outcome {
  return rule.spec.missing?.[side] ?? COMPARATORS[rule.spec.compare].missing[side];
}

/** One array per list of attribute names, so a checker can key caches on its identity. */
type NameLists = (names: readonly string[] | undefined) => readonly string[] | undefined;

function buildPlan(ruleSet: RuleSet, packId: string | null, s: NormalizedProfile, t: NormalizedProfile, lists: NameLists): Plan {
  const resolve = ruleSet.resolver(packId);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  // Walk the two sorted name lists together: every attribute of either side, once, in order.
  while (i < s.names.length || j < t.names.length) {
    const x = s.names[i];
    const y = t.names[j];
    let attr: string;
    let si = -1;
    let ti = -1;
    if (y === undefined || (x !== undefined && x < y)) { attr = x!; si = i++; }
    else if (x === undefined || y < x) { attr = y; ti = j++; }
    else { attr = x; si = i++; ti = j++; }
    const rule = resolve(attr);
    const run = rule === null ? undefined : COMPARATORS[rule.spec.compare].run;
    if (rule === null || run === undefined) continue;
    const keyed = rule.spec.match.keys !== undefined;
    const compare = keyed ? si >= 0 : si >= 0 && (ti >= 0 || COMPARATORS[rule.spec.compare].sourceDriven);
    const side = si < 0 && ti < 0 ? 'both' : si >= 0 ? 'target' : 'source';
    const missing = compare || keyed ? 'pass' : missingOutcome(rule, side);
    if (!compare && missing === 'pass') continue;
    steps.push(step(ruleSet, attr, rule, si, ti, compare, missing, side, lists));
  }
  steps.push(...absentSteps(ruleSet, packId, s, t, lists));
  steps.sort((a, b) => (a.attr < b.attr ? -1 : a.attr > b.attr ? 1 : 0));
  return { steps };
}

function step(ruleSet: RuleSet, attr: string, rule: CompiledRule, si: number, ti: number, compare: boolean, missing: Outcome, side: Step['side'], lists: NameLists): Step {
  const def = COMPARATORS[rule.spec.compare];
  const keyed = rule.spec.match.keys !== undefined;
  const [sExtras, tExtras] = def.extras?.(rule, ruleSet) ?? [undefined, undefined];
  return {
    attr, rule, si, ti, compare, missing, side, fast: keyed ? 'text' : def.reflexive,
    conditional: rule.spec.when !== undefined && 'bothEqual' in rule.spec.when,
    run: def.run!, keys: rule.spec.match.keys,
    memo: def.memoisable ? new FindingsMemo() : undefined, sExtras: lists(sExtras), tExtras: lists(tExtras),
  };
}

/**
 * Rules whose attributes are absent from both profiles never meet an attribute in the walk
 * above; those that say absence matters (device_api missing fails, a version missing on both
 * sides is a warning, a required capability missing means unsupported) speak once here,
 * about their first attribute, when none of their names (aliases included) is present.
 */
function absentSteps(ruleSet: RuleSet, packId: string | null, s: NormalizedProfile, t: NormalizedProfile, lists: NameLists): Step[] {
  const resolve = ruleSet.resolver(packId);
  const out: Step[] = [];
  for (const rule of [...(packId ? ruleSet.rules(packId) : []), ...ruleSet.rules('standard')]) {
    const names = rule.spec.match.attributes;
    if (!names || rule.spec.match.keys || !ruleSet.isActive(rule) || COMPARATORS[rule.spec.compare].run === undefined) continue;
    const outcome = missingOutcome(rule, 'both');
    if (outcome === 'pass') continue;
    // A family that versions its stream by other attributes expects no 2020 version attribute.
    if (rule.spec.role === 'version' && packId !== null && ruleSet.versionedBy(packId) !== undefined) continue;
    if (names.some((n) => s.has(n) || t.has(n)) || resolve(names[0]!) !== rule) continue;
    out.push(step(ruleSet, names[0]!, rule, -1, -1, false, outcome, 'both', lists));
  }
  return out;
}

/**
 * A checker's plans. Which rule decides each attribute and what an absent value means depend
 * only on the two name sets, so a plan is built once per (pack, source names, target names)
 * and reused for every pair that shares them.
 */
export class PlanCache {
  private readonly byPack = new Map<string | null, Map<number, Map<number, Plan>>>();
  private readonly nameLists = new Map<string, readonly string[]>();
  private readonly nameList: NameLists = (names) => {
    if (names === undefined) return undefined;
    const key = JSON.stringify(names);
    let list = this.nameLists.get(key);
    if (list === undefined) this.nameLists.set(key, (list = names));
    return list;
  };

  /** The steps for S -> T under a pack; `sSignature`, `tSignature` identify the two name lists. */
  planFor(ruleSet: RuleSet, packId: string | null, s: NormalizedProfile, sSignature: number, t: NormalizedProfile, tSignature: number): Plan {
    let bySource = this.byPack.get(packId);
    if (!bySource) this.byPack.set(packId, (bySource = new Map()));
    let byTarget = bySource.get(sSignature);
    if (!byTarget) bySource.set(sSignature, (byTarget = new Map()));
    let plan = byTarget.get(tSignature);
    if (!plan) byTarget.set(tSignature, (plan = buildPlan(ruleSet, packId, s, t, this.nameList)));
    return plan;
  }
}
