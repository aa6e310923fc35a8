import type { SemVer } from 'semver';
import type { Profile } from '../types.js';
import { canonicalHex, parseDescription, parseVersion, splitSet } from './values.js';
import { parseTemplates, type TemplateSet } from './template.js';

/**
 * A profile with its values parsed once, on first use, and kept: versions, sets, hex ids and
 * description keys are never re-parsed per pair (a fleet matrix compares a profile thousands
 * of times). The cache is keyed by the attribute name.
 */
export class NormalizedProfile {
  readonly profile: Profile;
  readonly names: readonly string[];
  private readonly versions = new Map<string, SemVer | null>();
  private readonly sets = new Map<string, ReadonlySet<string>>();
  private readonly hexes = new Map<string, string | null>();
  private description: Map<string, string> | null | undefined;
  private templates: TemplateSet | null | undefined;
  /** Memo for whoever selects packs: the id of this profile's family (or null). */
  family: string | null | undefined;

  constructor(profile: Profile) {
    this.profile = profile;
    this.names = [...profile.attributes.keys()].sort();
  }

  get(name: string): string | undefined {
    return this.profile.attributes.get(name);
  }

  has(name: string): boolean {
    return this.profile.attributes.has(name);
  }

  version(name: string): SemVer | null {
    let v = this.versions.get(name);
    if (v === undefined) {
      const text = this.get(name);
      v = text === undefined ? null : parseVersion(text);
      this.versions.set(name, v);
    }
    return v;
  }

  /** Set elements; hex elements are canonicalised when `hex` is set. Missing reads as empty. */
  set(name: string, hex: boolean): ReadonlySet<string> {
    const key = hex ? `#${name}` : name;
    let s = this.sets.get(key);
    if (s === undefined) {
      const elems = splitSet(this.get(name) ?? '');
      s = new Set(hex ? elems.map((e) => canonicalHex(e) ?? e) : elems);
      this.sets.set(key, s);
    }
    return s;
  }

  hex(name: string): string | null {
    let h = this.hexes.get(name);
    if (h === undefined) {
      const text = this.get(name);
      h = text === undefined ? null : canonicalHex(text);
      this.hexes.set(name, h);
    }
    return h;
  }

  descriptionKeys(): Map<string, string> | null {
    if (this.description === undefined) {
      const text = this.get('description');
      this.description = text === undefined ? null : parseDescription(text);
    }
    return this.description;
  }

  /** The 2020-08-05 templates of `migration/compatible`; parsed only when extended mode asks. */
  templateSet(): TemplateSet | null {
    if (this.templates === undefined) {
      const text = this.get('migration/compatible');
      this.templates = text === undefined ? null : parseTemplates(text, `${this.profile.path}: migration/compatible`);
    }
    return this.templates;
  }
}

const cache = new WeakMap<Profile, NormalizedProfile>();

/** The one normalized view of a profile (created once per Profile object). */
export function normalize(profile: Profile): NormalizedProfile {
  let n = cache.get(profile);
  if (!n) {
    n = new NormalizedProfile(profile);
    cache.set(profile, n);
  }
  return n;
}
