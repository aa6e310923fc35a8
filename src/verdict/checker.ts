import { loadPacks } from '../rules/load-packs.js';
import { RuleSet } from '../rules/rule-set.js';
import type { CheckOptions } from '../types.js';

const ruleSets = new Map<string, RuleSet>();

/** The rule set for these options, built once per distinct (packs, options) and reused. */
export function ruleSetFor(opts: CheckOptions = {}): RuleSet {
  const key = JSON.stringify([opts.rules ?? [], Object.entries(opts.options ?? {}).sort()]);
  let rs = ruleSets.get(key);
  if (!rs) {
    rs = new RuleSet(loadPacks(opts.rules), opts.options);
    ruleSets.set(key, rs);
  }
  return rs;
}
