import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, report } from '../report.js';

/** The target's count is not 0 (no instance left). */
export const targetNotZero: ComparatorDefinition = {
  explain: 'the target\'s value is not 0',
  params: { required: [], optional: [] },
  missing: { source: 'pass', target: 'pass', both: 'pass' },
  reflexive: 'none',
  sourceDriven: false,
  memoisable: true,
  run(ctx, rule, attr) {
    if (ctx.t.get(attr)!.trim() === '0') report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label} (${attr} is 0)`);
  },
  // Never breaks live: nothing to pre-filter.
  traits: { provides: () => [], requires: null },
};
