import { InputError } from '../errors.js';

/**
 * The 2020-08-05 template form of `migration/compatible`, e.g.
 *   mdev_type=i915-GVTg_V5_{val1:int:2,4,8}
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

function parseValue(text: string, where: string, vars: Map<string, number[]>): Part[] {
  const parts: Part[] = [];
  let i = 0;
  let lit = '';
  const fail = (msg: string): never => { throw new InputError(where, `${msg} at column ${i + 1} of '${text}'`); };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '}') fail("unmatched '}'");
    if (c !== '{') {
      lit += c;
      i++;
      continue;
    }
    if (lit) parts.push({ lit });
    lit = '';
    const close = text.indexOf('}', i);
    if (close < 0) fail("unclosed '{'");
    const body = text.slice(i + 1, close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::int:(-?\d+(?:,-?\d+)*))?$/.exec(body);
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
    let om: RegExpExecArray | null;
    const opRe = /^([*/+-])(\d+)/;
    while ((om = opRe.exec(text.slice(i))) !== null) {
      ops.push({ op: om[1] as Op['op'], n: Number(om[2]) });
      i += om[0].length;
    }
    parts.push({ var: name, ops });
  }
  if (lit) parts.push({ lit });
  return parts;
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
  return { vars, templates };
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

/** Every expansion: attribute name to concrete value, one map per assignment of the variables. */
export function expandTemplates(set: TemplateSet): Map<string, string>[] {
  let assignments: Map<string, number>[] = [new Map()];
  for (const [name, values] of set.vars) {
    assignments = assignments.flatMap((a) => values.map((v) => new Map(a).set(name, v)));
  }
  const out: Map<string, string>[] = [];
  next: for (const a of assignments) {
    const expansion = new Map<string, string>();
    for (const [attr, parts] of set.templates) {
      let s = '';
      for (const p of parts) {
        if ('lit' in p) s += p.lit;
        else {
          const v = applyOps(a.get(p.var)!, p.ops);
          if (v === null) continue next;
          s += String(v);
        }
      }
      expansion.set(attr, s);
    }
    out.push(expansion);
  }
  return out;
}
