/**
 * An assigned device of a domain, as its XML names it: an mdev by its UUID, a PCI device
 * (a `<hostdev type='pci'>` or an `<interface type='hostdev'>`) by its address.
 */
export type HostdevRef =
  | { kind: 'mdev'; uuid: string; alias?: string }
  | { kind: 'pci'; address: string; alias?: string };

/** How messages name a device: its UUID or its PCI address. */
export function hostdevName(ref: HostdevRef): string {
  return ref.kind === 'mdev' ? ref.uuid : ref.address;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A canonical (lower-case) UUID, or undefined; also keeps anything path-like out of sysfs lookups. */
export function canonicalUuid(s: string | undefined): string | undefined {
  const u = s?.trim().toLowerCase();
  return u !== undefined && UUID.test(u) ? u : undefined;
}

/** `0000:41:00.4` from libvirt's `domain`/`bus`/`slot`/`function` numbers, or undefined when one is out of range. */
export function pciAddress(domain: string | undefined, bus: string | undefined, slot: string | undefined, fn: string | undefined): string | undefined {
  const parts = [domain ?? '0', bus, slot, fn].map((v) => (v === undefined || v.trim() === '' ? NaN : Number(v.trim())));
  const [d, b, s, f] = parts as [number, number, number, number];
  const inRange = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  if (!inRange(d, 0xffff) || !inRange(b, 0xff) || !inRange(s, 0x1f) || !inRange(f, 7)) return undefined;
  const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');
  return `${hex(d, 4)}:${hex(b, 2)}:${hex(s, 2)}.${f}`;
}

/** Is `address` the canonical form pciAddress produces? */
export function isPciAddress(address: string): boolean {
  const m = /^([0-9a-f]{4}):([0-9a-f]{2}):([0-9a-f]{2})\.([0-7])$/.exec(address);
  return m !== null && pciAddress(`0x${m[1]}`, `0x${m[2]}`, `0x${m[3]}`, m[4]) === address;
}
