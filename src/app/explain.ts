import { InputError } from '../errors.js';
import { COMPARATORS } from '../evaluate/comparators/index.js';
import { EMITTED_COMPARATORS, type ExamplePair } from '../rules/pack-types.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import { profileFromAttributes } from '../read/read-profile.js';
import { withUnreadable } from '../read/skipped-attributes.js';
import { renderRuleText } from '../render/explain.js';
import type { ExampleRun, OwnRuleReport, RuleListReport, RuleReport } from '../report/report.js';
import type { CheckOptions } from '../types.js';
import { judgeSuppressions } from '../suppress/load-suppressions.js';
import { bump } from '../verdict/bump.js';
import { check, createForwardCheckers } from '../verdict/check.js';
import { checkVm } from '../vm/vm.js';
import { ruleSetFor } from '../verdict/checker.js';

export type { ExampleRun };

/** Every rule id with its title, in pack order (the suppression loader's pack among them). */
export function listRules(ruleSet: RuleSet): { id: string; title: string }[] {
  return ruleSet.packs.flatMap(({ pack }) => ruleSet.rules(pack.id).map((r) => ({ id: r.id, title: r.spec.title })));
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Up to five ids close to `query`: containing it, or within a third of its length in edits (whole id or rule part). */
export function nearMatches(query: string, ids: readonly string[]): string[] {
  const q = query.toLowerCase();
  const scored = ids.map((id) => {
    const rulePart = id.slice(id.indexOf('/') + 1);
    const d = Math.min(distance(q, id), distance(q, rulePart));
    return { id, d: id.includes(q) ? 0 : d };
  });
  const limit = Math.max(2, Math.floor(q.length / 3));
  return scored.filter((s) => s.d <= limit).sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1)).slice(0, 5).map((s) => s.id);
}

/** A rule by full id, or by its bare name when one pack alone has it; otherwise an input error with near matches. */
export function resolveRule(ruleSet: RuleSet, query: string): CompiledRule {
  const all = ruleSet.packs.flatMap(({ pack }) => ruleSet.rules(pack.id));
  const exact = all.find((r) => r.id === query);
  if (exact) return exact;
  const bare = all.filter((r) => r.spec.id === query);
  if (bare.length === 1) return bare[0]!;
  if (bare.length > 1) throw new InputError(query, `rule name used by several packs: ${bare.map((r) => r.id).join(', ')}`);
  const near = nearMatches(query, listRules(ruleSet).map((r) => r.id));
  throw new InputError(query, `unknown rule${near.length ? `; did you mean ${near.join(', ')}?` : ''} (devmig explain lists every rule)`);
}

/** What a rule compares, in words: the comparison, over which attributes, keys or patterns. */
export function comparesText(r: CompiledRule): string {
  const m = r.spec.match;
  const what = [
    ...(m.attributes ?? []),
    ...(m.patterns ?? []).map((p) => `${p} (pattern)`),
    ...(m.unclaimed ? ['every attribute no other rule claims'] : []),
  ].join(', ');
  const keys = m.keys ? ` keys ${m.keys.join(', ')}` : '';
  const values = r.spec.values ? `, values as ${r.spec.values}` : '';
  const when = r.spec.when ? `; only when ${'option' in r.spec.when ? `--option ${r.spec.when.option}=${r.spec.when.equals}` : `both sides have ${r.spec.when.bothEqual.attribute}=${r.spec.when.bothEqual.value}`}` : '';
  return `${r.spec.compare} of ${what || '(emitted by other rules)'}${keys}${values}${when}: ${COMPARATORS[r.spec.compare].explain}`;
}

/**
 * Run one example pair through the engine: check source -> target with the options the rule
 * needs to be active; a rule only bump emits (rename-on-major) is run through bump.
 */
export function runExample(r: CompiledRule, pair: ExamplePair, opts: CheckOptions, kind: 'pass' | 'fail'): ExampleRun {
  const when = r.spec.when;
  const options = when && 'option' in when ? { ...opts.options, [when.option]: when.equals } : opts.options;
  const runOpts: CheckOptions = { ...opts, ...(options ? { options } : {}) };
  const unreadable = (side: 'source' | 'target') =>
    withUnreadable(profileFromAttributes(`example/${kind}/${side}`, pair[side]), pair.unreadable?.[side] ?? [], 'read failed (EIO)');
  const [s, t] = [unreadable('source'), unreadable('target')];
  // A suppression rule runs its example's `expires` as one entry of a suppression file, judged today.
  if (r.spec.compare === 'suppression-expired') {
    const entry = { rule: r.id, attributes: ['example'], level: 'warn' as const, reason: 'the example', ...(pair.source['expires'] ? { expires: pair.source['expires'] } : {}) };
    return { source: pair.source, target: pair.target, findings: judgeSuppressions('example/devmig.toml', [entry], ruleSetFor(runOpts)).expired.filter((f) => f.rule === r.id) };
  }
  // A whole-VM rule runs its pair as a VM of two such devices moving to a host of two such instances.
  if (r.spec.compare === 'vm-capability') {
    const host = { entry: 'example/target', profile: profileFromAttributes('example/target', { ...pair.target, available_instances: '2' }) };
    const { forward, ruleSet } = createForwardCheckers(runOpts);
    const vm = checkVm([{ name: 'dev0', profile: s }, { name: 'dev1', profile: s }], [host], forward, ruleSet);
    return { source: pair.source, target: pair.target, findings: vm.findings.filter((f) => f.rule === r.id) };
  }
  const ruleSet = ruleSetFor(runOpts);
  let findings = check(s, t, runOpts, ruleSet).findings.filter((f) => f.rule === r.id);
  if (findings.length === 0 && EMITTED_COMPARATORS.has(r.spec.compare)) {
    try {
      findings = bump(s, t, { ...runOpts, policy: 'rename-on-major' }, ruleSet).findings.filter((f) => f.rule === r.id);
    } catch {
      // The pair is not a release pair (no versions): check's answer stands.
    }
  }
  return { source: pair.source, target: pair.target, ...(pair.unreadable ? { unreadable: pair.unreadable } : {}), findings };
}

/** `explain RULE` for a pack rule: its description, and its example pair run through the engine. */
export function explainRule(ruleSet: RuleSet, r: CompiledRule, opts: CheckOptions): RuleReport {
  const pack = ruleSet.packs.find((p) => p.pack.id === r.pack)!.pack;
  const example = { pass: runExample(r, r.spec.example.pass, opts, 'pass'), fail: runExample(r, r.spec.example.fail, opts, 'fail') };
  return { kind: 'rule', rule: r, pack: { id: pack.id, title: pack.title }, compares: comparesText(r), example };
}

/** The long form of one rule, as `cargo semver-checks --explain` prints a lint. */
export function explainText(ruleSet: RuleSet, r: CompiledRule, opts: CheckOptions): string {
  return renderRuleText(explainRule(ruleSet, r, opts));
}

/**
 * `devmig explain [RULE]`: without a rule, every rule id with its title; with one (a full id,
 * or a name one pack alone uses), its description and example pair. An unknown rule is an
 * InputError naming near matches.
 */
export function explainReport(rule: string | undefined, opts: CheckOptions = {}): RuleListReport | RuleReport | OwnRuleReport {
  const ruleSet = ruleSetFor(opts);
  if (rule === undefined) return { kind: 'rule-list', rules: listRules(ruleSet) };
  const r = resolveRule(ruleSet, rule);
  return r.spec.compare === 'suppression-expired' ? { kind: 'own-rule', id: r.id, rule: r.spec } : explainRule(ruleSet, r, opts);
}
