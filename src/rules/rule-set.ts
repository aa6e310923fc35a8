import { InputError } from '../errors.js';
import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import { compileGlob } from './glob.js';
import type { LoadedPack } from './load-packs.js';
import { EMITTED_COMPARATORS, type CapabilityRow, type Comparator, type RulePack, type RuleSpec, type SelectClause } from './pack-types.js';

/** Does a rule of this comparison claim its attributes (informational ones do, so they are never opaque)? */
const claimsAttributes = (c: Comparator): boolean => !EMITTED_COMPARATORS.has(c);

/** A rule ready to run: its spec, its full id and a precompiled attribute matcher. */
export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly pack: string;
  /** `<pack>/<rule>`, the id every finding carries. */
  readonly id: string;
  readonly claims: (attribute: string) => boolean;
  /** Whether this rule compares an attribute's values as hex ids, by attribute (see valuesAreHex). */
  readonly hexByAttribute: Map<string, boolean>;
}

function compileRule(pack: string, spec: RuleSpec): CompiledRule {
  const names = new Set(spec.match.attributes ?? []);
  const globs = (spec.match.patterns ?? []).map((p) => compileGlob(p));
  // Emitted comparisons claim nothing; the catch-all claims what no other rule does (resolver).
  const claims = !claimsAttributes(spec.compare) || spec.match.unclaimed
    ? () => false
    : (a: string) => names.has(a) || globs.some((g) => g(a));
  return { spec, pack, id: `${pack}/${spec.id}`, claims, hexByAttribute: new Map() };
}

/** Does a select clause (of a pack or a capability row) match the profile? */
export function selects(clause: SelectClause, p: NormalizedProfile): boolean {
  const v = p.get(clause.attribute);
  if (v === undefined) return false;
  if (clause.exists) return true;
  if (clause.prefix !== undefined) return v.startsWith(clause.prefix);
  return v === clause.equals;
}

/** Looks up which rule decides an attribute, for one pack (or the standard rules alone). */
export type Resolver = (attribute: string) => CompiledRule | null;

/**
 * The loaded packs with the user's options applied. Built once per run; attribute-to-rule
 * resolution and family selection are memoised here, never redone per pair.
 */
export class RuleSet {
  readonly packs: readonly LoadedPack[];
  readonly options: Readonly<Record<string, string>>;
  private readonly compiled = new Map<string, CompiledRule[]>();
  private readonly byId = new Map<string, CompiledRule>();
  private readonly resolvers = new Map<string | null, Resolver>();
  private readonly families = new WeakMap<NormalizedProfile, string | null>();
  /** Attributes holding the release version (rules with role 'version'), in rule order. */
  readonly versionAttributes: readonly string[];
  readonly typeAttributes: ReadonlySet<string>;
  /** Attributes that list dynamic resources (rules comparing 'dynamic-resources'). */
  readonly dynamicAttributes: readonly string[];
  /** Capability rows of every loaded pack, vendor packs before the standard one (the first row selecting a profile decides). */
  readonly capabilityRows: readonly CapabilityRow[];

  constructor(packs: readonly LoadedPack[], options: Readonly<Record<string, string>> = {}) {
    this.packs = packs;
    this.options = resolveOptions(packs.map((p) => p.pack), options);
    for (const { pack } of packs) this.compiled.set(pack.id, pack.rules.map((r) => compileRule(pack.id, r)));
    const all = [...this.compiled.values()].flat();
    for (const r of all) this.byId.set(r.id, r);
    this.versionAttributes = [...new Set(all.filter((r) => r.spec.role === 'version').flatMap((r) => r.spec.match.attributes ?? []))];
    this.typeAttributes = new Set(all.filter((r) => r.spec.role === 'type').flatMap((r) => r.spec.match.attributes ?? []));
    this.dynamicAttributes = [...new Set(all.filter((r) => r.spec.compare === 'dynamic-resources').flatMap((r) => r.spec.match.attributes ?? []))];
    const standardLast = [...packs.filter(({ pack }) => pack.id !== 'standard'), ...packs.filter(({ pack }) => pack.id === 'standard')];
    this.capabilityRows = standardLast.flatMap(({ pack }) => pack.capabilities ?? []);
  }

