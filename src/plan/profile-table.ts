import { profileKey } from '../matrix/profile-key.js';
import { normalize } from '../normalize/normalized-profile.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { DirectionResult, Profile } from '../types.js';

type Forward = (source: Profile, target: Profile) => DirectionResult;

/**
 * The distinct profiles of a rollout, each with a small id, and the verdict of every pair asked
 * for, computed once per distinct (profile, profile) pair whatever the number of hosts that hold
 * them: a plan's cost grows with distinct profiles and VMs, never with pairs of hosts.
 */
export class ProfileTable {
  readonly profiles: Profile[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly ids = new Map<Profile, number>();
  private readonly verdicts: (DirectionResult | undefined)[][] = [];
  private readonly families: (string | null)[] = [];
  private readonly liveSets: (ReadonlySet<number> | undefined)[] = [];

  /** The family rule, when it blocks cold: a family mismatch then decides a pair alone. */
  private readonly familyRule: string | null;
  /** Per target id, its verdict against each source family other than its own (the family finding alone, as matrix reports it). */
  private readonly crossFamily: Map<string, DirectionResult>[] = [];

  constructor(private readonly check: Forward, private readonly ruleSet: RuleSet) {
    const mismatch = ruleSet.ruleOf('family-differs', null);
    this.familyRule = mismatch !== null && (mismatch.spec.onFail ?? 'break') === 'break' && mismatch.spec.blocks === 'cold' ? mismatch.id : null;
  }

  /** The id of a profile's content (a profile with the same attributes as an earlier one gets its id). */
  add(profile: Profile): number {
    let id = this.ids.get(profile);
    if (id !== undefined) return id;
    const key = profileKey(profile);
    id = this.byKey.get(key);
    if (id === undefined) {
      id = this.profiles.length;
      this.byKey.set(key, id);
      this.profiles.push(profile);
      this.verdicts.push([]);
      this.crossFamily.push(new Map());
      this.families.push(this.ruleSet.familyOf(normalize(profile)));
    }
    this.ids.set(profile, id);
    return id;
  }

  /** The one profile object of an id (checks and memo keys use it). */
  profile(id: number): Profile {
    return this.profiles[id]!;
  }

  /** source -> target by ids, memoised; a pair of two families once per source family and target. */
  verdict(source: number, target: number): DirectionResult {
    const row = this.verdicts[source]!;
    let r = row[target];
    if (r === undefined) {
      const [fs, ft] = [this.families[source]!, this.families[target]!];
      if (this.familyRule !== null && fs !== null && ft !== null && fs !== ft) {
        const byFamily = this.crossFamily[target]!;
        r = byFamily.get(fs);
        if (r === undefined) {
          const full = this.check(this.profiles[source]!, this.profiles[target]!);
          r = { ...full, findings: full.findings.filter((f) => f.rule === this.familyRule), actions: [] };
          byFamily.set(fs, r);
        }
      } else r = this.check(this.profiles[source]!, this.profiles[target]!);
      row[target] = r;
    }
    return r;
  }

  /** The forward check on profile objects this table knows, memoised (what checkVm takes). */
  readonly forward: Forward = (source, target) => this.verdict(this.add(source), this.add(target));

  /**
   * The ids a device running as `source` moves to live. Profiles of another device family are
   * passed over unchecked: the family rule leaves such a pair no tier.
   */
  liveFrom(source: number): ReadonlySet<number> {
    let set = this.liveSets[source];
    if (set === undefined) {
      const out = new Set<number>();
      const fs = this.families[source];
      for (let t = 0; t < this.profiles.length; t++) {
        const ft = this.families[t];
        if (this.familyRule !== null && fs !== null && ft !== null && fs !== ft) continue;
        if (this.verdict(source, t).tier === 'live') out.add(t);
      }
      this.liveSets[source] = set = out;
    }
    return set;
  }
}
