import type { NormalizedProfile } from '../../normalize/normalized-profile.js';
import type { ComparatorDefinition } from '../comparator.js';
import { bothValues, failSeverity, report } from '../report.js';

const major = (p: NormalizedProfile, _rule: unknown, attr: string): string[] => {
  const v = p.has(attr) ? p.version(attr) : null;
  return v ? [`${v.major}`] : [];
};

/** Versions with the same major (a stream format's major). */
export const majorEqual: ComparatorDefinition = {
  explain: 'the two versions have the same major',
  params: { required: [], optional: [] },
  missing: { source: 'break', target: 'break', both: 'pass' },
  reflexive: 'version',
  sourceDriven: false,
  memoisable: true,
  run(ctx, rule, attr) {
    const sv = ctx.s.version(attr);
    const tv = ctx.t.version(attr);
    if (!sv || !tv || sv.major !== tv.major) {
      report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: ${bothValues(ctx, attr)}`);
    }
  },
  // One trait per major.
  traits: { provides: major, requires: major },
};
