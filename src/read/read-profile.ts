import { statSync } from 'node:fs';
import { InputError, errnoCode } from '../errors.js';
import type { Profile } from '../types.js';
import { FILE_LIMITS, readTextFile } from './bounded-file.js';
import { parseFlatProfile } from './flat-profile.js';
import { parseJsonProfile } from './json-profile.js';
import { readSysfsDir } from './sysfs-dir.js';
import { checkAttribute } from './valid-attribute.js';

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
    const read = readSysfsDir(path, { onBinary: 'error' });
    if (read.attributes.size === 0) throw new InputError(path, 'profile directory holds no readable attribute');
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
