import { createHash } from 'node:crypto';
import { skippedAttributes } from '../read/skipped-attributes.js';
import type { Profile } from '../types.js';

const keys = new WeakMap<Profile, string>();

/**
 * The content of a profile as one string: its attributes sorted by name, names and values
 * each followed by NUL (attribute text never holds NUL, so the encoding is unambiguous), then
 * the names of unreadable entries. Two profiles with the same key get the same verdict against
 * any other profile: a check reads attributes and skipped entries, never the path or the links. Memoised per Profile object.
 */
export function profileKey(profile: Profile): string {
  let key = keys.get(profile);
  if (key === undefined) {
    key = '';
    let prev = '';
    // Profiles read from disk arrive in name order already: only sort when they do not.
    for (const [n, v] of profile.attributes) {
      if (n < prev) {
        key = undefined;
        break;
      }
      prev = n;
      key += `${n}\0${v}\0`;
    }
    key ??= [...profile.attributes.keys()].sort().map((n) => `${n}\0${profile.attributes.get(n)!}\0`).join('');
    // What could not be read decides verdicts too; an empty name (never an attribute's) opens that part.
    const unreadable = skippedAttributes(profile).map((s) => s.attribute).sort();
    if (unreadable.length > 0) key += `\0${unreadable.join('\0')}\0`;
    keys.set(profile, key);
  }
  return key;
}

/** A short stable id for a profile's content (sha1 of its key, 16 hex digits), for output. */
export function profileId(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 16);
}
