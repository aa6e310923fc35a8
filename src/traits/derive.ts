import { COMPARATORS } from '../evaluate/comparators/index.js';
import { missingOutcome } from '../evaluate/plan.js';
import { normalize, type NormalizedProfile } from '../normalize/normalized-profile.js';
import { profileFromAttributes } from '../read/read-profile.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { CheckOptions, Profile } from '../types.js';
import { ruleSetFor } from '../verdict/checker.js';

/** One trait before it is named for a scheduler: an attribute (or attribute/key) and a value. */
export interface Trait {
  readonly attribute: string;
  readonly value: string;
}

/** What a profile offers as a target and demands as a source. */
export interface ProfileTraits {
  readonly path: string;
  readonly family: string | null;
  /** Traits a host with this profile advertises (target side). */
  readonly provides: readonly Trait[];
  /** Traits a target must advertise for a device with this profile to move there (source side). */
  readonly requires: readonly Trait[];
  /** Attributes a rule compares that no trait expresses: only `devmig check` decides them. */
  readonly unmapped: readonly string[];
}

/** Does a failure of this rule (or the target lacking the attribute) break, so a trait may require it? */
function breaksLive(rule: CompiledRule): boolean {
  if ((rule.spec.onFail ?? 'break') !== 'break') return false;
  if (rule.spec.match.keys || COMPARATORS[rule.spec.compare].sourceDriven) return true;
  return missingOutcome(rule, 'target') === 'break';
}

/** Keyed attributes (GVT-g / NVIDIA `description`): each key compared for equality. */
function keyTraits(p: NormalizedProfile, attr: string, keys: readonly string[]): Trait[] {
  const map = p.descriptionKeys();
  if (!map) return [];
  return keys.filter((k) => map.has(k)).map((k) => ({ attribute: `${attr}/${k}`, value: map.get(k)! }));
}

/** Attributes worth resolving on a profile: its own, plus those rules name (record-tags reads another). */
function candidates(ruleSet: RuleSet, p: NormalizedProfile): string[] {
  const named = ruleSet.packs.flatMap(({ pack }) => pack.rules.filter((r) => r.other !== undefined).flatMap((r) => r.match.attributes ?? []));
  return [...new Set([...p.names, ...named])];
}

const tokenKey = (t: Trait) => `${t.attribute}\0${t.value}`;

function addAll(into: Map<string, Trait>, attribute: string, values: readonly string[]): void {
  for (const value of values) into.set(tokenKey({ attribute, value }), { attribute, value });
}

function provided(ruleSet: RuleSet, pack: string | null, p: NormalizedProfile): Map<string, Trait> {
  const resolve = ruleSet.resolver(pack);
  const out = new Map<string, Trait>();
  for (const attr of candidates(ruleSet, p)) {
    const rule = resolve(attr);
    if (!rule || rule.spec.match.unclaimed) continue;
    if (rule.spec.match.keys) {
      if (rule.spec.compare === 'equal') for (const t of keyTraits(p, attr, rule.spec.match.keys)) out.set(tokenKey(t), t);
      continue;
    }
    const m = COMPARATORS[rule.spec.compare].traits;
    addAll(out, m.traitAttribute?.(rule, attr) ?? attr, m.provides(p, rule, attr));
  }
  return out;
}

interface Required {
  traits: Map<string, Trait>;
  /** Attributes whose exact value is required (a target passing holds the same value). */
  exact: Set<string>;
  unmapped: Set<string>;
}

function required(ruleSet: RuleSet, pack: string | null, p: NormalizedProfile, skip: ReadonlySet<string>): Required {
  const resolve = ruleSet.resolver(pack);
  const out: Required = { traits: new Map(), exact: new Set(), unmapped: new Set() };
  for (const attr of p.names) {
    if (skip.has(attr)) continue;
    const rule = resolve(attr);
    if (!rule || !breaksLive(rule) || COMPARATORS[rule.spec.compare].run === undefined) continue;
    const conditional = rule.spec.when !== undefined && 'bothEqual' in rule.spec.when;
    if (rule.spec.match.keys && rule.spec.compare === 'equal') {
      for (const t of keyTraits(p, attr, rule.spec.match.keys)) out.traits.set(tokenKey(t), t);
      continue;
    }
    const m = COMPARATORS[rule.spec.compare].traits;
    if (rule.spec.match.unclaimed || conditional || !m.requires || rule.spec.match.keys) {
      out.unmapped.add(attr);
      continue;
    }
    addAll(out.traits, m.traitAttribute?.(rule, attr) ?? attr, m.requires(p, rule, attr));
    if (m.exact) out.exact.add(attr);
  }
  return out;
}

/** Attributes a source need not match: dynamic resources the orchestrator sets, and in extended mode what its templates name. */
function skippedAttributes(ruleSet: RuleSet, p: NormalizedProfile, opts: CheckOptions): Set<string> {
  const skip = new Set<string>();
  for (const { pack } of ruleSet.packs) {
    for (const r of pack.rules) {
      if (r.compare !== 'dynamic-resources') continue;
      for (const a of r.match.attributes ?? []) if (p.get(a) !== undefined) for (const n of p.set(a, false)) skip.add(n);
    }
  }
  // Extended mode may accept another type the templates declare: the attributes they name are not pre-filtered.
  if (opts.mode === 'extended') for (const a of p.templateSet()?.templates.keys() ?? []) skip.add(a);
  return skip;
}

/**
 * Placement / NFD traits of one profile, derived from the rule data:
 * - the pair's pack is the source's family, else the target's; so a profile of unknown family
 *   provides what any pack would read from it, and requires only what every pack would;
 * - a family trait is required only when an exactly-required attribute alone selects a pack
 *   (then a passing target is of a known family, and so of the same one);
 * - soundness: when `devmig check` says live, the source's requires are among the target's provides.
 * `ruleSet` is the one `opts` makes, when the caller already holds it (several profiles).
 */
export function deriveTraits(profile: Profile, opts: CheckOptions = {}, ruleSet: RuleSet = ruleSetFor(opts)): ProfileTraits {
  const p = normalize(profile);
  const family = ruleSet.familyOf(p);
  const packs = family !== null ? [family] : [null, ...ruleSet.packs.map(({ pack }) => pack.id).filter((id) => id !== 'standard')];

  const provides = new Map<string, Trait>();
  for (const pack of packs) for (const [k, t] of provided(ruleSet, pack, p)) provides.set(k, t);

  const skip = skippedAttributes(ruleSet, p, opts);
  const each = packs.map((pack) => required(ruleSet, pack, p, skip));
  const requires = new Map([...each[0]!.traits].filter(([k]) => each.every((r) => r.traits.has(k))));
  const unmapped = new Set(each.flatMap((r) => [...r.unmapped]));

  if (family !== null) {
    const fam: Trait = { attribute: 'family', value: family };
    provides.set(tokenKey(fam), fam);
    const probe = profileFromAttributes(`${profile.path} (exact attributes)`, [...each[0]!.exact].map((a) => [a, p.get(a)!] as [string, string]));
    if (ruleSet.familyOf(normalize(probe)) !== null) requires.set(tokenKey(fam), fam);
  }
  const order = (m: Map<string, Trait>) => [...m.values()].sort((a, b) => (tokenKey(a) < tokenKey(b) ? -1 : tokenKey(a) > tokenKey(b) ? 1 : 0));
  return { path: profile.path, family, provides: order(provides), requires: order(requires), unmapped: [...unmapped].sort() };
}
