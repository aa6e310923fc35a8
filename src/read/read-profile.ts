import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import type { Profile } from '../types.js';
import { FILE_LIMITS, readTextFile } from './bounded-file.js';
import { parseFlatProfile } from './flat-profile.js';
import { parseJsonProfile } from './json-profile.js';
import { readSysfsDir } from './sysfs-dir.js';
import { checkAttribute } from './valid-attribute.js';

/** A device profile names what it is by at least one of these (the type and API every rule starts from). */
const IDENTITY = ['device_api', 'mdev_type', 'driver'];

const listed = (dir: string): Dirent[] => {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.') && !e.name.startsWith('README'));
  } catch {
    return [];
  }
};

/**
 * A folder holding no attribute file of its own whose subfolders (or .json files) are profiles
 * is a folder of profiles (a release series, a host inventory, device-profiles/): say so rather
 * than read its profiles as attribute groups of one.
 */
function refuseFolderOfProfiles(path: string): void {
  const entries = listed(path);
  if (entries.some((e) => e.isFile() && !e.name.endsWith('.json'))) return;
  const profiles = entries.filter((e) => (e.isFile() && e.name.endsWith('.json')) || (e.isDirectory() && listed(join(path, e.name)).some((x) => x.isFile() || x.isDirectory())));
  if (profiles.length === 0) return;
  throw new InputError(path, `a folder of ${profiles.length} profile${profiles.length === 1 ? '' : 's'} (or of devices holding profiles), not one profile: did you mean \`devmig bump --series\`, \`devmig matrix\` or \`devmig vm\`?`);
}

/**
 * Read a profile in any of its three forms: a sysfs-style directory, a `devmig/profile@1`
 * JSON file, or a flat `key=value` file. Throws InputError naming the file on bad input.
 */
export function readProfile(path: string): Profile {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = errnoCode(err);
    throw new InputError(path, code === 'ENOENT' ? 'no such profile (file or directory not found)' : `cannot read profile (${code ?? 'error'})`);
  }
  if (st.isDirectory()) {
    refuseFolderOfProfiles(path);
    const read = readSysfsDir(path, { onBinary: 'error' });
    if (read.attributes.size === 0) throw new InputError(path, 'profile directory holds no readable attribute');
    if (!IDENTITY.some((a) => read.attributes.has(a))) {
      throw new InputError(path, `holds no ${IDENTITY.join(', ')} or driver link: not a device profile (a profile is one device type's attributes, one file each)`);
    }
    return { path, form: 'sysfs', ...read };
  }
  const text = readTextFile(path, 'profile', FILE_LIMITS.profile);
  const empty = { links: new Map<string, string>(), skipped: [] };
  if (/^\s*\{/.test(text)) return { path, form: 'json', attributes: parseJsonProfile(path, text), ...empty };
  return { path, form: 'flat', attributes: parseFlatProfile(path, text), ...empty };
}

/** Build a profile from attributes held in memory (library users, tests, collect). */
export function profileFromAttributes(path: string, attributes: Iterable<[string, string]> | Record<string, string>): Profile {
  const entries = Symbol.iterator in attributes ? [...(attributes as Iterable<[string, string]>)] : Object.entries(attributes);
  return { path, form: 'json', attributes: new Map(entries.map(([name, value]) => checkAttribute(path, name, value))), links: new Map(), skipped: [] };
}
