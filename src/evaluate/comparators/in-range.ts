import semverGte from 'semver/functions/gte.js';
import semverLte from 'semver/functions/lte.js';
import { parseVersion } from '../../normalize/values.js';
import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, report } from '../report.js';

/** The source's `M.m` lies within the target's `other` range `M.m-M.m`, both ends inclusive. */
export const inRange: ComparatorDefinition = {
  explain: 'the source\'s version lies within the range M.m-M.m the target states in the attribute named by other (both ends inclusive)',
  params: { required: ['other'], optional: [] },
  missing: { source: 'break', target: 'pass', both: 'break' },
  reflexive: 'none',
  sourceDriven: true,
  extras: (rule) => [undefined, [rule.spec.other!]],
  memoisable: true,
  run(ctx, rule, attr) {
    const other = rule.spec.other!;
    const range = ctx.t.get(other);
    const v = ctx.s.version(attr);
    const [lo, hi, ...rest] = (range ?? '').split('-').map((x) => parseVersion(x));
    if (!v || !lo || !hi || rest.length > 0) {
      report(ctx, rule, attr, 'break', `${rule.spec.label}: cannot compare source ${attr} ${ctx.s.get(attr)} with target ${other} ${range ?? '(missing)'}`);
    } else if (!(semverGte(v, lo) && semverLte(v, hi))) {
      report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: source ${attr} ${ctx.s.get(attr)} is outside the target's ${other} ${range}`);
    }
  },
  // A version range has no finite trait ladder.
  traits: { provides: () => [], requires: null },
};
