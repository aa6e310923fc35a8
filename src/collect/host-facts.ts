import { join } from 'node:path';
import type { Skipped } from '../read/fs-safe.js';
import { readAttribute } from './read-attribute.js';
import { dirWithin } from './within-root.js';

/** One fact about the host and where it was read. */
export interface Fact {
  value: string;
  /** The file or command it came from. */
  origin: string;
}

/** A file's text as a fact; absent, unreadable or empty stays unknown (an unreadable one is recorded). */
function fileFact(path: string, skipped: Skipped[]): Fact | undefined {
  const read = readAttribute(path);
  if ('skip' in read) skipped.push({ path, reason: read.skip });
  return 'text' in read && read.text.trim() !== '' ? { value: read.text.trim(), origin: path } : undefined;
}

/** `host/kernel_release`: `PROC/sys/kernel/osrelease`. */
export function readKernelRelease(proc: string, skipped: Skipped[]): Fact | undefined {
  return fileFact(join(proc, 'sys', 'kernel', 'osrelease'), skipped);
}

/**
 * `host/driver_version`: `SYSFS/module/<module>/version`, present only when the module
 * declares MODULE_VERSION (nvidia does; most in-tree drivers do not). Module names use `_`
 * where driver names may use `-` (`xe-vfio-pci` is module `xe_vfio_pci`).
 */
export function readModuleVersion(root: string, driver: string, skipped: Skipped[]): Fact | undefined {
  const dir = dirWithin(root, join('module', driver.replace(/-/g, '_')));
  if (dir === null || 'skip' in dir) return undefined;
  return fileFact(join(dir.path, 'version'), skipped);
}

/** What `/proc/driver/nvidia/params` says about vGPU migration. */
export interface NvidiaParams {
  /** The `RegistryDwords` line's value, unquoted (`RMEnableVgpuMigration=1`). */
  registryDwords?: Fact;
  /**
   * `supported` when the registry sets `RMEnableVgpuMigration` to non-zero (how NVIDIA's vGPU
   * documentation has KVM hosts enable migration), `disabled` when it sets it to 0; unknown otherwise.
   */
  migration?: Fact;
}

/** `RMEnableVgpuMigration`'s value in a RegistryDwords string (`key=value` pairs split on `;`), if set. */
function vgpuMigrationDword(dwords: string): string | undefined {
  for (const pair of dwords.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim().toLowerCase() === 'rmenablevgpumigration') return pair.slice(eq + 1).trim();
  }
  return undefined;
}

/** `PROC/driver/nvidia/params`: its `RegistryDwords: "..."` line. */
export function readNvidiaParams(proc: string, skipped: Skipped[]): NvidiaParams {
  const path = join(proc, 'driver', 'nvidia', 'params');
  const read = readAttribute(path);
  if ('skip' in read) skipped.push({ path, reason: read.skip });
  if (!('text' in read)) return {};
  const line = read.text.split('\n').find((l) => l.startsWith('RegistryDwords:'));
  if (line === undefined) return {};
  let value = line.slice('RegistryDwords:'.length).trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  if (value === '') return {};
  const out: NvidiaParams = { registryDwords: { value, origin: path } };
  const dword = vgpuMigrationDword(value);
  if (dword !== undefined && /^(0x)?[0-9a-f]+$/i.test(dword)) out.migration = { value: Number(dword) === 0 ? 'disabled' : 'supported', origin: path };
  return out;
}
