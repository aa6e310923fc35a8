import { lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import { readRegularFile } from '../read/fs-safe.js';
import { checkAttribute } from '../read/valid-attribute.js';
import type { CollectResult } from './collect.js';
import { checkAttributeName } from './set-attributes.js';
import { isWithin } from './within-root.js';

/**
 * The host index collect writes beside the profiles (`DIR/.devmig-host.json`): every profile
 * of the directory in one small file, so that reading a fleet (`devmig matrix`) costs one file
 * per host instead of one per attribute. The tree stays the record; the index says what the
 * tree says (it is written after it, and a later collect into the same directory adds to it).
 * A dot-file, so that readers of the tree never take it for a device or an attribute.
 */
export const HOST_INDEX_NAME = '.devmig-host.json';
export const HOST_INDEX_FORMAT = 'devmig/host@1';
/** A host's device types are a few dozen pages of attributes at most. */
export const HOST_INDEX_LIMIT = 16 * 1024 * 1024;

/** One device of a host index: its directory below the host, and its attributes. */
export interface HostIndexDevice {
  device: string;
  attributes: Record<string, string>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of `dir`'s host index, undefined when it has none; an InputError naming the file
 * when it is anything but a regular, bounded UTF-8 file (never followed if a link, never
 * blocked on).
 */
export function readHostIndexText(dir: string): string | undefined {
  const file = `${dir}/${HOST_INDEX_NAME}`; // not join: once per host of a fleet, and the name needs no normalizing
  const read = readRegularFile(file, HOST_INDEX_LIMIT);
  if ('absent' in read) return undefined;
  if ('skip' in read) throw new InputError(file, `host index not read: ${read.skip}`);
  try {
    return utf8.decode(read.bytes);
  } catch {
    throw new InputError(file, 'host index is not UTF-8 text');
  }
}

/** The devices of a host index's text (`file` names it in errors). */
export function parseHostIndex(file: string, text: string): HostIndexDevice[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `host index is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const d = doc as { format?: unknown; devices?: unknown } | null;
  if (d === null || typeof d !== 'object' || d.format !== HOST_INDEX_FORMAT || !Array.isArray(d.devices)) {
    throw new InputError(file, `not a host index (expected "format": "${HOST_INDEX_FORMAT}" and a "devices" array)`);
  }
  return d.devices.map((e: unknown, i) => {
    const x = e as Partial<HostIndexDevice> | null;
    if (x === null || typeof x !== 'object' || typeof x.device !== 'string' || x.attributes === null || typeof x.attributes !== 'object' || Array.isArray(x.attributes)) {
      throw new InputError(file, `devices[${i}] must be {device, attributes}`);
    }
    checkAttributeName(x.device, file);
    for (const [name, value] of Object.entries(x.attributes)) checkAttribute(file, name, value);
    return { device: x.device, attributes: x.attributes };
  });
}

/** The host index of `devices` (sorted by device), written to a temporary name and renamed into place. */
function writeHostIndex(out: string, devices: HostIndexDevice[]): void {
  const file = join(out, HOST_INDEX_NAME);
  const tmp = `${file}.${process.pid}.tmp`;
  devices.sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : 0));
  try {
    writeFileSync(tmp, `${JSON.stringify({ format: HOST_INDEX_FORMAT, devices })}\n`, { flag: 'wx' });
    renameSync(tmp, file);
  } catch (err) {
    throw new InputError(file, `cannot write the host index (${errnoCode(err) ?? 'error'})`);
  }
}

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
 * - ids and attribute names must not nest into each other;
 * - a host index already there (an earlier collect) must be readable: the new profiles join it.
 * Then the host index is written, last (when there is a profile to write).
 * Returns the profile directories written, in the order of `result.profiles`.
 */
export function writeProfiles(result: CollectResult, outDir: string): string[] {
  if (outDir === '') throw new InputError('--out', 'empty output directory');
  const out = resolve(outDir);
  const root = result.root;
  if (root !== null && isWithin(root, physicalPath(out))) throw new InputError(outDir, `lies inside the sysfs root ${result.root}; collect never writes there`);
  const ids = result.profiles.map((p) => p.id);
  for (const id of ids) checkAttributeName(id, `profile id ${id}`);
  const dupe = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dupe !== undefined) throw new InputError(join(out, dupe), 'two profiles share this directory');
  const idClash = nestingClash(ids);
  if (idClash) throw new InputError(join(out, idClash[1]), `would lie inside profile ${idClash[0]}`);
  const dirs = ids.map((id) => join(out, ...id.split('/')));
  for (const [i, dir] of dirs.entries()) {
    if (root !== null && isWithin(root, physicalPath(dir))) throw new InputError(dir, `resolves inside the sysfs root ${result.root}; collect never writes there`);
    if (!isEmptyOrAbsent(dir)) throw new InputError(dir, 'already exists and is not empty; collect writes into fresh directories only');
    const names = [...result.profiles[i]!.profile.attributes.keys()];
    for (const n of names) checkAttributeName(n, dir);
    const clash = nestingClash(names);
    if (clash) throw new InputError(dir, `attribute ${clash[0]} is both a value and the group of ${clash[1]}`);
  }
  const earlierText = readHostIndexText(out);
  const earlier = earlierText === undefined ? [] : parseHostIndex(join(out, HOST_INDEX_NAME), earlierText).filter((d) => !ids.includes(d.device));
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
  // Nothing collected leaves nothing behind, as before there was an index.
  if (result.profiles.length > 0) writeHostIndex(out, [...earlier, ...result.profiles.map((p) => ({ device: p.id, attributes: Object.fromEntries(p.profile.attributes) }))]);
  return dirs;
}
