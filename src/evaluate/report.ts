import type { SemVer } from 'semver';
import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import { isHexAttribute } from '../normalize/values.js';
import type { CompiledRule } from '../rules/rule-set.js';
import type { Finding, Severity } from '../types.js';
import type { Ctx } from './comparator.js';

/** Record a finding of `rule` on `attr`; a break carries the tier it leaves. */
export function report(ctx: Ctx, rule: CompiledRule, attr: string, severity: Severity, message: string, extra?: Partial<Finding>): void {
  const f: Finding = { rule: rule.id, attribute: attr, severity, message };
  if (severity === 'break') f.blocks = rule.spec.blocks;
  const s = ctx.s.get(attr);
  const t = ctx.t.get(attr);
  if (s !== undefined) f.source = s;
  if (t !== undefined) f.target = t;
  ctx.findings.push(extra === undefined ? f : Object.assign(f, extra));
}

/** `source S, target T`: both texts of `attr`, for a finding's message (built only when there is one). */
export const bothValues = (ctx: Ctx, attr: string): string => `source ${ctx.s.get(attr)}, target ${ctx.t.get(attr)}`;

export const failSeverity = (rule: CompiledRule): Severity => rule.spec.onFail ?? 'break';

/** Do this rule's values compare as hex numbers (by its `values`, or by the attribute's name)? */
export function valuesAreHex(rule: CompiledRule, attr: string): boolean {
  let hex = rule.hexByAttribute.get(attr);
  if (hex === undefined) {
    const kind = rule.spec.values ?? 'auto';
    hex = kind === 'hex' || (kind === 'auto' && isHexAttribute(attr));
    rule.hexByAttribute.set(attr, hex);
  }
  return hex;
}

/** A value written as hex (`0x` and hex digits, either case): it compares as a number wherever it appears. */
const PREFIXED_HEX = /^\s*0x[0-9a-f]+\s*$/i;

/** Equal after normalisation: hex ids as numbers where the rule says so or both are written `0x...` (unless the rule says text), else the exact text. */
export function sameValue(ctx: Ctx, rule: CompiledRule, attr: string): boolean {
  const s = ctx.s.get(attr)!;
  const t = ctx.t.get(attr)!;
  if (s === t) return true;
  if (valuesAreHex(rule, attr) || (rule.spec.values !== 'text' && PREFIXED_HEX.test(s) && PREFIXED_HEX.test(t))) {
    const hs = ctx.s.hex(attr);
    return hs !== null && hs === ctx.t.hex(attr);
  }
  if (rule.spec.values === 'number') return Number(s) === Number(t) && s.trim() !== '';
  return false;
}

/** The release version of a profile, from the first version attribute it has. */
export function releaseVersion(ctx: Ctx, p: NormalizedProfile): SemVer | null {
  return p.releaseVersion(ctx.ruleSet.versionAttributes);
}
