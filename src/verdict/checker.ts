import { loadPacks } from '../rules/load-packs.js';
import { RuleSet } from '../rules/rule-set.js';
import type { CheckOptions } from '../types.js';

/**
 * The rule set for these options: the built-in packs (parsed once per process), the extra ones
 * read from disk, the options applied. Built anew each call and kept by its caller (a checker),
 * so no rule set outlives what uses it.
 */
export function ruleSetFor(opts: CheckOptions = {}): RuleSet {
  return new RuleSet(loadPacks(opts.rules), opts.options);
}
