import { readdirSync, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import { attributeText, describeOther, entryKind, readLinkText, readRegularFile, type Skipped } from './fs-safe.js';

/** Groups deeper than this are not real sysfs attribute groups; stop rather than wander. */
const MAX_DEPTH = 6;
/** Entries read per profile before giving up: a profile is a page of attributes, not a tree. */
const MAX_ENTRIES = 4096;

/** Links whose last path element is a value (the spec's two exceptions to "informational"). */
const VALUE_LINKS = new Set(['mdev_type', 'driver']);

export interface SysfsRead {
  attributes: Map<string, string>;
  links: Map<string, string>;
  skipped: Skipped[];
}

export interface SysfsReadOptions {
  /** Binary or non-UTF-8 text: an input error (profiles) or a skipped entry (live sysfs). */
  onBinary: 'error' | 'skip';
  /** Attribute names to leave out entirely (collect's host-local list). */
  exclude?: (name: string) => boolean;
}

function ignoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('README');
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Read a sysfs-style directory: one attribute per file, subdirectories as groups, links as
 * link text. Hazards (FIFOs, BARs, write-only files, failing reads) are skipped with a reason.
 * Each directory is listed once with its entries' types, so a FIFO, socket or device node is
 * never opened and a regular file costs an open, fstat, read and close (fs-safe.ts
 * readRegularFile), no lstat. `listing` is `root`'s own listing when the caller already has
 * it (an inventory walk), so that it is not listed twice.
 */
export function readSysfsDir(root: string, opts: SysfsReadOptions, listing?: readonly Dirent[]): SysfsRead {
  const out: SysfsRead = { attributes: new Map(), links: new Map(), skipped: [] };
  let budget = MAX_ENTRIES;
  const walk = (dir: string, prefix: string, depth: number, listed?: readonly Dirent[]): void => {
    let entries: Dirent[];
    try {
      entries = listed ? [...listed] : readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      if (depth === 0) throw new InputError(root, `cannot read directory (${errnoCode(err) ?? 'error'})`);
      out.skipped.push({ path: dir, reason: `cannot list (${errnoCode(err) ?? 'error'})`, attribute: prefix.slice(0, -1) });
      return;
    }
    entries.sort(byName);
    for (const entry of entries) {
      const name = entry.name;
      if (ignoredName(name)) continue;
      const attr = prefix + name;
      if (opts.exclude?.(attr)) continue;
      const path = join(dir, name);
      if (--budget < 0) {
        out.skipped.push({ path, reason: `more than ${MAX_ENTRIES} entries, rest not read`, attribute: attr });
        return;
      }
      switch (entryKind(entry)) {
        case 'link': {
          const link = readLinkText(path);
          if ('skip' in link) out.skipped.push({ path, reason: link.skip, attribute: attr });
          else if (VALUE_LINKS.has(attr)) out.attributes.set(attr, basename(link.text));
          else out.links.set(attr, link.text);
          break;
        }
        case 'dir':
          if (depth + 1 >= MAX_DEPTH) out.skipped.push({ path, reason: `deeper than ${MAX_DEPTH} levels, not read`, attribute: attr });
          else walk(path, `${attr}/`, depth + 1);
          break;
        case 'file': {
          const read = readRegularFile(path);
          if ('absent' in read) {
            out.skipped.push({ path, reason: 'cannot stat (ENOENT)', attribute: attr });
            break;
          }
          if ('skip' in read) {
            out.skipped.push({ path, reason: read.skip, attribute: attr });
            break;
          }
          const text = attributeText(read.bytes);
          if (text !== undefined) out.attributes.set(attr, text);
          else if (opts.onBinary === 'error') throw new InputError(path, 'binary or non-UTF-8 content; an attribute must be UTF-8 text without NUL bytes');
          else out.skipped.push({ path, reason: 'binary content, not read', attribute: attr });
          break;
        }
        case 'other':
          out.skipped.push({ path, reason: describeOther(entry), attribute: attr });
          break;
      }
    }
  };
  walk(root, '', 0, listing);
  return out;
}
