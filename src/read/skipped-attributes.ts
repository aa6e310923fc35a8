import { join, resolve, sep } from 'node:path';
import type { Profile } from '../types.js';

/** A skipped entry of a profile, named as the attribute it would have been. */
export interface SkippedAttribute {
  attribute: string;
  reason: string;
}

const memo = new WeakMap<Profile, readonly SkippedAttribute[]>();

/**
 * The attributes a profile's reader had to pass over (a FIFO, a BAR, a failed read...), by
 * name: as the reader recorded it, else the entry's path below the profile directory,
 * `/`-separated as attribute groups are.
 * An entry outside the profile's directory keeps its whole path, which no rule claims, so it
 * still counts as an unknown opaque attribute.
 */
export function skippedAttributes(profile: Profile): readonly SkippedAttribute[] {
  let out = memo.get(profile);
  if (out === undefined) {
    // Both sides resolved: `./p`, `a/../p` and `p//` name the directory the reader joined paths onto.
    const dir = resolve(profile.path);
    const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
    out = profile.skipped.map(({ path, reason, attribute }) => {
      if (attribute !== undefined) return { attribute, reason };
      const full = resolve(path);
      return { attribute: full.startsWith(prefix) ? full.slice(prefix.length).split(sep).join('/') : path, reason };
    });
    memo.set(profile, out);
  }
  return out;
}

/** The profile as a reader that could not read `names` would return it (examples, tests). */
export function withUnreadable(profile: Profile, names: readonly string[], reason: string): Profile {
  if (names.length === 0) return profile;
  const attributes = new Map([...profile.attributes].filter(([n]) => !names.includes(n)));
  return { ...profile, attributes, skipped: [...profile.skipped, ...names.map((n) => ({ path: join(profile.path, n), reason, attribute: n }))] };
}
