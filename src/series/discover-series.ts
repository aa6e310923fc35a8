import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SemVer } from 'semver';
import semverCompare from 'semver/functions/compare.js';
import { InputError, errnoCode } from '../errors.js';
import { normalize } from '../normalize/normalized-profile.js';
import { readProfile } from '../read/read-profile.js';
import type { RuleSet } from '../rules/rule-set.js';
import { SUPPRESSION_FILES } from '../suppress/load-suppressions.js';
import type { Profile } from '../types.js';

/** One release of a series: its profile and the version it declares. */
export interface Release {
  path: string;
  profile: Profile;
  version: SemVer;
}

/** Entries of a series folder that are not releases: notes, hidden files, the suppression file. */
function ignored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('README') || (SUPPRESSION_FILES as readonly string[]).includes(name);
}

/**
 * The releases in `dir` (each subdirectory or file is one profile), oldest first by semver
 * precedence of their declared version (pre-releases before their release, build metadata
 * ignored). Two releases with the same precedence are an input error naming both.
 */
export function discoverSeries(dir: string, ruleSet: RuleSet): Release[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => !ignored(n)).sort();
  } catch (err) {
    const code = errnoCode(err);
    throw new InputError(dir, code === 'ENOENT' ? 'no such series directory' : code === 'ENOTDIR' ? '--series needs a directory of release profiles' : `cannot read series directory (${code ?? 'error'})`);
  }
  const releases = names.map((name): Release => {
    const path = join(dir, name);
    const profile = readProfile(path);
    const p = normalize(profile);
    const attr = ruleSet.versionAttributes.find((a) => p.has(a));
    if (!attr) throw new InputError(path, `no ${ruleSet.versionAttributes.join(' or ')}: every release of a series must declare its version`);
    const version = p.version(attr);
    if (!version) throw new InputError(path, `${attr} '${p.get(attr)}' is not a version (major.minor[.bugfix])`);
    return { path, profile, version };
  });
  if (releases.length === 0) throw new InputError(dir, 'series directory holds no release profile');
  releases.sort((a, b) => semverCompare(a.version, b.version));
  for (let i = 1; i < releases.length; i++) {
    const [a, b] = [releases[i - 1]!, releases[i]!];
    if (semverCompare(a.version, b.version) === 0) throw new InputError(b.path, `declares version ${b.version.version}, as ${a.path} does: a series holds one profile per release`);
  }
  return releases;
}
