import { skippedAttributes } from '../read/skipped-attributes.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { Ctx } from './comparator.js';
import { COMPARATORS } from './comparators/index.js';
import { report } from './report.js';

const referencedMemo = new WeakMap<RuleSet, ReadonlySet<string>>();

/** Attributes some rule reads besides its own (a range, a list of known tags, a condition). */
function referenced(ruleSet: RuleSet): ReadonlySet<string> {
  let names = referencedMemo.get(ruleSet);
  if (names === undefined) {
    const specs = ruleSet.packs.flatMap(({ pack }) => ruleSet.rules(pack.id)).map((r) => r.spec);
    names = new Set(specs.flatMap((s) => [s.other, s.exceptListedIn, s.when && 'bothEqual' in s.when ? s.when.bothEqual.attribute : undefined])
      .filter((n): n is string => n !== undefined));
    referencedMemo.set(ruleSet, names);
  }
  return names;
}

/**
 * Does a rule need this attribute of this side? Every compared attribute of the source does
 * (its state is what moves); on the target, one the source has, one a named rule compares or
 * one another rule reads. Informational attributes (`create`, `remove`: write-only in real
 * sysfs) and those a pack claims but switched off are never needed.
 */
function needs(ctx: Ctx, deciding: CompiledRule | null, attribute: string, side: 'source' | 'target'): deciding is CompiledRule {
  if (deciding === null || COMPARATORS[deciding.spec.compare].run === undefined) return false;
  return side === 'source' || ctx.s.has(attribute) || !deciding.spec.match.unclaimed || referenced(ctx.ruleSet).has(attribute);
}

/**
 * Every entry the reader skipped on either side becomes a finding, so none is silently lost:
 * one a rule needs is unknown, a break blocking what its rule blocks (an unreadable identity
 * blocks cold too): never compatible; any other is a note.
 */
export function reportUnreadable(ctx: Ctx, packId: string | null): void {
  const resolve = ctx.ruleSet.resolver(packId);
  for (const side of ['source', 'target'] as const) {
    const skipped = skippedAttributes((side === 'source' ? ctx.s : ctx.t).profile);
    if (skipped.length === 0) continue;
    const rule = ctx.ruleSet.ruleOf('attribute-unreadable', packId);
    // No pack reports unreadable entries: nothing is said, but a needed entry is still unknown.
    if (rule === null) throw new Error(`internal: no rule reports unreadable entries (compare: attribute-unreadable)`);
    for (const { attribute, reason } of skipped) {
      const deciding = resolve(attribute);
      if (needs(ctx, deciding, attribute, side)) {
        report(ctx, rule, attribute, 'break',
          `${attribute} could not be read on the ${side} (${reason}): its value is unknown, so ${deciding.id} cannot pass it`,
          { blocks: deciding.spec.blocks });
      } else {
        report(ctx, rule, attribute, 'info', `${attribute} was skipped on the ${side} (${reason}); no rule reads it`);
      }
    }
  }
}

/** Is this finding about an unreadable entry rather than a difference between the profiles? */
export const isUnreadableFinding = (f: { rule: string }, ruleSet: RuleSet): boolean => ruleSet.find(f.rule)?.spec.compare === 'attribute-unreadable';
