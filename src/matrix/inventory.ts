import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HOST_INDEX_NAME, parseHostIndex } from '../collect/write-profiles.js';
import { hostIndexReads, type HostIndexReadOptions } from './host-index-reads.js';
import { InputError, errnoCode } from '../errors.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';
import { profileFromAttributes, readProfile } from '../read/read-profile.js';
import { skippedAttributes, type SkippedAttribute } from '../read/skipped-attributes.js';
import { readSysfsDir } from '../read/sysfs-dir.js';
import type { Profile } from '../types.js';
import { profileId, profileKey } from './profile-key.js';
import { normalize } from '../normalize/normalized-profile.js';

/** One device of one host: where a profile was found. */
export interface DeviceRef {
  readonly host: string;
  /** Path of the device below its host (`0000:00:02.0/i915-GVTg_V5_4`), without `.json`. */
  readonly device: string;
}

/** A distinct profile of an inventory and every device that has exactly this content. */
export interface InventoryProfile {
  /** Content id (sha1 of the sorted attributes, 16 hex digits). */
  readonly id: string;
  /** The first profile read with this content (its path names one of the devices). */
  readonly profile: Profile;
  /** Devices with this content, in inventory order. */
  readonly devices: readonly DeviceRef[];
}

/**
 * Hosts and their devices, stored by distinct profile: memory grows with the number of
 * distinct profiles plus one small reference per device, never with pairs.
 */
export interface Inventory {
  /** Where it came from: a directory, an index file, or `(memory)`. */
  readonly origin: string;
  /** Distinct profiles, in order of first appearance. */
  readonly profiles: readonly InventoryProfile[];
  readonly hostCount: number;
  readonly deviceCount: number;
  /** Read from a single profile (ReadInventoryOptions.oneProfile), not from a fleet. */
  readonly oneProfile?: boolean;
}

/** An in-memory entry for inventoryFromProfiles. */
export interface InventoryEntry {
  host: string;
  device: string;
  profile: Profile;
}

/** Collects devices and folds identical profiles into one entry. */
class InventoryBuilder {
  private readonly byKey = new Map<string, { id: string; profile: Profile; devices: DeviceRef[] }>();
  private readonly hosts = new Set<string>();
  private devices = 0;

  add(host: string, device: string, profile: Profile): void {
    normalize(profile); // refuses names and values the content key could not encode (NUL, empty)
    const key = profileKey(profile);
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { id: profileId(key), profile, devices: [] };
      this.byKey.set(key, entry);
    }
    entry.devices.push({ host, device });
    this.hosts.add(host);
    this.devices++;
  }

  build(origin: string): Inventory {
    return { origin, profiles: [...this.byKey.values()], hostCount: this.hosts.size, deviceCount: this.devices };
  }
}

/** An inventory from profiles held in memory (library users, benchmarks, tests). */
export function inventoryFromProfiles(entries: Iterable<InventoryEntry>, origin = '(memory)'): Inventory {
  const b = new InventoryBuilder();
  for (const e of entries) b.add(e.host, e.device, e.profile);
  return b.build(origin);
}

/** Device directories nest at most this deep below a host (collect writes two levels). */
const MAX_DEVICE_DEPTH = 4;
export const INDEX_FORMAT = 'devmig/inventory@1';

function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    throw new InputError(dir, `cannot read directory (${errnoCode(err) ?? 'error'})`);
  }
}

const ignored = (name: string) => name.startsWith('.') || name.startsWith('README');

/** A directory is a profile when it holds at least one regular attribute file. */
function isProfileDir(entries: readonly Dirent[]): boolean {
  return entries.some((e) => e.isFile() && !ignored(e.name));
}

/** A profile directory whose listing the walk already has: read as readProfile reads a directory, without listing it again. */
function profileDir(path: string, listing: readonly Dirent[]): Profile {
  const read = readSysfsDir(path, { onBinary: 'error' }, listing);
  if (read.attributes.size === 0) throw new InputError(path, 'profile directory holds no readable attribute');
  return { path, form: 'sysfs', ...read };
}

/**
 * Walk one host: a `.json` file is a profile; a directory holding an attribute file is a
 * profile (not descended into: its subdirectories are attribute groups such as `parent/`);
 * any other directory is a level of nesting (collect's `<parent>/<type>/`). Each directory
 * is listed once.
 */
