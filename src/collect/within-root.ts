import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { errnoCode } from '../errors.js';
import { readLinkText } from '../read/fs-safe.js';

/** A directory reached without following any link, or why not; null when it does not exist. */
export type DirLookup = { path: string } | { skip: string } | null;

/** `dir/name` when it is a real directory (a link there is refused, never followed). */
export function childDir(dir: string, name: string): DirLookup {
  const path = join(dir, name);
  try {
    const st = lstatSync(path);
    if (st.isDirectory()) return { path };
    return { skip: st.isSymbolicLink() ? 'a link where a directory was expected, not followed' : 'not a directory' };
  } catch (err) {
    const code = errnoCode(err);
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : { skip: `cannot stat (${code ?? 'error'})` };
  }
}

/** `root/rel`, checked one path element at a time so that no link below root is followed. */
export function dirWithin(root: string, rel: string): DirLookup {
  let found: DirLookup = { path: root };
  for (const part of rel.split(/[\\/]+/).filter(Boolean)) {
    found = childDir(found.path, part);
    if (found === null || 'skip' in found) return found;
  }
  return found;
}

function escapes(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * Resolve a sysfs index link (`class/mdev_bus/X`, `bus/pci/devices/X`, a VF's `physfn`) to
 * the directory it names, without letting the OS follow it:
 * - the target is computed textually from the link's own directory (which the caller reached
 *   through real directories only);
 * - a target outside root is refused (a copied tree must not lead back into the live /sys);
 * - every element from root down to the target must be a real directory, so a second link
 *   on the way is refused rather than followed.
 */
export function resolveLinkWithin(root: string, link: string): { path: string } | { skip: string } {
  const text = readLinkText(link);
  if ('skip' in text) return text;
  const target = resolve(dirname(link), text.text);
  if (escapes(root, target)) return { skip: `link to ${text.text} leaves ${root}, not followed` };
  const found = dirWithin(root, relative(root, target));
  if (found === null) return { skip: `link to ${text.text}: no such directory` };
  return 'skip' in found ? { skip: `link to ${text.text}: ${found.skip}` } : found;
}

/** True when path is root or lies below it (both absolute and physical). */
export function isWithin(root: string, path: string): boolean {
  return !escapes(root, path);
}
