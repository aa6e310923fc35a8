import type { NormalizedProfile } from '../../normalize/normalized-profile.js';
import type { CompiledRule } from '../../rules/rule-set.js';
import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, report } from '../report.js';

const holdsRequired = (p: NormalizedProfile, rule: CompiledRule, attr: string): string[] => {
  const v = rule.spec.value;
  return v !== undefined && p.get(attr) === v ? [v] : [];
};

/** Both sides hold the rule's `value` (a capability stated as `supported`). */
export const requiredValue: ComparatorDefinition = {
  explain: 'both sides hold the value the rule names',
  params: { required: ['value'], optional: [] },
  missing: { source: 'break', target: 'break', both: 'break' },
  reflexive: 'none',
  sourceDriven: false,
  memoisable: true,
  run(ctx, rule, attr) {
    const want = rule.spec.value!;
    for (const [side, p] of [['source', ctx.s], ['target', ctx.t]] as const) {
      const v = p.get(attr)!;
      if (v !== want) report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: ${attr} is '${v}' on the ${side}, must be '${want}'`);
    }
  },
  // A trait when a side holds the value.
  traits: { provides: holdsRequired, requires: holdsRequired },
};
