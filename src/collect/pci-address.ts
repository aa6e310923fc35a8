/**
 * A PCI address as sysfs names it (`0000:1a:00.0`), from the forms tools print: nvidia-smi's
 * eight-digit domain (`00000000:1A:00.0`), upper-case hex. Undefined when it is not one.
 */
export function sysfsPciAddress(text: string): string | undefined {
  const m = /^([0-9a-f]{4,8}):([0-9a-f]{2}):([0-9a-f]{2})\.([0-7])$/i.exec(text.trim());
  if (m === null) return undefined;
  const domain = m[1]!.slice(-4);
  if (!/^0*$/.test(m[1]!.slice(0, -4))) return undefined;
  return `${domain}:${m[2]}:${m[3]}.${m[4]}`.toLowerCase();
}

/** A 16-bit PCI id as sysfs prints it (`0x13bd`). */
export function pciId(value: number): string {
  return `0x${value.toString(16).padStart(4, '0')}`;
}
