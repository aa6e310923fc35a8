import type { SemVer } from 'semver';
import parseSemver from 'semver/functions/parse.js';

/** semver's own limit (MAX_LENGTH): longer text is never a version. */
const MAX_VERSION_LENGTH = 256;

/**
 * A version as the 2020 thread wrote them: full semver, or major.minor, or a bare integer
 * (N reads as N.0.0). All parsing is semver's: we only complete the missing parts.
 */
export function parseVersion(text: string): SemVer | null {
  const v = text.trim();
  // semver refuses more than 256 characters itself, before any pattern runs; said here too, so
  // that a long untrusted value never reaches a pattern whatever semver release is installed.
  if (v.length > MAX_VERSION_LENGTH) return null;
  return parseSemver(v) ?? parseSemver(`${v}.0`) ?? parseSemver(`${v}.0.0`);
}

/** Hex id or mask as a canonical lower-case string without 0x and leading zeros; null if not hex. */
export function canonicalHex(text: string): string | null {
  // Linear: both patterns are anchored at the start and hold one repeated class each, so a
  // failed match costs one pass (twice for the optional 0x), never a retry per position.
  const m = /^(?:0x)?([0-9a-f]+)$/i.exec(text.trim());
  if (!m) return null;
  return m[1]!.toLowerCase().replace(/^0+(?=.)/, '');
}

/** Elements of a set attribute: split on `+`, `,`, blanks and newlines. */
export function splitSet(text: string): string[] {
  // Linear: a run of separators is one greedy match, never retried from inside.
  return text.split(/[+,\s]+/).filter((e) => e !== '');
}

/**
 * `.` in a regular expression (and so the `(.*)$` these grammars were first written with) does
 * not match a line terminator: a value holding one is not a value, and the line or item is
 * then not a pair. Kept as is, so that such text stays free text.
 */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * `key: value` (the line form) in a trimmed, non-empty line: the key is everything before the
 * first `:` less trailing blanks, starting with neither `=` nor a blank; the value is everything
 * after that `:` less leading blanks. Same results as /^([^:=\s][^:]*?)\s*:\s*(.*)$/, but by
 * indexOf and slices: that regex backtracks on long runs of blanks (quadratic: 60 KB, seconds).
 * `trimEnd`/`trimStart` strip exactly the code points `\s` matches (WhiteSpace, LineTerminator).
 */
function colonPair(line: string): [string, string] | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || line[0] === '=') return null;
  const value = line.slice(colon + 1).trimStart();
  if (LINE_TERMINATOR.test(value)) return null;
  return [line.slice(0, colon).trimEnd(), value];
}

/**
 * `key=value` (the comma-separated form) in a trimmed, non-empty item: the key is the leading run of
 * characters that are neither `=` nor blanks, then optional blanks, `=`, and the value less its
 * leading blanks. Same results as /^([^=\s]+)\s*=\s*(.*)$/, linear.
 */
function equalsPair(item: string): [string, string] | null {
  let k = 0;
  while (k < item.length && item[k] !== '=' && !isBlank(item[k]!)) k++;
  if (k === 0) return null;
  let eq = k;
  while (eq < item.length && isBlank(item[eq]!)) eq++;
  if (item[eq] !== '=') return null;
  const value = item.slice(eq + 1).trimStart();
  if (LINE_TERMINATOR.test(value)) return null;
  return [item.slice(0, k), value];
}

const BLANK = /\s/;

/** One UTF-16 code unit that `\s` matches (and `trim` strips). */
function isBlank(c: string): boolean {
  return BLANK.test(c);
}

/**
 * `description` as key/value pairs: every non-empty line `key: value`, or the whole
 * text comma-separated `key=value` items. Anything else is free text: null.
 * Linear in the text: no backtracking pattern runs on it.
 */
export function parseDescription(text: string): Map<string, string> | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return null;
  const colon = lines.map(colonPair);
  if (colon.every((m) => m !== null)) return new Map(colon as [string, string][]);
  const items = text.split(',').map((i) => i.trim()).filter((i) => i !== '');
  const kv = items.map(equalsPair);
  if (kv.every((m) => m !== null)) return new Map(kv as [string, string][]);
  return null;
}

/** Attribute names whose values are PCI ids or hex masks and so compare as numbers. */
export function isHexAttribute(name: string): boolean {
  // Linear: an anchored alternation of fixed words.
  return /^(vendor|device|subsystem_vendor|subsystem_device|revision|class)$/.test(name)
    || name.startsWith('parent/') || name.endsWith('_mask') || name === 'compatible_pci_ids';
}
