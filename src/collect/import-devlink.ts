import { sysfsPciAddress } from './pci-address.js';
import { isObject, readToolJson, toolOutputError } from './tool-json.js';

/** What `devlink -j port show` says about one VF's port function. */
export interface DevlinkVf {
  /** The port handle (`pci/0000:06:00.0/2`). */
  port: string;
  /** The physical function's PCI address. */
  pf: string;
  vfnum: number;
  /** `function.migratable`: mlx5 implements it (the firmware prepares the VF for migration). */
  migratable: boolean;
  /** The file it was read from. */
  origin: string;
}

export const MIGRATION_ENABLED = 'migration/enabled';

/**
 * `devlink -j port show`: `{"port": {"pci/<PF>/<index>": {"flavour": "pcivf", "vfnum": N,
 * "function": {"migratable": "enable" | "disable", ...}}}}`. Only VF ports that state
 * `migratable` say anything about migration; the others are passed over.
 */
export function importDevlink(file: string): DevlinkVf[] {
  const doc = readToolJson(file, 'devlink -j port show output');
  const bad = toolOutputError(file, 'devlink -j port show');
  if (!isObject(doc) || !isObject(doc.port)) throw bad('top level', 'no "port" object');
  const out: DevlinkVf[] = [];
  for (const [port, info] of Object.entries(doc.port)) {
    if (!isObject(info)) throw bad(port, 'not an object');
    if (info.flavour !== 'pcivf' || !isObject(info.function) || info.function.migratable === undefined) continue;
    const m = /^pci\/([^/]+)\/\d+$/.exec(port);
    const pf = m === null ? undefined : sysfsPciAddress(m[1]!);
    if (pf === undefined) throw bad(port, 'a VF port handle that is not pci/<PF address>/<index>');
    const { vfnum } = info;
    if (typeof vfnum !== 'number' || !Number.isInteger(vfnum) || vfnum < 0) throw bad(port, 'vfnum is not a non-negative integer');
    const migratable = info.function.migratable;
    if (migratable !== 'enable' && migratable !== 'disable') throw bad(port, `function.migratable is '${String(migratable)}', expected enable or disable`);
    out.push({ port, pf, vfnum, migratable: migratable === 'enable', origin: file });
  }
  return out;
}
