import type { NormalizedProfile } from '../normalize/normalized-profile.js';

/** What a checker knows of one profile by interned id: equal text, equal id, within that checker. */
export interface InternedProfile {
  /** Ids of the profile's values, aligned with its `names`: comparisons are memoised on them. */
  readonly ids: readonly number[];
  /** Id of the profile's list of attribute names: profiles sharing it share one rule plan. */
  readonly signature: number;
  /** Ids of value tuples (tupleId), memoised per list of names. */
  readonly tuples: Map<readonly string[], number>;
}

function intern(table: Map<string, number>, text: string): number {
  let id = table.get(text);
  if (id === undefined) {
    id = table.size;
    table.set(text, id);
  }
  return id;
}

/**
 * The interning tables of one checker. They grow with the distinct values the checker meets,
 * so they belong to it: a long-running caller (a scheduler daemon) drops them with it.
 */
export class Interner {
  private readonly valueIds = new Map<string, number>();
  /** Apart from values, so that no value text can pose as a tuple. */
  private readonly tupleIds = new Map<string, number>();
  private readonly signatures = new Map<string, number>();
  private readonly profiles = new WeakMap<NormalizedProfile, InternedProfile>();

  /** Distinct values met so far (the memo packs two ids into one key below a bound). */
  get valueCount(): number {
    return this.valueIds.size;
  }

  of(p: NormalizedProfile): InternedProfile {
    let v = this.profiles.get(p);
    if (v === undefined) {
      // JSON keeps the key injective whatever the names hold (['a\0b'] and ['a', 'b'] differ).
      v = { ids: p.values.map((x) => intern(this.valueIds, x)), signature: intern(this.signatures, JSON.stringify(p.names)), tuples: new Map() };
      this.profiles.set(p, v);
    }
    return v;
  }

  /**
   * One id for the values of several attributes (absent ones included), memoised per list: the
   * comparisons that read other attributes than their own key their memo on it.
   */
  tupleId(p: NormalizedProfile, view: InternedProfile, names: readonly string[]): number {
    let id = view.tuples.get(names);
    if (id === undefined) {
      id = intern(this.tupleIds, names.map((n) => { const x = p.get(n); return x === undefined ? '-' : String(intern(this.valueIds, x)); }).join(','));
      view.tuples.set(names, id);
    }
    return id;
  }
}
