import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, report } from '../report.js';

/** Attributes the source lists as dynamic must exist on both; each becomes an action "set A=S's value". */
export const dynamicResources: ComparatorDefinition = {
  explain: 'every attribute the source lists exists on both sides; the orchestrator sets each on the target to the source\'s value (an action)',
  params: { required: [], optional: [] },
  missing: { source: 'pass', target: 'pass', both: 'pass' },
  reflexive: 'none',
  sourceDriven: true,
  // It produces actions besides findings: never memoised.
  memoisable: false,
  run(ctx, rule, attr) {
    for (const name of ctx.s.set(attr, false)) {
      if (!ctx.s.has(name)) {
        report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: ${name} (listed in ${attr}) does not exist on the source, so there is no value to set on the target`, { missing: [name] });
        continue;
      }
      if (!ctx.t.has(name)) {
        report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: ${name} (listed in ${attr}) does not exist on the target`, { missing: [name] });
        continue;
      }
      const action = ctx.s.setAction(name);
      if (action) ctx.actions.push(action);
    }
  },
  // Set by the orchestrator: nothing to pre-filter.
  traits: { provides: () => [], requires: null },
};
