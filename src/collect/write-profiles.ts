import { lstatSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import type { CollectResult } from './collect.js';
import { checkAttributeName } from './set-attributes.js';
import { isWithin } from './within-root.js';

/** The physical path `path` would have: its deepest existing ancestor resolved, the rest appended. */
function physicalPath(path: string): string {
  const rest: string[] = [];
  let cur = path;
  for (;;) {
    try {
      return join(realpathSync(cur), ...rest.reverse());
    } catch (err) {
      const parent = dirname(cur);
      if (errnoCode(err) !== 'ENOENT' || parent === cur) throw new InputError(path, `cannot resolve output path (${errnoCode(err) ?? 'error'})`);
      rest.push(basename(cur));
      cur = parent;
    }
  }
}

function isEmptyOrAbsent(dir: string): boolean {
  try {
    if (!lstatSync(dir).isDirectory()) return false;
    return readdirSync(dir).length === 0;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return true;
    throw new InputError(dir, `cannot inspect output directory (${errnoCode(err) ?? 'error'})`);
  }
}

/** Names where one is a group holding the other (`a` and `a/b`) cannot both be on disk. */
function nestingClash(names: readonly string[]): [string, string] | undefined {
  const sorted = [...names].sort();
  for (const [i, n] of sorted.entries()) {
    const next = sorted.slice(i + 1).find((m) => m.startsWith(`${n}/`));
    if (next !== undefined) return [n, next];
  }
  return undefined;
}

/**
 * Write each collected profile as a sysfs-style directory `outDir/<id>/`: one file per
 * attribute holding its value and a newline, groups as subdirectories, `driver` a plain file.
 * Everything is checked before the first write (so a refusal leaves nothing half-written):
 * - outDir, and every profile directory, must lie outside the sysfs root that was read;
 * - a profile directory must be new or empty (stale attributes of an earlier run would be
 *   read back as part of the profile);
 * - ids and attribute names must not nest into each other.
 * Returns the profile directories written, in the order of `result.profiles`.
 */
export function writeProfiles(result: CollectResult, outDir: string): string[] {
  if (outDir === '') throw new InputError('--out', 'empty output directory');
  const out = resolve(outDir);
  if (isWithin(result.root, physicalPath(out))) throw new InputError(outDir, `lies inside the sysfs root ${result.root}; collect never writes there`);
  const ids = result.profiles.map((p) => p.id);
  for (const id of ids) checkAttributeName(id, `profile id ${id}`);
  const dupe = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dupe !== undefined) throw new InputError(join(out, dupe), 'two profiles share this directory');
  const idClash = nestingClash(ids);
  if (idClash) throw new InputError(join(out, idClash[1]), `would lie inside profile ${idClash[0]}`);
  const dirs = ids.map((id) => join(out, ...id.split('/')));
  for (const [i, dir] of dirs.entries()) {
    if (isWithin(result.root, physicalPath(dir))) throw new InputError(dir, `resolves inside the sysfs root ${result.root}; collect never writes there`);
    if (!isEmptyOrAbsent(dir)) throw new InputError(dir, 'already exists and is not empty; collect writes into fresh directories only');
    const names = [...result.profiles[i]!.profile.attributes.keys()];
    for (const n of names) checkAttributeName(n, dir);
    const clash = nestingClash(names);
    if (clash) throw new InputError(dir, `attribute ${clash[0]} is both a value and the group of ${clash[1]}`);
  }
  for (const [i, dir] of dirs.entries()) {
    for (const [name, value] of result.profiles[i]!.profile.attributes) {
      const file = join(dir, ...name.split('/'));
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${value}\n`, { flag: 'wx' });
      } catch (err) {
        throw new InputError(file, `cannot write (${errnoCode(err) ?? 'error'})`);
      }
    }
  }
  return dirs;
}
