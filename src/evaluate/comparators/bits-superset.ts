import type { NormalizedProfile } from '../../normalize/normalized-profile.js';
import type { ComparatorDefinition } from '../comparator.js';
import { bothValues, failSeverity, report } from '../report.js';

/** Mask bits beyond this are not laddered into traits. */
const MAX_BIT = 1024;

function bits(p: NormalizedProfile, attr: string): string[] {
  const hex = p.has(attr) ? p.hex(attr) : null;
  if (hex === null) return [];
  const out: string[] = [];
  let x = BigInt(`0x${hex}`);
  for (let i = 0; x > 0n && i < MAX_BIT; i++, x >>= 1n) if (x & 1n) out.push(`bit${i}`);
  return out;
}

/** Hex masks: the target has every bit the source has. */
export const bitsSuperset: ComparatorDefinition = {
  explain: 'the target\'s hex mask has every bit set that the source\'s has',
  params: { required: [], optional: [] },
  missing: { source: 'pass', target: 'break', both: 'pass' },
  reflexive: 'none',
  sourceDriven: false,
  memoisable: true,
  run(ctx, rule, attr) {
    const hs = ctx.s.hex(attr);
    const ht = ctx.t.hex(attr);
    if (hs === null || ht === null) {
      report(ctx, rule, attr, 'break', `${attr} is not a hex mask: ${bothValues(ctx, attr)}`);
      return;
    }
    const lacking = BigInt(`0x${hs}`) & ~BigInt(`0x${ht}`);
    if (lacking !== 0n) {
      report(ctx, rule, attr, failSeverity(rule), `${rule.spec.label}: target lacks bits 0x${lacking.toString(16)}: ${bothValues(ctx, attr)}`, { missing: [`0x${lacking.toString(16)}`] });
    }
  },
  // One trait per set bit.
  traits: { provides: (p, _r, attr) => bits(p, attr), requires: (p, _r, attr) => bits(p, attr) },
};
