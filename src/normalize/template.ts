import { InputError } from '../errors.js';

/**
 * The 2020-08-05 template form of `migration/compatible`, e.g.
 *   mdev_type=acme-type_{val1:int:2,4,8}
 *   aggregator={val1}/2
 * Grammar (parsed here, never evaluated as code):
 * - a value is literal text and placeholders;
 * - `{name:int:v1,v2,...}` declares a variable and its integer values, and stands for it;
 * - `{name}` refers to a declared variable;
 * - a placeholder may be followed by operators outside the braces, `{val1}/2`, `{n}*2+1`:
 *   `*`, `/`, `+`, `-` each with an integer, applied left to right; a division that is not
 *   exact makes that expansion impossible.
 */
export type Op = { op: '*' | '/' | '+' | '-'; n: number };
export type Part = { lit: string } | { var: string; ops: Op[] };

export interface TemplateSet {
  /** Variable name to its declared values. */
  readonly vars: ReadonlyMap<string, readonly number[]>;
  /** Attribute name to its template parts. */
  readonly templates: ReadonlyMap<string, readonly Part[]>;
}

/** Expansions beyond this are refused: a template set is a handful of types, not a search space. */
const MAX_EXPANSIONS = 4096;

/**
 * Work beyond this is refused: expanding costs, per combination, one step per variable, per
 * templated attribute, per placeholder, per operator and per literal character (each expansion
 * builds, and the check compares, every templated value). One combination of a 64 KiB value
 * expands in milliseconds; the largest set accepted (4096 combinations of 256 steps) in tens of
 * milliseconds and under 20 MB; a 60 KB value of 4096 combinations (a gigabyte and seconds
 * before this bound) is refused.
 */
export const MAX_TEMPLATE_WORK = 1 << 20;

/** An operator and its integer, matched at `lastIndex` only (sticky: no slice, no scan ahead). */
const OPERATOR = /([*/+-])(\d+)/y;
/** The inside of a placeholder: `name` or `name:int:v1,v2,...` (linear: the list is comma-led). */
const PLACEHOLDER = /^([A-Za-z_][A-Za-z0-9_]*)(?::int:(-?\d+(?:,-?\d+)*))?$/;

/** One pass over `text`: literals are sliced, never built a character at a time. */
function parseValue(text: string, where: string, vars: Map<string, number[]>): Part[] {
  const parts: Part[] = [];
  let i = 0;
  let litStart = 0;
  const fail = (msg: string): never => { throw new InputError(where, `${msg} at column ${i + 1} of '${text}'`); };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x7d /* } */) fail("unmatched '}'");
    if (c !== 0x7b /* { */) {
      i++;
      continue;
    }
    if (i > litStart) parts.push({ lit: text.slice(litStart, i) });
    const close = text.indexOf('}', i);
    if (close < 0) fail("unclosed '{'");
    const body = text.slice(i + 1, close);
    const m = PLACEHOLDER.exec(body);
    if (!m) fail(`bad placeholder '{${body}}' (expected {name} or {name:int:v1,v2,...})`);
    const name = m![1]!;
    if (m![2] !== undefined) {
      const values = m![2].split(',').map(Number);
      const prev = vars.get(name);
      if (prev && prev.join() !== values.join()) fail(`variable '${name}' declared twice with different values`);
      vars.set(name, values);
    }
    i = close + 1;
    const ops: Op[] = [];
    for (;;) {
      OPERATOR.lastIndex = i;
      const om = OPERATOR.exec(text);
      if (om === null) break;
      ops.push({ op: om[1] as Op['op'], n: Number(om[2]) });
      i = OPERATOR.lastIndex;
    }
    parts.push({ var: name, ops });
    litStart = i;
  }
  if (i > litStart) parts.push({ lit: text.slice(litStart, i) });
  return parts;
}

/** Steps one expansion takes (see MAX_TEMPLATE_WORK). */
function expansionSteps(set: TemplateSet): number {
  let steps = set.vars.size;
  for (const parts of set.templates.values()) {
    steps += 1;
    for (const p of parts) steps += 'lit' in p ? p.lit.length : 1 + p.ops.length;
  }
  return steps;
}

/** Parse `key=value` template lines. Throws InputError naming `where` and the line. */
export function parseTemplates(text: string, where: string): TemplateSet {
  const vars = new Map<string, number[]>();
  const templates = new Map<string, Part[]>();
  text.split('\n').forEach((raw, n) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new InputError(`${where} line ${n + 1}`, `expected key=template, found '${line}'`);
    templates.set(line.slice(0, eq).trim(), parseValue(line.slice(eq + 1).trim(), `${where} line ${n + 1}`, vars));
  });
  for (const parts of templates.values()) {
    for (const p of parts) if ('var' in p && !vars.has(p.var)) throw new InputError(where, `variable '${p.var}' is used but never declared with {${p.var}:int:...}`);
  }
  let count = 1;
  for (const values of vars.values()) count *= values.length;
  if (count > MAX_EXPANSIONS) throw new InputError(where, `templates expand to ${count} combinations, more than ${MAX_EXPANSIONS}`);
  const set = { vars, templates };
  const steps = expansionSteps(set);
  if (count * steps > MAX_TEMPLATE_WORK) {
    throw new InputError(where, `templates expand to ${count} combinations of ${steps} steps each (${count * steps} in all), more than ${MAX_TEMPLATE_WORK}`);
  }
  return set;
}

function applyOps(value: number, ops: readonly Op[]): number | null {
  let v = value;
  for (const { op, n } of ops) {
    if (op === '*') v *= n;
    else if (op === '+') v += n;
    else if (op === '-') v -= n;
    else {
      if (n === 0 || v % n !== 0) return null;
      v /= n;
    }
  }
  return v;
}

/**
 * Every expansion: attribute name to concrete value, one map per assignment of the variables,
 * the first variable varying slowest. Each assignment is built once, in place (no copy of the
 * assignment so far per variable), so the work is combinations × expansionSteps, which
 * parseTemplates bounds by MAX_TEMPLATE_WORK.
 */
export function expandTemplates(set: TemplateSet): Map<string, string>[] {
  const names = [...set.vars.keys()];
  const lists = names.map((n) => set.vars.get(n)!);
  if (lists.some((l) => l.length === 0)) return [];
  const slot = new Map(names.map((n, k) => [n, k]));
  const templates = [...set.templates].map(([attr, parts]) =>
    [attr, parts.map((p) => ('lit' in p ? p : { slot: slot.get(p.var)!, ops: p.ops }))] as const);
  const at = names.map(() => 0);
  const out: Map<string, string>[] = [];
  for (;;) {
    const expansion = build(templates, lists.map((l, k) => l[at[k]!]!));
    if (expansion) out.push(expansion);
    // The next assignment: the last variable varies fastest.
    let k = at.length - 1;
    while (k >= 0 && at[k] === lists[k]!.length - 1) at[k--] = 0;
    if (k < 0) return out;
    at[k]!++;
  }
}

type SlotPart = { lit: string } | { slot: number; ops: readonly Op[] };

/** One expansion for one assignment, or null when an operator makes it impossible. */
function build(templates: readonly (readonly [string, readonly SlotPart[]])[], values: readonly number[]): Map<string, string> | null {
  const expansion = new Map<string, string>();
  for (const [attr, parts] of templates) {
    let s = '';
    for (const p of parts) {
      if ('lit' in p) s += p.lit;
      else {
        const v = applyOps(values[p.slot]!, p.ops);
        if (v === null) return null;
        s += String(v);
      }
    }
    expansion.set(attr, s);
  }
  return expansion;
}
