import type { Skipped } from '../read/fs-safe.js';

/** A device type one reader found (sysfs, or a tool's output), before host facts, `--set` and family selection. */
export interface Found {
  /** Relative output directory (`<parent>/<type>`, `<VF>/<type id>`, `<address>`). */
  id: string;
  /** PCI address (or other bus name) of the mdev parent, the VF or the device. */
  device: string;
  /** The directory or file the attributes came from. */
  path: string;
  attributes: Map<string, string>;
  links?: Map<string, string>;
  skipped: Skipped[];
  /** Where each attribute read from outside `path` came from (attribute -> file or command). */
  origins?: Map<string, string>;
  /** The physical board's PCI address as sysfs names it, for per-GPU facts (nvidia-smi). */
  board?: string;
  /** The driver whose module version is `host/driver_version`. */
  driver?: string;
}

/** Attributes all read from one file: each one's origin is that file. */
export function originsOf(attributes: ReadonlyMap<string, string>, origin: string): Map<string, string> {
  return new Map([...attributes.keys()].map((a) => [a, origin]));
}