  /** A rule by its full id (`<pack>/<rule>`), for a finding the engine made. */
  rule(id: string): CompiledRule {
    const r = this.byId.get(id);
    if (!r) throw new Error(`internal: no rule ${id}`);
    return r;
  }

  /** Every active rule of a comparison kind, in pack order (the suppression loader's, whichever pack has them). */
  rulesOf(kind: Comparator): CompiledRule[] {
    return this.packs.flatMap(({ pack }) => this.rules(pack.id)).filter((r) => r.spec.compare === kind && this.isActive(r));
  }

  /** A rule by its full id, or undefined for an id no loaded pack defines. */
  find(id: string): CompiledRule | undefined {
    return this.byId.get(id);
  }

  private readonly byKind = new Map<Comparator, Map<string | null, CompiledRule | null>>();

  /**
   * The active rule of a comparison kind under `packId`, the pack's own first, then the standard
   * pack's: the rule an emitted comparison (`family-differs`, ...) reports through, so the engine
   * names no rule id itself. Null when no pack data has one.
   */
  ruleOf(kind: Comparator, packId: string | null): CompiledRule | null {
    let byPack = this.byKind.get(kind);
    if (byPack === undefined) this.byKind.set(kind, (byPack = new Map()));
    let r = byPack.get(packId);
    if (r === undefined) {
      r = [...(packId ? this.rules(packId) : []), ...this.rules('standard')].find((c) => c.spec.compare === kind && this.isActive(c)) ?? null;
      byPack.set(packId, r);
    }
    return r;
  }

  /** The attributes a pack versions its family's stream by, when it declares them. */
  versionedBy(packId: string): readonly string[] | undefined {
    return this.packs.find(({ pack }) => pack.id === packId)?.pack.versionedBy;
  }

  rules(packId: string): readonly CompiledRule[] {
    return this.compiled.get(packId) ?? [];
  }

  /** The family (vendor pack id) of a profile, or null when no pack selects it. */
  familyOf(p: NormalizedProfile): string | null {
    let f = this.families.get(p);
    if (f === undefined) {
      f = this.packs.find(({ pack }) => pack.select.some((c) => selects(c, p)))?.pack.id ?? null;
      this.families.set(p, f);
    }
    return f;
  }

  isActive(rule: CompiledRule): boolean {
    const w = rule.spec.when;
    return !w || !('option' in w) || this.options[w.option] === w.equals;
  }

  /**
   * Which rule decides an attribute under a pack: the pack's rules claim first, then the
   * standard rules, then the opaque catch-all. A pack rule switched off by an option still
   * claims its attribute (the pack owns it), so it is then not compared at all.
   */
  resolver(packId: string | null): Resolver {
    let r = this.resolvers.get(packId);
    if (!r) {
      const order = [...(packId ? this.rules(packId) : []), ...this.rules('standard')];
      const fallback = this.rules('standard').find((c) => c.spec.match.unclaimed) ?? null;
      const memo = new Map<string, CompiledRule | null>();
      r = (attribute) => {
        let hit = memo.get(attribute);
        if (hit === undefined) {
          const claimants = order.filter((c) => c.claims(attribute));
          hit = claimants.length === 0 ? fallback : claimants.find((c) => this.isActive(c)) ?? null;
          memo.set(attribute, hit);
        }
        return hit;
      };
      this.resolvers.set(packId, r);
    }
    return r;
  }
}

/** Defaults filled in; an unknown option or value is an input error naming the option. */
function resolveOptions(packs: readonly RulePack[], given: Readonly<Record<string, string>>): Record<string, string> {
  const declared = new Map(packs.flatMap((p) => Object.entries(p.options ?? {})));
  const out: Record<string, string> = Object.create(null);
  for (const [name, opt] of declared) out[name] = opt.default;
  for (const [name, value] of Object.entries(given)) {
    const opt = declared.get(name);
    if (!opt) throw new InputError(`--${name}`, `no rule pack declares this option (known: ${[...declared.keys()].join(', ') || 'none'})`);
    if (!opt.values.includes(value)) throw new InputError(`--${name}`, `'${value}' is not one of ${opt.values.join(', ')}`);
    out[name] = value;
  }
  return out;
}
