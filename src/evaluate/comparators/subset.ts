import semverGt from 'semver/functions/gt.js';
import type { ComparatorDefinition } from '../comparator.js';
import { failSeverity, releaseVersion, report, valuesAreHex } from '../report.js';

/** Elements of the source's set that the target lacks; a removal in a newer release also questions its version. */
export const subset: ComparatorDefinition = {
  explain: 'every element of the source\'s set (split on +, commas, blanks) is in the target\'s; an element a newer target lacks is a removal, which needs a major bump',
  params: { required: [], optional: [] },
  missing: { source: 'pass', target: 'break', both: 'pass' },
  reflexive: 'text',
  sourceDriven: false,
  // The release versions decide whether a missing element is a removal.
  extras: (_rule, ruleSet) => [ruleSet.versionAttributes, ruleSet.versionAttributes],
  memoisable: true,
  run(ctx, rule, attr) {
    const hex = valuesAreHex(rule, attr);
    const t = ctx.t.set(attr, hex);
    let missing: string[] | undefined;
    for (const e of ctx.s.set(attr, hex)) if (!t.has(e)) (missing ??= []).push(e);
    if (missing === undefined) return;
    const sv = releaseVersion(ctx, ctx.s);
    const tv = releaseVersion(ctx, ctx.t);
    const removed = sv !== null && tv !== null && semverGt(tv, sv);
    const lost = missing.join(', ');
    const values = `source ${ctx.s.get(attr) ?? '(none)'}, target ${ctx.t.get(attr) ?? '(none)'}`;
    report(ctx, rule, attr, failSeverity(rule), removed
      ? `${attr} lost ${lost}, removed in ${tv.version} (source ${sv.version}; a removal is a major break): ${values}`
      : `${attr} lacks ${lost} on the target: ${values}`, { missing });
    const inconsistent = removed && tv.major === sv.major ? ctx.ruleSet.ruleOf('removal-without-major', rule.pack) : null;
    if (inconsistent) {
      report(ctx, inconsistent, ctx.ruleSet.versionAttributes.find((a) => ctx.t.has(a)) ?? attr, 'break',
        `descriptor version inconsistent with its capabilities: ${attr} removes ${lost} but the version goes ${sv!.version} -> ${tv!.version} without a major bump`, { missing });
    }
  },
  // One trait per element; the source requires each of its elements.
  traits: {
    provides: (p, rule, attr) => (p.has(attr) ? [...p.set(attr, valuesAreHex(rule, attr))] : []),
    requires: (p, rule, attr) => (p.has(attr) ? [...p.set(attr, valuesAreHex(rule, attr))] : []),
  },
};
