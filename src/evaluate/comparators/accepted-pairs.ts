import { canonicalHex } from '../../normalize/values.js';
import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, report, sameValue } from '../report.js';

const canon = (x: string) => canonicalHex(x) ?? x;

/** Equal, or a [source, target] pair the rule lists (a V1 stream into a V2 target). */
export const acceptedPairs: ComparatorDefinition = {
  explain: 'the values are equal, or the pair [source, target] is one the rule accepts (hex compares as numbers)',
  params: { required: ['pairs'], optional: [] },
  missing: { source: 'break', target: 'break', both: 'pass' },
  reflexive: 'text',
  sourceDriven: false,
  memoisable: true,
  run(ctx, rule, attr) {
    if (sameValue(ctx, rule, attr)) return;
    const s = canon(ctx.s.get(attr)!);
    const t = canon(ctx.t.get(attr)!);
    if ((rule.spec.pairs ?? []).some(([a, b]) => canon(a) === s && canon(b) === t)) return;
    report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: the target does not read a source stream of ${ctx.s.get(attr)} (target ${ctx.t.get(attr)})`);
  },
  // The target provides its own value and every source value a listed pair accepts into it.
  traits: {
    provides(p, rule, attr) {
      const raw = p.get(attr);
      if (raw === undefined) return [];
      const own = canon(raw);
      return [own, ...(rule.spec.pairs ?? []).filter(([, b]) => canon(b) === own).map(([a]) => canon(a))];
    },
    requires: (p, _rule, attr) => { const raw = p.get(attr); return raw === undefined ? [] : [canon(raw)]; },
  },
};
