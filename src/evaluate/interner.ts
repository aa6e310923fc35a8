import type { NormalizedProfile } from '../normalize/normalized-profile.js';

function intern(table: Map<string, number>, text: string): number {
  let id = table.get(text);
  if (id === undefined) {
    id = table.size;
    table.set(text, id);
  }
  return id;
}

/**
 * The interning tables of one checker: equal text, equal id. They grow with the distinct values
 * the checker meets, so they belong to it: a long-running caller (a scheduler daemon) drops
 * them with it.
 */
export class Interner {
  private readonly valueIds = new Map<string, number>();
  private readonly signatures = new Map<string, number>();
  /** Apart from values, so that no value text can pose as a tuple. */
  private readonly tuples = new Map<string, number>();

  /** Ids of a profile's values, aligned with its `names`. */
  valueIdsOf(p: NormalizedProfile): number[] {
    return p.values.map((x) => intern(this.valueIds, x));
  }

  /** Id of a tuple of values (undefined: absent). */
  tupleIdOf(values: readonly (string | undefined)[]): number {
    return intern(this.tuples, values.map((v) => (v === undefined ? '-' : String(intern(this.valueIds, v)))).join(','));
  }

  /** Id of a profile's list of attribute names. */
  signatureOf(p: NormalizedProfile): number {
    // JSON keeps the key injective whatever the names hold (['a\0b'] and ['a', 'b'] differ).
    return intern(this.signatures, JSON.stringify(p.names));
  }
}
