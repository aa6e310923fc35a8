import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, report } from '../report.js';

/** The source does not hold the rule's value (a device that tracks no dirty pages). */
export const sourceNotValue: ComparatorDefinition = {
  explain: 'the source does not hold the value the rule names',
  params: { required: ['value'], optional: [] },
  missing: { source: 'pass', target: 'pass', both: 'pass' },
  reflexive: 'none',
  sourceDriven: true,
  memoisable: true,
  run(ctx, rule, attr) {
    if (ctx.s.get(attr)!.trim() === rule.spec.value) report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: the source's ${attr} is ${rule.spec.value}`);
  },
  // Only the source is read: nothing a target could provide.
  traits: { provides: () => [], requires: null },
};
