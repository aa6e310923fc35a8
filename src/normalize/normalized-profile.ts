import type { SemVer } from 'semver';
import type { Action, Profile } from '../types.js';
import { canonicalHex, parseDescription, parseVersion, splitSet } from './values.js';
import { checkAttribute } from '../read/valid-attribute.js';
import { canonicalAttributes } from './aliases.js';
import { parseTemplates, type TemplateSet } from './template.js';

/**
 * A profile with its values parsed once, on first use, and kept: versions, sets, hex ids and
 * description keys are never re-parsed per pair (a fleet matrix compares a profile thousands
 * of times). The cache is keyed by the attribute name. It holds parsed values only: what a
 * checker remembers about it (interned ids, its family under a rule set) is the checker's.
 */
export class NormalizedProfile {
  readonly profile: Profile;
  readonly names: readonly string[];
  /** Values aligned with `names`, for index access on the hot path. */
  readonly values: readonly string[];
  private readonly versions = new Map<string, SemVer | null>();
  private readonly sets = new Map<string, ReadonlySet<string>>();
  private readonly hexSets = new Map<string, ReadonlySet<string>>();
  private readonly hexes = new Map<string, string | null>();
  private description: Map<string, string> | null | undefined;
  private templates: TemplateSet | null | undefined;
  /** The profile's attributes with aliases under their standard names. */
  private readonly attributes: ReadonlyMap<string, string>;
  constructor(profile: Profile) {
    this.profile = profile;
    // Hand-built profiles reach the engine too; its caches rely on names and values the readers allow.
    for (const [name, value] of profile.attributes) checkAttribute(profile.path, name, value);
    this.attributes = canonicalAttributes(profile.attributes);
    this.names = [...this.attributes.keys()].sort();
    this.values = this.names.map((n) => this.attributes.get(n)!);
  }

  get(name: string): string | undefined {
    return this.attributes.get(name);
  }

  private actions: Map<string, Action | null> | undefined;

  /** The action "set NAME to this profile's value on the target", built once and shared (frozen). */
  setAction(name: string): Action | null {
    this.actions ??= new Map();
    let a = this.actions.get(name);
    if (a === undefined) {
      const value = this.get(name);
      a = value === undefined ? null : Object.freeze({ kind: 'set', attribute: name, value, message: `set ${name}=${value} on the target` } as const);
      this.actions.set(name, a);
    }
    return a;
  }

  has(name: string): boolean {
    return this.attributes.has(name);
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

  private release: { key: readonly string[]; version: SemVer | null } | undefined;

  /** The version of the first of `versionAttributes` the profile has (its release), memoised for the list last asked. */
  releaseVersion(versionAttributes: readonly string[]): SemVer | null {
    if (this.release?.key !== versionAttributes) {
      const attr = versionAttributes.find((a) => this.has(a));
      this.release = { key: versionAttributes, version: attr === undefined ? null : this.version(attr) };
    }
    return this.release.version;
  }

  /** Set elements; hex elements are canonicalised when `hex` is set. Missing reads as empty. */
  set(name: string, hex: boolean): ReadonlySet<string> {
    const cache = hex ? this.hexSets : this.sets;
    let s = cache.get(name);
    if (s === undefined) {
      const elems = splitSet(this.get(name) ?? '');
      s = new Set(hex ? elems.map((e) => canonicalHex(e) ?? e) : elems);
      cache.set(name, s);
    }
    return s;
  }

  private dynamic: { key: readonly string[]; names: ReadonlySet<string> | undefined } | undefined;

  /**
   * Names this profile lists in its dynamic-resource attributes (`dynamic_resources`), which the
   * orchestrator sets on the target; memoised for the attribute list of the last rule set asked.
   */
  dynamicNames(listAttributes: readonly string[]): ReadonlySet<string> | undefined {
    if (this.dynamic?.key !== listAttributes) {
      let names: Set<string> | undefined;
      for (const a of listAttributes) {
        if (!this.has(a)) continue;
        names ??= new Set();
        for (const n of this.set(a, false)) names.add(n);
      }
      this.dynamic = { key: listAttributes, names };
    }
    return this.dynamic.names;
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
