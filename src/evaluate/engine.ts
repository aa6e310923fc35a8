import type { RuleSet } from '../rules/rule-set.js';
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

  constructor(ruleSet: RuleSet) {
    this.ruleSet = ruleSet;
  }
}
