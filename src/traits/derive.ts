import { MISSING_DEFAULTS } from '../evaluate/comparators.js';
import { normalize, type NormalizedProfile } from '../normalize/normalized-profile.js';
import { canonicalHex, isHexAttribute, splitSet } from '../normalize/values.js';
import { profileFromAttributes } from '../read/read-profile.js';
import type { Comparator } from '../rules/pack-types.js';
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

/** Version minors and mask bits beyond these are not laddered (a trait per step would explode). */
const MAX_MINOR = 100;
const MAX_BIT = 1024;

/**
 * How a comparison turns into traits (Yan Zhao's 2020 procedure): the target provides one trait
 * per value it accepts, the source requires the one its value needs. Each mapping must be safe:
 * whenever the comparison passes, every required trait is among the provided ones.
 * `requires` of null: the comparison is not expressed as traits (devmig check decides it).
 */
interface Mapping {
  provides(p: NormalizedProfile, rule: CompiledRule, attr: string): string[];
  requires: ((p: NormalizedProfile, rule: CompiledRule, attr: string) => string[]) | null;
  /** An equality of the whole value: a target holding it holds the source's exact value. */
  exact?: boolean;
}

const valuesAreHex = (rule: CompiledRule, attr: string) => {
  const kind = rule.spec.values ?? 'auto';
  return kind === 'hex' || (kind === 'auto' && isHexAttribute(attr));
};

const has = (p: NormalizedProfile, attr: string) => p.get(attr) !== undefined;

/**
 * equal: values compare as text, or as hex / numbers where the rule says so; both sides name
 * the value in its canonical form. With `exceptListedIn`, a target also provides every id it
 * lists there.
 */
const equal: Mapping = {
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
};

/** The form two equal values share: canonical hex, a number, or the text itself (blank or not a number). */
function canonicalValue(p: NormalizedProfile, rule: CompiledRule, attr: string, raw: string): string {
  if (valuesAreHex(rule, attr)) return p.hex(attr) ?? raw;
  if (rule.spec.values === 'number') {
    const n = Number(raw);
    return Number.isNaN(n) || raw.trim() === '' ? raw : String(n);
  }
  return raw;
}

/** version: same major, target minor >= source minor. The target provides M.0 .. M.minor. */
const version: Mapping = {
  provides(p, _rule, attr) {
    const v = has(p, attr) ? p.version(attr) : null;
    if (!v) return [];
    const out = [`${v.major}`];
    for (let m = 0; m <= Math.min(v.minor, MAX_MINOR); m++) out.push(`${v.major}.${m}`);
    return out;
  },
  requires(p, _rule, attr) {
    const v = has(p, attr) ? p.version(attr) : null;
    if (!v) return [];
    return [v.minor <= MAX_MINOR ? `${v.major}.${v.minor}` : `${v.major}`];
  },
};

/** subset: one trait per element; the source requires each of its elements. */
const subset: Mapping = {
  provides: (p, rule, attr) => (has(p, attr) ? [...p.set(attr, valuesAreHex(rule, attr))] : []),
  requires: (p, rule, attr) => (has(p, attr) ? [...p.set(attr, valuesAreHex(rule, attr))] : []),
};

function bits(p: NormalizedProfile, attr: string): string[] {
  const hex = has(p, attr) ? p.hex(attr) : null;
  if (hex === null) return [];
  const out: string[] = [];
  let x = BigInt(`0x${hex}`);
  for (let i = 0; x > 0n && i < MAX_BIT; i++, x >>= 1n) if (x & 1n) out.push(`bit${i}`);
  return out;
}

/** bits-superset: one trait per set bit. */
const bitsSuperset: Mapping = { provides: (p, _r, attr) => bits(p, attr), requires: (p, _r, attr) => bits(p, attr) };

/** required-value: both sides must hold the rule's value; a trait when they do. */
const holdsRequired = (p: NormalizedProfile, rule: CompiledRule, attr: string): string[] => {
  const v = rule.spec.value;
  return v !== undefined && p.get(attr) === v ? [v] : [];
};
const requiredValue: Mapping = { provides: holdsRequired, requires: holdsRequired };

