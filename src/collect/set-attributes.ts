import { InputError } from '../errors.js';
import { attributeText } from '../read/fs-safe.js';

/**
 * Check that an attribute name can be written as a sysfs-style path and read back as the same
 * name: `/`-separated elements, none empty, `.`/`..`, hidden or README* (the reader ignores those).
 */
export function checkAttributeName(name: string, where: string): void {
  const bad = name.split('/').find((e) => e === '' || e.startsWith('.') || e.startsWith('README') || e.includes('\0'));
  if (bad !== undefined) throw new InputError(where, `'${name}' is not an attribute name (path elements must be non-empty, not start with '.' or README)`);
}

/**
 * The `--set KEY=VALUE` attributes, checked: the value is stored as reading it back from disk
 * would give it (trailing newline and blanks removed), so the profile in memory and the one
 * written are the same.
 */
export function checkSetAttributes(set: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(set)) {
    checkAttributeName(key, '--set');
    const text = attributeText(Buffer.from(value, 'utf8'));
    if (text === undefined) throw new InputError('--set', `${key}: the value must be text without NUL bytes`);
    out.set(key, text);
  }
  return out;
}

/** Parse repeated `--set KEY=VALUE` flags; a later KEY wins. */
export function parseSetArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const kv of args) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new InputError('--set', `expected KEY=VALUE, got '${kv}'`);
    out[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return out;
}
