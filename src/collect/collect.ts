import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import { normalize } from '../normalize/normalized-profile.js';
import { readLinkText, type Skipped } from '../read/fs-safe.js';
import { readSysfsDir } from '../read/sysfs-dir.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Profile } from '../types.js';
import { ruleSetFor } from '../verdict/checker.js';
import { isHostLocal } from './host-local.js';
import { parseCreatableVgpuTypes, parseCurrentVgpuType } from './nvidia-vgpu-types.js';
import { packAllowlist, variantDrivers } from './pack-allowlist.js';
import { readAttribute } from './read-attribute.js';
import { checkSetAttributes } from './set-attributes.js';
import { childDir, dirWithin, resolveLinkWithin } from './within-root.js';

/** One device type found on the host, ready to be written as a profile. */
export interface CollectedProfile {
  /** Relative output directory: `<parent>/<type>` (mdev), `<VF>/<type id>` (NVIDIA SR-IOV), `<address>` (variant driver). */
  id: string;
  /** The vendor pack that selects it, or null when only the standard rules apply. */
  family: string | null;
  /** PCI address of the mdev parent, the VF or the device. */
  device: string;
  /** The attributes as collected; `path` is the sysfs directory they came from. */
  profile: Profile;
}

export interface CollectResult {
  /** The sysfs root read, as a physical path. */
  root: string;
  /** Sorted by id. */
  profiles: CollectedProfile[];
  /** Entries passed over, each with a reason (FIFOs, BARs, write-only files, links leaving root...). */
  skipped: Skipped[];
}

export interface CollectOptions {
  /** The sysfs root; `/sys` by default. */
  sysfs?: string;
  /** Attributes sysfs does not hold (ECC mode, driver versions), added to every profile. */
  set?: Readonly<Record<string, string>>;
}

/** What each collector hands back before `--set` and family selection. */
interface Found {
  id: string;
  device: string;
  path: string;
  attributes: Map<string, string>;
  links?: Map<string, string>;
  skipped: Skipped[];
}

const VFIO_PCI = 'vfio-pci';

function readableRoot(given: string): string {
  try {
    const root = realpathSync(resolve(given));
    readdirSync(root);
    return root;
  } catch (err) {
    throw new InputError(given, `cannot read the sysfs root (${errnoCode(err) ?? 'error'})`);
  }
}

function listDir(dir: string, skipped: Skipped[]): string[] {
  try {
    return readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  } catch (err) {
    skipped.push({ path: dir, reason: `cannot list (${errnoCode(err) ?? 'error'})` });
    return [];
  }
}

/** An index directory (`class/mdev_bus`); absent is normal (no mdev parent on this host). */
function indexDir(root: string, rel: string, skipped: Skipped[]): string | null {
  const found = dirWithin(root, rel);
  if (found !== null && 'skip' in found) skipped.push({ path: join(root, rel), reason: found.skip });
  return found !== null && 'path' in found ? found.path : null;
}

/** A device named by an index entry: a link resolved within root, or a real directory. */
function indexEntry(root: string, entry: string, skipped: Skipped[]): string | null {
  let found: { path: string } | { skip: string };
  try {
    const st = lstatSync(entry);
    found = st.isSymbolicLink() ? resolveLinkWithin(root, entry) : st.isDirectory() ? { path: entry } : { skip: 'not a directory' };
  } catch (err) {
    found = { skip: `cannot stat (${errnoCode(err) ?? 'error'})` };
  }
  if ('skip' in found) {
    skipped.push({ path: entry, reason: found.skip });
    return null;
  }
  return found.path;
}

/** Copy `vendor`/`device` of a device directory into `parent/vendor`/`parent/device`. */
function readParentIds(dir: string, into: Map<string, string>, skipped: Skipped[]): void {
  for (const name of ['vendor', 'device']) {
    const path = join(dir, name);
    const read = readAttribute(path);
    if ('text' in read) into.set(`parent/${name}`, read.text);
    else if ('skip' in read) skipped.push({ path, reason: read.skip });
  }
}

/** readSysfsDir on a directory collect already found; an unreadable one is skipped, not fatal. */
function readDir(dir: string, exclude: (name: string) => boolean, skipped: Skipped[]) {
  try {
    return readSysfsDir(dir, { onBinary: 'skip', exclude });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    skipped.push({ path: dir, reason: err.message.replace(`${err.file}: `, '') });
    return null;
  }
}

/** Every mdev type of every parent in `class/mdev_bus`. */
function mdevTypes(root: string, skipped: Skipped[]): Found[] {
  const index = indexDir(root, 'class/mdev_bus', skipped);
  if (index === null) return [];
  const out: Found[] = [];
  for (const parent of listDir(index, skipped)) {
    const dev = indexEntry(root, join(index, parent), skipped);
    if (dev === null) continue;
    const types = childDir(dev, 'mdev_supported_types');
    if (types === null) continue;
    if ('skip' in types) {
      skipped.push({ path: join(dev, 'mdev_supported_types'), reason: types.skip });
      continue;
    }
    const parentIds = new Map<string, string>();
    readParentIds(dev, parentIds, skipped);
    for (const type of listDir(types.path, skipped)) {
      const dir = childDir(types.path, type);
      if (dir === null) continue;
      if ('skip' in dir) {
        skipped.push({ path: join(types.path, type), reason: dir.skip });
        continue;
      }
      const read = readDir(dir.path, isHostLocal, skipped);
      if (read === null) continue;
      skipped.push(...read.skipped);
      const attributes = new Map([...read.attributes, ...parentIds, ['mdev_type', type]]);
      out.push({ id: `${parent}/${type}`, device: parent, path: dir.path, attributes, links: read.links, skipped: read.skipped });
    }
  }
  return out;
}

