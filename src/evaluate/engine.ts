import type { RuleSet } from '../rules/rule-set.js';
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

  constructor(ruleSet: RuleSet) {
    this.ruleSet = ruleSet;
  }
}