function walkHost(b: InventoryBuilder, host: string, dir: string, rel: string, depth: number, listing: readonly Dirent[] = listDir(dir)): void {
  for (const e of listing) {
    if (ignored(e.name)) continue;
    const path = join(dir, e.name);
    const device = rel + e.name;
    if (e.isFile() && e.name.endsWith('.json')) {
      b.add(host, device.slice(0, -'.json'.length), readProfile(path));
    } else if (e.isDirectory()) {
      const inner = listDir(path);
      if (isProfileDir(inner)) b.add(host, device, profileDir(path, inner));
      else if (depth + 1 < MAX_DEVICE_DEPTH) walkHost(b, host, path, `${device}/`, depth + 1, inner);
    }
  }
}

/** Distinct host index texts remembered per read: a fleet's hosts mostly repeat a few. */
const MAX_REMEMBERED_HOSTS = 4096;

/**
 * Add a host from the text of the index collect wrote beside its profiles
 * (collect/write-profiles.ts), one file instead of the tree. Hosts whose index is the same
 * devices with the same attributes share their Profile objects, so each distinct host is
 * parsed once.
 */
function addIndexedHost(b: InventoryBuilder, host: string, dir: string, text: string, seen: Map<string, [string, Profile][]>): void {
  let profiles = seen.get(text);
  if (profiles === undefined) {
    profiles = parseHostIndex(join(dir, HOST_INDEX_NAME), text).map(({ device, attributes }) => {
      const path = join(dir, device);
      return [device, { ...profileFromAttributes(path, attributes), form: 'sysfs' }];
    });
    if (seen.size < MAX_REMEMBERED_HOSTS) seen.set(text, profiles);
  }
  for (const [device, profile] of profiles) b.add(host, device, profile);
}

interface IndexDocument {
  format: string;
  profiles: { id: string; attributes: Record<string, string>; unreadable?: SkippedAttribute[] }[];
  /** [host, device, index into profiles]: compact, so 100,000 hosts stay a few MB. */
  devices: [string, string, number][];
}

