import { splitSet } from '../../normalize/values.js';
import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, report } from '../report.js';

/** Record tags `TAG:mandatory|optional` of the source against the tags the target's `other` attribute lists. */
export const recordTags: ComparatorDefinition = {
  explain: 'every mandatory record tag (TAG:mandatory) of the source\'s stream is among the tags the target lists in the attribute named by other; an unknown optional tag is a note',
  params: { required: ['other'], optional: [] },
  missing: { source: 'pass', target: 'pass', both: 'pass' },
  reflexive: 'none',
  sourceDriven: true,
  extras: (rule) => [undefined, [rule.spec.other!]],
  memoisable: true,
  run(ctx, rule, attr) {
    const known = ctx.t.set(rule.spec.other!, false);
    const unknownMandatory: string[] = [];
    for (const item of splitSet(ctx.s.get(attr)!)) {
      const [tag, kind = 'mandatory'] = item.split(':');
      if (known.has(tag!)) continue;
      if (kind === 'optional') report(ctx, rule, attr, 'info', `optional record ${tag} is unknown to the target and will be skipped`, { key: tag! });
      else unknownMandatory.push(tag!);
    }
    if (unknownMandatory.length > 0) {
      report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: mandatory record ${unknownMandatory.join(', ')} unknown to the target (${rule.spec.other}: ${ctx.t.get(rule.spec.other!) ?? '(none)'})`, { missing: unknownMandatory });
    }
  },
  // The target provides each tag it knows (its `other` list), the source requires its mandatory tags.
  traits: {
    traitAttribute: (rule) => rule.spec.other!,
    provides: (p, rule) => (p.has(rule.spec.other!) ? [...p.set(rule.spec.other!, false)] : []),
    requires(p, _rule, attr) {
      if (!p.has(attr)) return [];
      return splitSet(p.get(attr)!).map((item) => item.split(':')).filter(([, kind]) => kind !== 'optional').map(([tag]) => tag!);
    },
  },
};
