import type { Ctx } from '../evaluate/comparator.js';
import { report } from '../evaluate/report.js';
import { Engine } from '../evaluate/engine.js';
import { evaluateDirection, tierOf } from '../evaluate/evaluate-direction.js';
import { normalize, type NormalizedProfile } from '../normalize/normalized-profile.js';
import { expandTemplates } from '../normalize/template.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { CheckOptions, CheckResult, DirectionResult, Finding, Mode, Profile, Relation } from '../types.js';
import { ruleSetFor } from './checker.js';

/**
 * Deterministic output: breaks, then warnings, then notes; within each, the order the rules
 * ran in, which is attribute order (plan.ts walks the sorted names).
 */
function orderFindings(findings: Finding[]): Finding[] {
  let rank = 0;
  let ordered = true;
  for (const f of findings) {
    const r = SEVERITY_RANK[f.severity];
    if (r < rank) { ordered = false; break; }
    rank = r;
  }
  if (ordered) return findings;
  const out: Finding[] = [];
  for (const severity of ['break', 'warn', 'info'] as const) for (const f of findings) if (f.severity === severity) out.push(f);
  return out;
}

const SEVERITY_RANK = { break: 0, warn: 1, info: 2 } as const;

/** Does `p` hold every attribute of the expansion with exactly its value? */
function holds(p: NormalizedProfile, expansion: ReadonlyMap<string, string>): boolean {
  for (const [k, v] of expansion) if (p.get(k) !== v) return false;
  return true;
}

/**
 * Extended mode (2020-08-05 templates): when S -> T breaks on an attribute S's templates name,
 * accept the pair if T equals one expansion of S's templates (and, if T has templates, S equals
 * one of T's); the attributes of the matching expansions are then waived from their rules.
 */
function applyTemplates(ctx: Ctx, ruleSet: RuleSet): void {
  const sTemplates = ctx.s.templateSet();
  if (!sTemplates) return;
  if (!ctx.findings.some((f) => f.severity === 'break' && sTemplates.templates.has(f.attribute))) return;
  const forward = expandTemplates(sTemplates).find((e) => holds(ctx.t, e));
  if (!forward) return;
  const tTemplates = ctx.t.templateSet();
  const backward = tTemplates ? expandTemplates(tTemplates).find((e) => holds(ctx.s, e)) : undefined;
  if (tTemplates && !backward) return;
  const waived = new Set([...forward.keys(), ...(backward?.keys() ?? [])]);
  const kept = ctx.findings.filter((f) => !waived.has(f.attribute));
  ctx.findings.splice(0, ctx.findings.length, ...kept);
  // A dynamic resource the templates decide takes the matching expansion's value, not the source's.
  const actions = ctx.actions.map((a) => {
    const v = forward.get(a.attribute);
    return v === undefined ? a : { ...a, value: v, message: `set ${a.attribute}=${v} on the target` };
  });
  ctx.actions.splice(0, ctx.actions.length, ...actions);
  const typeAttr = [...ruleSet.typeAttributes].find((a) => waived.has(a)) ?? [...waived][0]!;
  // The rule that decides the type attribute; a type no standard rule claims is reported under the pack rule naming it.
  const typeRule = ruleSet.resolver(null)(typeAttr) ?? ruleSet.packs.flatMap(({ pack }) => ruleSet.rules(pack.id)).find((r) => r.spec.role === 'type' && r.spec.match.attributes?.includes(typeAttr))!;
  const shown = [...forward].map(([k, v]) => `${k}=${v}`).join(', ');
  report(ctx, typeRule, typeAttr, 'warn', `cross-type, vendor-declared: the source's migration/compatible templates accept the target (${shown})`);
}

function direction(s: NormalizedProfile, t: NormalizedProfile, engine: Engine, mode: Mode): DirectionResult {
  const ctx = evaluateDirection({ s, t, engine });
  if (mode === 'extended') applyTemplates(ctx, engine.ruleSet);
  const tier = tierOf(ctx.findings);
  return { verdict: tier === 'live' ? 'compatible' : 'incompatible', tier, findings: orderFindings(ctx.findings), actions: ctx.actions };
}

/** identical when both directions are compatible, superset when only source -> target is. */
export function relationOf(forward: DirectionResult, rollback: DirectionResult): Relation {
  if (forward.verdict !== 'compatible') return 'incompatible';
  return rollback.verdict === 'compatible' ? 'identical' : 'superset';
}

/**
 * A reusable check for one set of options: packs are loaded and compiled once, and what it
 * learns (interned values, plans, memoised findings) is kept in this checker alone, so a
 * long-running caller frees it all by dropping the checker. `ruleSet` is the one `opts` makes,
 * when the caller already holds it (a command that also reads suppressions with it).
 */
export function createChecker(opts: CheckOptions = {}, ruleSet: RuleSet = ruleSetFor(opts)): (source: Profile, target: Profile) => CheckResult {
  const engine = new Engine(ruleSet);
  const mode = opts.mode ?? 'strict';
  return (source, target) => {
    const s = normalize(source);
    const t = normalize(target);
    const forward = direction(s, t, engine, mode);
    const rollback = direction(t, s, engine, mode);
    return {
      source: source.path, target: target.path, mode,
      verdict: forward.verdict, tier: forward.tier, findings: forward.findings, actions: forward.actions,
      relation: relationOf(forward, rollback), pack: ruleSet.familyOf(s) ?? ruleSet.familyOf(t), rollback,
    };
  };
}

/** The source -> target direction alone, for callers that need no rollback (a fleet matrix): half the work. */
export function createForwardChecker(opts: CheckOptions = {}): (source: Profile, target: Profile) => DirectionResult {
  return createForwardCheckers(opts).forward;
}

/**
 * A forward checker and the rule set it runs, for callers that need both (vm, hook, plan,
 * matrix): one rule set, not a second one beside the checker's. `normalized` takes profiles
 * already normalized (the matrix, a million pairs, skips the lookup).
 */
export function createForwardCheckers(opts: CheckOptions = {}): {
  ruleSet: RuleSet;
  forward: (source: Profile, target: Profile) => DirectionResult;
  normalized: (s: NormalizedProfile, t: NormalizedProfile) => DirectionResult;
} {
  const engine = new Engine(ruleSetFor(opts));
  const mode = opts.mode ?? 'strict';
  const normalized = (s: NormalizedProfile, t: NormalizedProfile) => direction(s, t, engine, mode);
  return { ruleSet: engine.ruleSet, forward: (source, target) => normalized(normalize(source), normalize(target)), normalized };
}

/**
 * Can a device running as `source` migrate to `target`? Every failing rule is reported, with
 * the rollback direction (target -> source) in the same result. `ruleSet`: as for createChecker.
 */
export function check(source: Profile, target: Profile, opts: CheckOptions = {}, ruleSet: RuleSet = ruleSetFor(opts)): CheckResult {
  return createChecker(opts, ruleSet)(source, target);
}
