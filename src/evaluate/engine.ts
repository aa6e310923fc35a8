import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import { COMPARATORS } from './comparators/index.js';
import { Interner } from './interner.js';
import type { Plan } from './plan.js';

/**
 * What one checker keeps between pairs: its rule set, its interning tables and its plans (with
 * their memoised findings). Every cache that grows lives here, none in a module, so dropping
 * the checker drops them.
 */
export class Engine {
  readonly ruleSet: RuleSet;
  readonly interner = new Interner();
  /** Plans by pack, then source and target name-list signatures. */
  readonly plans = new Map<string | null, Map<number, Map<number, Plan>>>();

  private readonly pairRulesByPack = new Map<string | null, readonly CompiledRule[]>();

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
