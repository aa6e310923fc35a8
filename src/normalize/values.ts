import type { SemVer } from 'semver';
import parseSemver from 'semver/functions/parse.js';

/**
 * A version as the 2020 thread wrote them: full semver, or major.minor, or a bare integer
 * (N reads as N.0.0). All parsing is semver's: we only complete the missing parts.
 */
export function parseVersion(text: string): SemVer | null {
  const v = text.trim();
  return parseSemver(v) ?? parseSemver(`${v}.0`) ?? parseSemver(`${v}.0.0`);
}

/** Hex id or mask as a canonical lower-case string without 0x and leading zeros; null if not hex. */
export function canonicalHex(text: string): string | null {
  const m = /^(?:0x)?([0-9a-f]+)$/i.exec(text.trim());
  if (!m) return null;
  return m[1]!.toLowerCase().replace(/^0+(?=.)/, '');
}

/** Elements of a set attribute: split on `+`, `,`, blanks and newlines. */
export function splitSet(text: string): string[] {
  return text.split(/[+,\s]+/).filter((e) => e !== '');
}

/**
 * `description` as key/value pairs: every non-empty line `key: value` (GVT-g), or the whole
 * text comma-separated `key=value` items (NVIDIA). Anything else is free text: null.
 */
export function parseDescription(text: string): Map<string, string> | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return null;
  const colon = lines.map((l) => /^([^:=\s][^:]*?)\s*:\s*(.*)$/.exec(l));
  if (colon.every((m) => m !== null)) return new Map(colon.map((m) => [m![1]!, m![2]!]));
  const items = text.split(',').map((i) => i.trim()).filter((i) => i !== '');
  const kv = items.map((i) => /^([^=\s]+)\s*=\s*(.*)$/.exec(i));
  if (kv.every((m) => m !== null)) return new Map(kv.map((m) => [m![1]!, m![2]!]));
  return null;
}

/** Attribute names whose values are PCI ids or hex masks and so compare as numbers. */
export function isHexAttribute(name: string): boolean {
  return /^(vendor|device|subsystem_vendor|subsystem_device|revision|class)$/.test(name)
    || name.startsWith('parent/') || name.endsWith('_mask') || name === 'compatible_pci_ids';
}
