import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import { COMPARATORS } from './comparators/index.js';
import type { SideFinding } from './comparator.js';
import { knownNames, misspellings } from './misspelt.js';
import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import { Interner } from './interner.js';
import { PlanCache } from './plan.js';

/** What a profile says under one pack, whatever it is compared with. */
export interface PackView {
  /** Attributes that look like misspelt known ones, with the name meant. */
  readonly misspellings: readonly (readonly [string, string])[];
  /**
   * What the pack's per-side rules (migration capability) say of this profile as the source /
   * as the target, aligned with those rules (null: nothing); undefined when none says anything.
   */
  readonly asSource: readonly (SideFinding | null)[] | undefined;
  readonly asTarget: readonly (SideFinding | null)[] | undefined;
}

/** What one checker knows of one profile: computed once, looked up once per pair. */
export interface ProfileView {
  /** Ids of the profile's values, aligned with its `names`: comparisons are memoised on them. */
  readonly ids: readonly number[];
  /** Id of the profile's list of attribute names: profiles sharing it share one rule plan. */
  readonly signature: number;
  readonly family: string | null;
  /** The reader skipped entries of it (they become findings). */
  readonly hasSkipped: boolean;
  readonly packs: Map<string | null, PackView>;
  /** Ids of the profile's values of other attributes a comparison reads, by list of names (see tupleId). */
  readonly tuples: Map<readonly string[], number>;
}

/**
 * What one checker keeps between pairs: its rule set, its interning tables, its view of each
 * profile and its plans (with their memoised findings). Every cache that grows lives here,
 * none in a module, so dropping the checker drops them.
 */
export class Engine {
  readonly ruleSet: RuleSet;
  readonly interner = new Interner();
  /** Plans by pack and the two name lists, with their memoised findings. */
  readonly plans = new PlanCache();

  private readonly sideRulesByPack = new Map<string | null, readonly CompiledRule[]>();
  private known: ReadonlyMap<string, string> | undefined;
  private readonly views = new WeakMap<NormalizedProfile, ProfileView>();

  constructor(ruleSet: RuleSet) {
    this.ruleSet = ruleSet;
  }

  view(p: NormalizedProfile): ProfileView {
    let v = this.views.get(p);
    if (v === undefined) {
      v = { ids: this.interner.valueIdsOf(p), signature: this.interner.signatureOf(p), family: this.ruleSet.familyOf(p), hasSkipped: p.profile.skipped.length > 0, packs: new Map(), tuples: new Map() };
      this.views.set(p, v);
    }
    return v;
  }

  /**
   * One id for a profile's values of several attributes (absent ones included), per list of
   * names (one array per list, from the plans): the memo key of a comparison reading them.
   */
  tupleId(p: NormalizedProfile, view: ProfileView, names: readonly string[]): number {
    let id = view.tuples.get(names);
    if (id === undefined) {
      id = this.interner.tupleIdOf(names.map((n) => p.get(n)));
      view.tuples.set(names, id);
    }
    return id;
  }

  /** What a profile says under a pack (the pair's: its own family, or the other side's). */
  packView(p: NormalizedProfile, view: ProfileView, packId: string | null): PackView {
    let pv = view.packs.get(packId);
    if (pv === undefined) {
      this.known ??= knownNames(this.ruleSet);
      const sideFindings = (side: 'source' | 'target') => {
        const said = this.sideRules(packId).map((rule) => COMPARATORS[rule.spec.compare].perSide!(p, side, rule, this.ruleSet));
        return said.some((f) => f !== null) ? said : undefined;
      };
      pv = { misspellings: misspellings(p, this.ruleSet, this.known, packId), asSource: sideFindings('source'), asTarget: sideFindings('target') };
      view.packs.set(packId, pv);
    }
    return pv;
  }

  /** The active rules that judge each side of a pair alone under a pack (its own, then the standard ones). */
  private sideRules(packId: string | null): readonly CompiledRule[] {
    let rules = this.sideRulesByPack.get(packId);
    if (rules === undefined) {
      rules = [...(packId ? this.ruleSet.rules(packId) : []), ...this.ruleSet.rules('standard')]
        .filter((r) => COMPARATORS[r.spec.compare].perSide !== undefined && this.ruleSet.isActive(r));
      this.sideRulesByPack.set(packId, rules);
    }
    return rules;
  }
}
