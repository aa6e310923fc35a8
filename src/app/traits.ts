import { readProfile } from '../read/read-profile.js';
import type { TraitsReport } from '../report/report.js';
import type { RuleSet } from '../rules/rule-set.js';
import { deriveTraits } from '../traits/derive.js';
import type { CheckOptions } from '../types.js';
import { ruleSetFor } from '../verdict/checker.js';

/** `devmig traits PROFILE...` as a library call: the scheduler traits each profile provides and requires. */
export function traitsReport(profiles: readonly string[], opts: CheckOptions = {}): TraitsReport {
  // One rule set for every profile, made after the first is read (a bad profile is still reported before bad packs).
  let ruleSet: RuleSet | undefined;
  return {
    kind: 'traits',
    profiles: profiles.map((path) => {
      const profile = readProfile(path);
      ruleSet ??= ruleSetFor(opts);
      return deriveTraits(profile, opts, ruleSet);
    }),
    options: opts,
  };
}
