import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, report } from '../report.js';

/** Numbers: the target's is at least the source's; values listed in `unknown` mean "cannot tell" (a warning). */
export const atLeast: ComparatorDefinition = {
  explain: 'the target\'s number is at least the source\'s (a value listed as unknown is a warning)',
  params: { required: [], optional: ['unknown'] },
  missing: { source: 'pass', target: 'break', both: 'pass' },
  reflexive: 'none',
  sourceDriven: false,
  memoisable: true,
  run(ctx, rule, attr) {
    const s = ctx.s.get(attr)!.trim();
    const t = ctx.t.get(attr)!.trim();
    const unknown = rule.spec.unknown ?? [];
    if (unknown.includes(s) || unknown.includes(t)) {
      report(ctx, rule, attr, 'warn', `${attr}: cannot determine (value ${unknown.includes(s) ? s : t} means unknown): source ${s}, target ${t}`);
      return;
    }
    const ns = Number(s);
    const nt = Number(t);
    if (s === '' || t === '' || !Number.isFinite(ns) || !Number.isFinite(nt)) {
      report(ctx, rule, attr, 'break', `${attr} is not a number: source ${s}, target ${t}`);
    } else if (nt < ns) {
      report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: target ${t} is below source ${s}`);
    }
  },
  // A numeric floor has no finite trait ladder.
  traits: { provides: () => [], requires: null },
};
