import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import { normalize } from '../normalize/normalized-profile.js';
import { readLinkText, type Skipped } from '../read/fs-safe.js';
import { readSysfsDir } from '../read/sysfs-dir.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Profile } from '../types.js';
import { ruleSetFor } from '../verdict/checker.js';
import { originsOf, type Found } from './found.js';
import { isHostLocal } from './host-local.js';
import { readKernelRelease, readModuleVersion, readNvidiaParams, type Fact, type NvidiaParams } from './host-facts.js';
import { importDevlink, MIGRATION_ENABLED, type DevlinkVf } from './import-devlink.js';
import { importMdevctl } from './import-mdevctl.js';
import { importNodedev } from './import-nodedev.js';
import { readNvidiaSmiXml, runNvidiaSmi, type NvidiaSmiFacts } from './nvidia-smi.js';
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
  /** The attributes as collected; `path` is the sysfs directory (or tool output) they came from. */
  profile: Profile;
  /** Where each attribute read from outside `profile.path` came from (attribute -> file or command). */
  origins?: ReadonlyMap<string, string>;
}

export interface CollectResult {
  /** The sysfs root read, as a physical path; null when only tools' outputs were imported. */
  root: string | null;
  /** Sorted by id. */
  profiles: CollectedProfile[];
  /** Entries passed over, each with a reason (FIFOs, BARs, write-only files, links leaving root...). */
  skipped: Skipped[];
}

/** A collect that read sysfs: its root is known. */
export type SysfsCollectResult = CollectResult & { root: string };

/** Tools' outputs read instead of (or beside) sysfs. */
export interface CollectImports {
  /** `virsh nodedev-dumpxml` files, one device each. */
  nodedev?: readonly string[];
  /** `mdevctl types --dumpjson` files. */
  mdevctl?: readonly string[];
  /** `devlink -j port show` files. */
  devlink?: readonly string[];
}

export interface CollectOptions {
  /** The sysfs root; `/sys` by default, and not read at all when only imports are given. */
  sysfs?: string;
  /** Attributes sysfs does not hold (ECC mode, driver versions), added to every profile; they win over what was read. */
  set?: Readonly<Record<string, string>>;
  /** The procfs root to read host facts from (`host/kernel_release`, NVIDIA's RegistryDwords); not read when absent. */
  proc?: string;
  /** NVIDIA facts: `run` nvidia-smi when it is on PATH, or read its saved `-q -x` output; not consulted when absent. */
  nvidiaSmi?: 'run' | { xml: string };
  imports?: CollectImports;
}

const VFIO_PCI = 'vfio-pci';

