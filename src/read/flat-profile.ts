import { InputError } from '../errors.js';

/**
 * The 2020 proposal's `migration/self` form: `key=value` lines, `#` comments and blank lines
 * ignored; `\n` in a value stands for a newline (so a multi-line description fits on one line).
 */
export function parseFlatProfile(path: string, text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new InputError(`${path}:${i + 1}`, `expected key=value, found '${line.slice(0, 60)}'`);
    const key = line.slice(0, eq).trim();
    if (attributes.has(key)) throw new InputError(`${path}:${i + 1}`, `attribute '${key}' given twice`);
    attributes.set(key, line.slice(eq + 1).trim().replace(/\\n/g, '\n'));
  });
  if (attributes.size === 0) throw new InputError(path, 'no key=value line: not a profile');
  return attributes;
}
