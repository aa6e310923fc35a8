import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import { COMPARATORS } from './comparators/index.js';
import { knownNames, misspellings } from './misspelt.js';
import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import { Interner } from './interner.js';
import { PlanCache } from './plan.js';

/**
 * What one checker keeps between pairs: its rule set, its interning tables and its plans (with
 * their memoised findings). Every cache that grows lives here, none in a module, so dropping
 * the checker drops them.
 */
export class Engine {
  readonly ruleSet: RuleSet;
  readonly interner = new Interner();
  /** Plans by pack and the two name lists, with their memoised findings. */
  readonly plans = new PlanCache();

  private readonly pairRulesByPack = new Map<string | null, readonly CompiledRule[]>();
  private known: ReadonlyMap<string, string> | undefined;
  private readonly misspelt = new Map<string | null, WeakMap<NormalizedProfile, [string, string][]>>();

  /** A profile's attributes that look like misspelt known ones, under a pack (memoised). */
  misspellingsOf(p: NormalizedProfile, packId: string | null): [string, string][] {
    this.known ??= knownNames(this.ruleSet);
    let byProfile = this.misspelt.get(packId);
    if (!byProfile) this.misspelt.set(packId, (byProfile = new WeakMap()));
    let found = byProfile.get(p);
    if (found === undefined) byProfile.set(p, (found = misspellings(p, this.ruleSet, this.known, packId)));
    return found;
  }

  constructor(ruleSet: RuleSet) {
    this.ruleSet = ruleSet;
  }

  /** The active rules that run once per pair under a pack (its own, then the standard ones). */
  pairRules(packId: string | null): readonly CompiledRule[] {
    let rules = this.pairRulesByPack.get(packId);
    if (rules === undefined) {
      rules = [...(packId ? this.ruleSet.rules(packId) : []), ...this.ruleSet.rules('standard')]
        .filter((r) => COMPARATORS[r.spec.compare].runPair !== undefined && this.ruleSet.isActive(r));
      this.pairRulesByPack.set(packId, rules);
    }
    return rules;
  }
}