/** The driver's name from a device's `driver` link (its last element), or undefined. */
function driverName(dev: string): string | undefined {
  const path = join(dev, 'driver');
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  const text = readLinkText(path);
  return 'text' in text ? basename(text.text) : undefined;
}

/** A device bound to a VFIO variant driver: its PCI identity and what its pack reads. */
function variantDevice(rs: RuleSet, addr: string, dev: string, driver: string, packId: string, skipped: Skipped[]): Found | null {
  const allow = packAllowlist(rs, packId);
  const read = readDir(dev, (a) => a === 'driver' || isHostLocal(a) || !(allow.allows(a) || allow.mayHold(a)), skipped);
  if (read === null) return null;
  skipped.push(...read.skipped);
  const attributes = new Map([...read.attributes].filter(([a]) => allow.allows(a)));
  attributes.set('driver', driver);
  attributes.set('device_api', VFIO_PCI);
  return { id: addr, device: addr, path: dev, attributes, skipped: read.skipped };
}

/**
 * NVIDIA SR-IOV vGPU (Ada, Hopper): one profile per type the VF can create and for the type
 * it runs. The board identity comes from the physical GPU (`physfn`), the VF itself when
 * it has none.
 */
function nvidiaVgpuTypes(root: string, addr: string, dev: string, skipped: Skipped[]): Found[] {
  const nv = childDir(dev, 'nvidia');
  if (nv === null) return [];
  if ('skip' in nv) {
    skipped.push({ path: join(dev, 'nvidia'), reason: nv.skip });
    return [];
  }
  const own: Skipped[] = [];
  const types = new Map<string, string | undefined>();
  const creatablePath = join(nv.path, 'creatable_vgpu_types');
  const creatable = readAttribute(creatablePath);
  if ('skip' in creatable) own.push({ path: creatablePath, reason: creatable.skip });
  if ('text' in creatable) {
    const parsed = parseCreatableVgpuTypes(creatable.text);
    for (const t of parsed.types) types.set(t.id, t.name);
    for (const row of parsed.bad) own.push({ path: creatablePath, reason: `row '${row}' is not '<id> : <name>', not read` });
  }
  const currentPath = join(nv.path, 'current_vgpu_type');
  const current = readAttribute(currentPath);
  if ('skip' in current) own.push({ path: currentPath, reason: current.skip });
  if ('text' in current) {
    const id = parseCurrentVgpuType(current.text);
    if (id === undefined) own.push({ path: currentPath, reason: `'${current.text}' is not a vGPU type id, not read` });
    else if (id !== null && !types.has(id)) types.set(id, undefined);
  }
  const board = new Map<string, string>();
  if (types.size > 0) {
    const physfn = join(dev, 'physfn');
    let pf: string | null = dev;
    try {
      if (lstatSync(physfn).isSymbolicLink()) pf = indexEntry(root, physfn, own);
    } catch {
      // no physfn: the VF is its own board
    }
    if (pf !== null) readParentIds(pf, board, own);
  }
  skipped.push(...own);
  return [...types].map(([id, name]) => {
    const attributes = new Map<string, string>([['device_api', VFIO_PCI], ['nvidia/vgpu_type', id], ...board]);
    // the name is known only from creatable_vgpu_types; a running type not listed there has none
    if (name !== undefined) attributes.set('name', name);
    return { id: `${addr}/${id}`, device: addr, path: dev, attributes, skipped: own };
  });
}

/** Every PCI device bound to a variant driver, and every NVIDIA vGPU VF. */
function pciDevices(root: string, rs: RuleSet, skipped: Skipped[]): Found[] {
  const index = indexDir(root, 'bus/pci/devices', skipped);
  if (index === null) return [];
  const drivers = variantDrivers(rs);
  const out: Found[] = [];
  for (const addr of listDir(index, skipped)) {
    const dev = indexEntry(root, join(index, addr), skipped);
    if (dev === null) continue;
    const driver = driverName(dev);
    const packId = driver === undefined ? undefined : drivers.get(driver);
    if (driver !== undefined && packId !== undefined) {
      const found = variantDevice(rs, addr, dev, driver, packId, skipped);
      if (found) out.push(found);
    } else {
      out.push(...nvidiaVgpuTypes(root, addr, dev, skipped));
    }
  }
  return out;
}

/**
 * Read a host's sysfs (never writing to it) and return one profile per device type a
 * migration would need: mdev types, NVIDIA SR-IOV vGPU types, VFIO variant-driver devices.
 * Only ROOT itself being unreadable is an error; every hazard below it is skipped with a reason.
 */
export function collect(opts: CollectOptions = {}): CollectResult {
  const root = readableRoot(opts.sysfs ?? '/sys');
  const set = checkSetAttributes(opts.set ?? {});
  const rs = ruleSetFor();
  const skipped: Skipped[] = [];
  const found = [...mdevTypes(root, skipped), ...pciDevices(root, rs, skipped)];
  const profiles = found.map((f): CollectedProfile => {
    for (const [k, v] of set) f.attributes.set(k, v);
    const attributes = new Map([...f.attributes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const profile: Profile = { path: f.path, form: 'sysfs', attributes, links: f.links ?? new Map(), skipped: f.skipped };
    return { id: f.id, family: rs.familyOf(normalize(profile)), device: f.device, profile };
  });
  profiles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { root, profiles, skipped };
}