function parseIndex(file: string, text: string): Inventory {
  let doc: IndexDocument;
  try {
    doc = JSON.parse(text) as IndexDocument;
  } catch (err) {
    throw new InputError(file, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return indexInventory(file, doc);
}

const isIndexDocument = (doc: unknown): doc is IndexDocument => doc !== null && typeof doc === 'object' && (doc as IndexDocument).format === INDEX_FORMAT;

function indexInventory(file: string, doc: IndexDocument): Inventory {
  if (!isIndexDocument(doc)) {
    throw new InputError(file, `not an inventory index (expected "format": "${INDEX_FORMAT}")`);
  }
  if (!Array.isArray(doc.profiles) || !Array.isArray(doc.devices)) throw new InputError(file, 'an inventory index needs "profiles" and "devices" arrays');
  const profiles = doc.profiles.map((p, i) => {
    const attrs = p?.attributes;
    if (attrs === null || typeof attrs !== 'object' || Object.values(attrs).some((v) => typeof v !== 'string')) {
      throw new InputError(file, `profiles[${i}].attributes must map names to strings`);
    }
    const profile = profileFromAttributes(`${file}#${typeof p.id === 'string' ? p.id : i}`, attrs);
    const unreadable = p.unreadable ?? [];
    if (!Array.isArray(unreadable) || unreadable.some((u) => typeof u?.attribute !== 'string' || typeof u.reason !== 'string')) {
      throw new InputError(file, `profiles[${i}].unreadable must list {attribute, reason} objects`);
    }
    return { ...profile, skipped: unreadable.map((u) => ({ path: join(profile.path, u.attribute), reason: u.reason, attribute: u.attribute })) };
  });
  const b = new InventoryBuilder();
  doc.devices.forEach((d, i) => {
    const [host, device, at] = Array.isArray(d) ? d : [];
    const profile = typeof at === 'number' ? profiles[at] : undefined;
    if (typeof host !== 'string' || typeof device !== 'string' || !profile) {
      throw new InputError(file, `devices[${i}] must be [host, device, profile index]`);
    }
    b.add(host, device, profile);
  });
  return b.build(file);
}

export interface ReadInventoryOptions extends HostIndexReadOptions {
  /**
   * Also take one profile (a profile directory, JSON or key=value file) as an inventory of one
   * device, named by its path: "which hosts can take this one device?" (`matrix --sources`).
   */
  oneProfile?: boolean;
}

/** One profile as an inventory of one device: its folder stands for the host, so the device reads as the path given. */
function oneProfileInventory(path: string, profile: Profile): Inventory {
  const b = new InventoryBuilder();
  b.add(dirname(path), basename(path).replace(/\.json$/, ''), profile);
  return { ...b.build(path), oneProfile: true };
}

/** A file: an index, or (where one profile is welcome) a profile unless it is an index. */
function readInventoryFile(path: string, { oneProfile = false }: ReadInventoryOptions): Inventory {
  const text = readTextFile(path, 'inventory index', FILE_LIMITS.inventoryIndex);
  if (!oneProfile) return parseIndex(path, text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // Not JSON: a key=value profile, read (and refused if it is none) as such.
  }
  return isIndexDocument(doc) ? indexInventory(path, doc) : oneProfileInventory(path, readProfile(path));
}

/**
 * Read an inventory as `devmig collect` lays it out, `DIR/<host>/<device...>/`, or an index
 * file written by inventoryIndex (or, with `oneProfile`, a single profile). A host with the
 * index collect writes beside its profiles (`DIR/<host>/.devmig-host.json`) is read from it,
 * one file; any other host is walked, one open and read per attribute file.
 */
export function readInventory(path: string, opts: ReadInventoryOptions = {}): Inventory {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    throw new InputError(path, errnoCode(err) === 'ENOENT' ? 'no such inventory (directory or index file not found)' : `cannot read inventory (${errnoCode(err) ?? 'error'})`);
  }
  let inv: Inventory;
  // Anything but a directory is read as an index file, so the one bounded reader refuses a FIFO or a device.
  if (!st.isDirectory()) {
    inv = readInventoryFile(path, opts);
  } else {
    const listing = listDir(path);
    if (opts.oneProfile && holdsAttributeFiles(listing)) return oneProfileInventory(path, readProfile(path));
    refuseProfile(path, listing);
    const b = new InventoryBuilder();
    const seen = new Map<string, [string, Profile][]>();
    const base = join(path, '/').slice(0, -1); // normalized once, not per host
    const hosts = listing.filter((e) => !ignored(e.name) && e.isDirectory()).map((e) => e.name);
    for (const [k, index] of hostIndexReads(base, hosts, opts)) {
      if (index instanceof InputError) throw index;
      const host = hosts[k]!;
      const dir = `${base}/${host}`;
      if (index !== undefined) {
        addIndexedHost(b, host, dir, index, seen);
        continue;
      }
      // No index: the host's tree is walked.
      const hostListing = listDir(dir);
      if (holdsAttributeFiles(hostListing)) refuseHost(path, listing);
      walkHost(b, host, dir, '', 0, hostListing);
    }
    inv = b.build(path);
  }
  if (inv.deviceCount === 0) throw new InputError(path, 'no device profile found (expected DIR/<host>/<device>/ with attribute files, or <device>.json)');
  return inv;
}

/** Attribute files of a folder's own: a host folder may hold `<device>.json` profiles, a profile folder holds attribute files. */
const holdsAttributeFiles = (listing: readonly Dirent[]) => listing.some((x) => x.isFile() && !ignored(x.name) && !x.name.endsWith('.json'));

/**
 * A fleet is DIR/<host>/<device...>/: refuse a folder that is one profile (attribute files of
 * its own), which would be read as hosts made of attribute groups.
 */
function refuseProfile(path: string, listing: readonly Dirent[]): void {
  if (holdsAttributeFiles(listing)) {
    throw new InputError(path, 'this folder is one profile (it holds attribute files): a fleet is DIR/<host>/<device...>/; one device goes on the source side (matrix --sources), or use devmig vm or devmig check');
  }
}

/**
 * Refuse a folder that is one host: one of its folders (read as a host) holds attribute files,
 * so it is a device profile. Found while walking, so a fleet's host folders are listed once.
 */
function refuseHost(path: string, listing: readonly Dirent[]): never {
  const profiles = listing.filter((e) => !ignored(e.name) && e.isDirectory() && holdsAttributeFiles(listDir(join(path, e.name))));
  throw new InputError(path, `looks like one host's inventory (${profiles.length} of its folders are device profiles): a fleet is DIR/<host>/<device...>/, one folder per host; for one host, put it in a folder of its own or use devmig vm`);
}

/** An index of the inventory (one JSON document), read back by readInventory much faster than the tree. */
export function inventoryIndex(inv: Inventory): string {
  const profiles = inv.profiles.map((p) => {
    const unreadable = skippedAttributes(p.profile);
    return { id: p.id, attributes: Object.fromEntries([...p.profile.attributes].sort(([a], [b]) => (a < b ? -1 : 1))), ...(unreadable.length ? { unreadable: [...unreadable] } : {}) };
  });
  const devices: [string, string, number][] = [];
  inv.profiles.forEach((p, i) => { for (const d of p.devices) devices.push([d.host, d.device, i]); });
  return `${JSON.stringify({ format: INDEX_FORMAT, profiles, devices } satisfies IndexDocument)}\n`;
}