/** record-tags: the target provides each tag it knows (its `other` list), the source requires its mandatory tags. */
const recordTags: Mapping = {
  provides: (p, rule) => (has(p, rule.spec.other!) ? [...p.set(rule.spec.other!, false)] : []),
  requires(p, _rule, attr) {
    if (!has(p, attr)) return [];
    return splitSet(p.get(attr)!).map((item) => item.split(':')).filter(([, kind]) => kind !== 'optional').map(([tag]) => tag!);
  },
};

const canonicalPair = (x: string) => canonicalHex(x) ?? x;

/** accepted-pairs: the target provides its own value and every source value a listed pair accepts into it. */
const acceptedPairs: Mapping = {
  provides(p, rule, attr) {
    const raw = p.get(attr);
    if (raw === undefined) return [];
    const own = canonicalPair(raw);
    return [own, ...(rule.spec.pairs ?? []).filter(([, b]) => canonicalPair(b) === own).map(([a]) => canonicalPair(a))];
  },
  requires: (p, _rule, attr) => { const raw = p.get(attr); return raw === undefined ? [] : [canonicalPair(raw)]; },
};

/** major-equal: one trait per major. */
const majorEqual: Mapping = {
  provides: (p, _r, attr) => { const v = has(p, attr) ? p.version(attr) : null; return v ? [`${v.major}`] : []; },
  requires: (p, _r, attr) => { const v = has(p, attr) ? p.version(attr) : null; return v ? [`${v.major}`] : []; },
};

const none: Mapping = { provides: () => [], requires: null };

/** Every comparison the engine knows; a new one fails to compile until it is mapped (or declared unmapped). */
const MAPPINGS = {
  equal, version, subset, 'bits-superset': bitsSuperset, 'required-value': requiredValue, 'record-tags': recordTags,
  'accepted-pairs': acceptedPairs, 'major-equal': majorEqual,
  // Numeric floors and version ranges have no finite trait ladder; dynamic resources are set by the orchestrator.
  'at-least': none, 'in-range': none, 'dynamic-resources': none,
  // Never break live: nothing to pre-filter.
  'target-not-zero': none, informational: none, derived: none,
} as const satisfies Record<Comparator, Mapping>;

/** Comparisons that read the target's side from another attribute, so a missing target attribute is not "missing". */
const SOURCE_DRIVEN: ReadonlySet<Comparator> = new Set(['record-tags', 'dynamic-resources', 'in-range']);

/** Does a failure of this rule (or the target lacking the attribute) break, so a trait may require it? */
function breaksLive(rule: CompiledRule): boolean {
  if ((rule.spec.onFail ?? 'break') !== 'break') return false;
  if (rule.spec.match.keys || SOURCE_DRIVEN.has(rule.spec.compare)) return true;
  return (rule.spec.missing?.target ?? MISSING_DEFAULTS[rule.spec.compare].target) === 'break';
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
    const m = MAPPINGS[rule.spec.compare];
    addAll(out, rule.spec.compare === 'record-tags' ? rule.spec.other! : attr, m.provides(p, rule, attr));
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
    if (!rule || !breaksLive(rule) || ['informational', 'derived'].includes(rule.spec.compare)) continue;
    const conditional = rule.spec.when !== undefined && 'bothEqual' in rule.spec.when;
    if (rule.spec.match.keys && rule.spec.compare === 'equal') {
      for (const t of keyTraits(p, attr, rule.spec.match.keys)) out.traits.set(tokenKey(t), t);
      continue;
    }
    const m: Mapping = MAPPINGS[rule.spec.compare];
    if (rule.spec.match.unclaimed || conditional || !m.requires || rule.spec.match.keys) {
      out.unmapped.add(attr);
      continue;
    }
    addAll(out.traits, rule.spec.compare === 'record-tags' ? rule.spec.other! : attr, m.requires(p, rule, attr));
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
 */
export function deriveTraits(profile: Profile, opts: CheckOptions = {}): ProfileTraits {
  const ruleSet = ruleSetFor(opts);
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
