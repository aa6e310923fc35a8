import type { NormalizedProfile } from '../../normalize/normalized-profile.js';
import type { CompiledRule } from '../../rules/rule-set.js';
import type { ComparatorDefinition } from '../comparator.js';
import { bothValues, failSeverity, report, sameValue, valuesAreHex } from '../report.js';

/** The form two equal values share: canonical hex, a number, or the text itself (blank or not a number). */
function canonicalValue(p: NormalizedProfile, rule: CompiledRule, attr: string, raw: string): string {
  if (valuesAreHex(rule, attr)) return p.hex(attr) ?? raw;
  if (rule.spec.values === 'number') {
    const n = Number(raw);
    return Number.isNaN(n) || raw.trim() === '' ? raw : String(n);
  }
  return raw;
}

/** Values equal (hex ids and numbers as numbers where the rule says so); `exceptListedIn` accepts a source id the target lists. */
export const equal: ComparatorDefinition = {
  explain: 'the two values are equal (hex ids and numbers compare as numbers where the rule says so; with exceptListedIn, a source value the target lists there is accepted)',
  params: { required: [], optional: ['exceptListedIn'] },
  missing: { source: 'pass', target: 'break', both: 'pass' },
  reflexive: 'text',
  sourceDriven: false,
  extras: (rule) => [undefined, rule.spec.exceptListedIn === undefined ? undefined : [rule.spec.exceptListedIn]],
  memoisable: true,
  run(ctx, rule, attr) {
    if (sameValue(ctx, rule, attr)) return;
    const via = rule.spec.exceptListedIn;
    if (via !== undefined) {
      const s = valuesAreHex(rule, attr) ? ctx.s.hex(attr) : ctx.s.get(attr)!;
      if (s !== null && ctx.t.set(via, valuesAreHex(rule, attr)).has(s)) {
        report(ctx, rule, attr, 'info', `${attr} accepted via the target's ${via}: ${bothValues(ctx, attr)}`);
        return;
      }
    }
    const tail = via !== undefined ? ` and not listed in the target's ${via}` : '';
    report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: ${bothValues(ctx, attr)}${tail}`);
  },
  // Both sides name the value in its canonical form; with exceptListedIn a target also provides every id it lists there.
  traits: {
    exact: true,
    provides(p, rule, attr) {
      const raw = p.get(attr);
      if (raw === undefined) return [];
      const out = [canonicalValue(p, rule, attr, raw)];
      // A blank target equals a blank source as text, and a source 0 as a number.
      if (rule.spec.values === 'number' && raw.trim() === '') out.push('0');
      const via = rule.spec.exceptListedIn;
      if (via !== undefined) out.push(...p.set(via, valuesAreHex(rule, attr)));
      return out;
    },
    requires(p, rule, attr) {
      const raw = p.get(attr);
      return raw === undefined ? [] : [canonicalValue(p, rule, attr, raw)];
    },
  },
};