function readableRoot(given: string, what = 'sysfs'): string {
  try {
    const root = realpathSync(resolve(given));
    readdirSync(root);
    return root;
  } catch (err) {
    throw new InputError(given, `cannot read the ${what} root (${errnoCode(err) ?? 'error'})`);
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

/**
 * Copy `vendor`, `device` and `revision` of a device directory into `parent/*`, noting each
 * one's origin (the parent's directory is not the profile's).
 */
function readParentIds(dir: string, into: Map<string, string>, origins: Map<string, string>, skipped: Skipped[]): void {
  for (const name of ['vendor', 'device', 'revision']) {
    const path = join(dir, name);
    const read = readAttribute(path);
    if ('text' in read) {
      into.set(`parent/${name}`, read.text);
      origins.set(`parent/${name}`, path);
    } else if ('skip' in read) skipped.push({ path, reason: read.skip });
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
    const parentOrigins = new Map<string, string>();
    readParentIds(dev, parentIds, parentOrigins, skipped);
    const driver = driverName(dev);
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
      out.push({ id: `${parent}/${type}`, device: parent, path: dir.path, attributes, links: read.links, skipped: read.skipped, origins: new Map(parentOrigins), board: parent, ...(driver === undefined ? {} : { driver }) });
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
  // The silicon revision, which the pack's allowlist does not name: read as a host fact.
  const revisionPath = join(dev, 'revision');
  const revision = readAttribute(revisionPath);
  if ('skip' in revision) skipped.push({ path: revisionPath, reason: revision.skip });
  if ('text' in revision) attributes.set('revision', revision.text);
  return { id: addr, device: addr, path: dev, attributes, skipped: read.skipped, board: addr, driver };
}

/**
 * NVIDIA SR-IOV vGPU (Ada, Hopper): one profile per type the VF can create and for the type
 * it runs. The board identity comes from the physical GPU (`physfn`), the VF itself when
 * it has none.
 */
function nvidiaVgpuTypes(root: string, addr: string, dev: string, driver: string | undefined, skipped: Skipped[]): Found[] {
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
  const boardOrigins = new Map<string, string>();
  let pf: string | null = dev;
  if (types.size > 0) {
    const physfn = join(dev, 'physfn');
    try {
      if (lstatSync(physfn).isSymbolicLink()) pf = indexEntry(root, physfn, own);
    } catch {
      // no physfn: the VF is its own board
    }
    if (pf !== null) readParentIds(pf, board, boardOrigins, own);
  }
  skipped.push(...own);
  return [...types].map(([id, name]) => {
    const attributes = new Map<string, string>([['device_api', VFIO_PCI], ['nvidia/vgpu_type', id], ...board]);
    // the name is known only from creatable_vgpu_types; a running type not listed there has none
    if (name !== undefined) attributes.set('name', name);
    return {
      id: `${addr}/${id}`, device: addr, path: dev, attributes, skipped: own, origins: new Map(boardOrigins),
      ...(pf === null ? {} : { board: basename(pf) }), ...(driver === undefined ? {} : { driver }),
    };
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
      out.push(...nvidiaVgpuTypes(root, addr, dev, driver, skipped));
    }
  }
  return out;
}

/** The facts read once per host, applied to each profile they concern. */
interface HostFacts {
  kernel?: Fact;
  nvidiaParams: NvidiaParams;
  /** nvidia-smi's facts; run on first use, so a host without NVIDIA vGPU profiles never forks it (the hook's cold start). */
  smi: () => NvidiaSmiFacts | null;
  /** `host/driver_version` by driver name, read once each. */
  moduleVersions: Map<string, Fact | undefined>;
}

function readHostFacts(opts: CollectOptions, skipped: Skipped[]): HostFacts {
  const nvidiaSmi = opts.nvidiaSmi;
  // A procfs root named but unreadable is a mistake to say, not facts to leave unknown in silence.
  if (opts.proc !== undefined) readableRoot(opts.proc, 'procfs');
  return {
    ...(opts.proc === undefined ? {} : { kernel: readKernelRelease(opts.proc, skipped) }),
    nvidiaParams: opts.proc === undefined ? {} : readNvidiaParams(opts.proc, skipped),
    smi: nvidiaSmi === 'run' ? once(() => runNvidiaSmi(skipped)) : constant(nvidiaSmi === undefined ? null : readNvidiaSmiXml(nvidiaSmi.xml)),
    moduleVersions: new Map(),
  };
}

const constant = <T>(value: T) => () => value;

function once<T>(compute: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: compute() }).value;
}

/** Set a fact on a profile, with its origin. */
function setFact(f: Found, attribute: string, fact: Fact | undefined): void {
  if (fact === undefined) return;
  f.attributes.set(attribute, fact.value);
  (f.origins ??= new Map()).set(attribute, fact.origin);
}

/**
 * The host facts a profile's rules read, named as the packs read them: `host/kernel_release`
 * and `host/driver_version` for every profile; for an NVIDIA vGPU profile also
 * `nvidia/host_driver_version`, its board's `nvidia/ecc` (and PCI ids, where sysfs gave none),
 * `nvidia/registry_dwords` and the `nvidia/migration` it implies. A fact not read stays absent.
 */
function applyHostFacts(f: Found, family: string | null, root: string | null, facts: HostFacts, skipped: Skipped[]): void {
  setFact(f, 'host/kernel_release', facts.kernel);
  if (root !== null && f.driver !== undefined) {
    if (!facts.moduleVersions.has(f.driver)) facts.moduleVersions.set(f.driver, readModuleVersion(root, f.driver, skipped));
    setFact(f, 'host/driver_version', facts.moduleVersions.get(f.driver));
  }
  if (family !== NVIDIA_FAMILY) return;
  const { nvidiaParams } = facts;
  const smi = facts.smi();
  setFact(f, 'nvidia/registry_dwords', nvidiaParams.registryDwords);
  setFact(f, 'nvidia/migration', nvidiaParams.migration);
  if (smi === null) return;
  setFact(f, 'nvidia/host_driver_version', smi.driverVersion === undefined ? undefined : { value: smi.driverVersion, origin: smi.origin });
  const gpu = f.board === undefined ? undefined : smi.gpus.get(f.board);
  if (gpu === undefined) return;
  setFact(f, 'nvidia/ecc', gpu.ecc === undefined ? undefined : { value: gpu.ecc, origin: smi.origin });
  for (const [key, value] of [['parent/vendor', gpu.vendor], ['parent/device', gpu.device]] as const) {
    // sysfs's own ids stand; nvidia-smi fills them only for a profile read without them (an import)
    if (value !== undefined && !f.attributes.has(key)) setFact(f, key, { value, origin: smi.origin });
  }
}

/** The NVIDIA vGPU pack: the one family whose host facts come from the vendor's tools. */
const NVIDIA_FAMILY = 'nvidia-vgpu';

/** A devlink VF's VF address, through the PF's `virtfn<N>` link within root. */
function vfAddress(root: string, vf: DevlinkVf, skipped: Skipped[]): string | undefined {
  const pf = dirWithin(root, join('bus', 'pci', 'devices'));
  if (pf === null || 'skip' in pf) return undefined;
  const pfDir = indexEntry(root, join(pf.path, vf.pf), skipped);
  if (pfDir === null) return undefined;
  const link = join(pfDir, `virtfn${vf.vfnum}`);
  try {
    if (!lstatSync(link).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  const dir = indexEntry(root, link, skipped);
  return dir === null ? undefined : basename(dir);
}

/**
 * devlink's word on each VF: `migration/enabled` (`true`/`false`) on the VF's profile, and a
 * VF whose function is not migratable has no migration at all (`migration/features` empty).
 * A VF collect has no profile for (no sysfs read, or not bound to a variant driver) gets one
 * of its own, holding only what devlink said: `<VF address>`, or `<PF>/vf<N>` without sysfs.
 */
function applyDevlink(found: Found[], vfs: readonly DevlinkVf[], root: string | null, skipped: Skipped[]): void {
  for (const vf of vfs) {
    const address = root === null ? undefined : vfAddress(root, vf, skipped);
    let f = address === undefined ? undefined : found.find((x) => x.id === address);
    if (f === undefined) {
      const id = address ?? `${vf.pf}/vf${vf.vfnum}`;
      f = { id, device: address ?? vf.pf, path: vf.origin, attributes: new Map(), skipped: [] };
      found.push(f);
    }
    const origin = `${vf.origin} (${vf.port})`;
    setFact(f, MIGRATION_ENABLED, { value: String(vf.migratable), origin });
    if (!vf.migratable) setFact(f, 'migration/features', { value: '', origin });
  }
}

/** Every import's device types, and the devlink VFs, in the order given. */
function readImports(imports: CollectImports): { found: Found[]; devlink: DevlinkVf[] } {
  return {
    found: [...(imports.nodedev ?? []).flatMap(importNodedev), ...(imports.mdevctl ?? []).flatMap(importMdevctl)],
    devlink: (imports.devlink ?? []).flatMap(importDevlink),
  };
}

/** True when at least one tool output is to be imported. */
export const hasImports = (i: CollectImports | undefined): boolean => i !== undefined && [i.nodedev, i.mdevctl, i.devlink].some((l) => (l?.length ?? 0) > 0);

/**
 * Read a host's sysfs (never writing to it) and return one profile per device type a
 * migration would need: mdev types, NVIDIA SR-IOV vGPU types, VFIO variant-driver devices.
 * Only ROOT itself being unreadable is an error; every hazard below it is skipped with a reason.
 * Tools' outputs (`imports`) add the profiles they describe; with imports and no `sysfs`,
 * sysfs is not read. Host facts (`proc`, `nvidiaSmi`) are added where named, each with its origin.
 */
export function collect(opts: CollectOptions & { imports?: undefined }): SysfsCollectResult;
export function collect(opts?: CollectOptions): CollectResult;
export function collect(opts: CollectOptions = {}): CollectResult {
  const readSysfs = opts.sysfs !== undefined || !hasImports(opts.imports);
  const root = readSysfs ? readableRoot(opts.sysfs ?? '/sys') : null;
  const set = checkSetAttributes(opts.set ?? {});
  const rs = ruleSetFor();
  const skipped: Skipped[] = [];
  const found = root === null ? [] : [...mdevTypes(root, skipped), ...pciDevices(root, rs, skipped)];
  const imported = readImports(opts.imports ?? {});
  found.push(...imported.found);
  applyDevlink(found, imported.devlink, root, skipped);
  const facts = readHostFacts(opts, skipped);
  const setOrigins = originsOf(set, '--set');
  const profiles = found.map((f): CollectedProfile => {
    const family = rs.familyOf(normalize(profileOf(f)));
    applyHostFacts(f, family, root, facts, skipped);
    for (const [k, v] of set) f.attributes.set(k, v);
    const origins = new Map([...(f.origins ?? []), ...setOrigins].sort(byKey));
    f.attributes = new Map([...f.attributes].sort(byKey));
    return { id: f.id, family, device: f.device, profile: profileOf(f), origins };
  });
  profiles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { root, profiles, skipped };
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

function profileOf(f: Found): Profile {
  return { path: f.path, form: 'sysfs', attributes: f.attributes, links: f.links ?? new Map(), skipped: f.skipped };
}
