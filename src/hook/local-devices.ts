import { lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CollectedProfile } from '../collect/collect.js';
import { parseCurrentVgpuType } from '../collect/nvidia-vgpu-types.js';
import { readAttribute } from '../collect/read-attribute.js';
import { resolveLinkWithin } from '../collect/within-root.js';
import { errnoCode } from '../errors.js';
import { readLinkText } from '../read/fs-safe.js';

/** The attribute naming a profile's device type, per kind: mdev type, NVIDIA vGPU type id, VF PCI id. */
const TYPE_ATTRIBUTES = ['mdev_type', 'nvidia/vgpu_type', 'device'] as const;

/** The device type of a profile, for messages and for preferring a same-type target. */
export function typeOf(attributes: ReadonlyMap<string, string>): string | undefined {
  const a = TYPE_ATTRIBUTES.find((k) => attributes.has(k));
  if (a === undefined) return undefined;
  const v = attributes.get(a)!;
  if (a === 'nvidia/vgpu_type') return `vGPU type ${v}${attributes.has('name') ? ` ${attributes.get('name')}` : ''}`;
  if (a === 'device') return `${attributes.get('driver') ?? 'device'} ${v}`;
  return v;
}

/** An mdev profile (its type directory) as against a PCI one (a variant-driver device, an NVIDIA VF's type). */
export function isMdevProfile(p: CollectedProfile): boolean {
  return p.profile.attributes.has('mdev_type');
}

/** A sysfs index link (`bus/mdev/devices/X`, `bus/pci/devices/X`) resolved within root; a reason when absent. */
function indexed(root: string, rel: string): { path: string } | { missing: string } {
  const link = join(root, rel);
  try {
    if (!lstatSync(link).isSymbolicLink()) return { missing: `${rel} is not a link` };
  } catch (err) {
    return { missing: errnoCode(err) === 'ENOENT' ? `no ${rel}` : `cannot stat ${rel} (${errnoCode(err) ?? 'error'})` };
  }
  const found = resolveLinkWithin(root, link);
  return 'skip' in found ? { missing: `${rel}: ${found.skip}` } : found;
}

/**
 * The running mdev `uuid` on the host at `root`: `bus/mdev/devices/<uuid>` links to
 * `.../<parent>/<uuid>`, whose `mdev_type` link ends in the type id. Returns the collect id
 * of its type (`<parent>/<type>`), or why it cannot be told.
 */
export function localMdevType(root: string, uuid: string): { id: string; type: string } | { missing: string } {
  const dev = indexed(root, `bus/mdev/devices/${uuid}`);
  if ('missing' in dev) return dev;
  const link = readLinkText(join(dev.path, 'mdev_type'));
  if ('skip' in link) return { missing: `mdev ${uuid}: mdev_type: ${link.skip}` };
  const type = basename(link.text);
  return { id: `${basename(dirname(dev.path))}/${type}`, type };
}

/** The vGPU type id an NVIDIA SR-IOV VF runs (`nvidia/current_vgpu_type`), null when none or unreadable. */
export function currentVgpuType(root: string, address: string): string | null {
  const dev = indexed(root, `bus/pci/devices/${address}`);
  if ('missing' in dev) return null;
  const read = readAttribute(join(dev.path, 'nvidia', 'current_vgpu_type'));
  return 'text' in read ? (parseCurrentVgpuType(read.text) ?? null) : null;
}
