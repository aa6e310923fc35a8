import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Ctx } from './comparator.js';
import { report } from './report.js';

/** A name as a misspelling might differ from it: case, and - for _. */
const folded = (name: string): string => name.toLowerCase().replace(/-/g, '_');

/** Every attribute name some rule or capability row reads, by folded spelling. */
export function knownNames(ruleSet: RuleSet): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const add = (n: string | undefined) => { if (n !== undefined) names.set(folded(n), n); };
  for (const { pack } of ruleSet.packs) {
    for (const c of pack.select) add(c.attribute);
    for (const r of pack.rules) {
      for (const a of r.match.attributes ?? []) add(a);
      add(r.other);
      add(r.exceptListedIn);
      if (r.when && 'bothEqual' in r.when) add(r.when.bothEqual.attribute);
    }
    for (const row of pack.capabilities ?? []) for (const c of row.select) add(c.attribute);
  }
  return names;
}

/** The attributes of a profile no rule claims whose folded spelling is a known name's, with that name. */
export function misspellings(p: NormalizedProfile, ruleSet: RuleSet, known: ReadonlyMap<string, string>, packId: string | null): [string, string][] {
  const resolve = ruleSet.resolver(packId);
  const out: [string, string][] = [];
  for (const name of p.names) {
    const meant = known.get(folded(name));
    if (meant === undefined || meant === name || p.has(meant)) continue;
    if (resolve(name)?.spec.match.unclaimed !== true) continue;
    out.push([name, meant]);
  }
  return out;
}

/** A warning per misspelt attribute on either side: "did you mean mdev_type?". */
export function reportMisspellings(ctx: Ctx, found: { source: readonly (readonly [string, string])[]; target: readonly (readonly [string, string])[] }, packId: string | null): void {
  const rule = ctx.ruleSet.ruleOf('name-misspelt', packId);
  if (rule === null) return;
  for (const side of ['source', 'target'] as const) {
    for (const [name, meant] of found[side]) {
      report(ctx, rule, name, rule.spec.onFail ?? 'warn', `${name} on the ${side}: did you mean ${meant}? (compared as an opaque field, while the rule for ${meant} sees nothing)`);
    }
  }
}
