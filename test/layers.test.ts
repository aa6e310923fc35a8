// The layers of src/ as the README's "How it is built" describes them, asserted from the import
// graph: every import (static, `export ... from`, dynamic `import()`, type-only ones included) goes
// to the same layer or a lower one, and no module or folder imports itself round a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import t from 'tap';
import ts from 'typescript';
import { repoRoot } from './helpers/cli.js';

/**
 * Lowest first. A unit is a folder of src/ or a file directly in it; units on one line form
 * one layer and may import each other (never round a cycle).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'schema-error.ts', 'types.ts', 'generated'],
  ['read'],
  ['normalize'],
  ['rules'],
  ['evaluate'],
  ['verdict'],
  ['suppress'],
  ['collect', 'matrix', 'series', 'traits', 'hook', 'vm'],
  ['plan'],
  ['report'],
  ['render'],
  ['app'],
  ['cli'],
  ['index.ts'],
];

/** Upward edges that are known and tolerated until the code moves, as `from unit -> to unit`. */
const KNOWN_EXCEPTIONS: ReadonlySet<string> = new Set<string>([]);

const srcRoot = join(repoRoot, 'src');
const layerOf = new Map(LAYERS.flatMap((units, i) => units.map((u) => [u, i] as const)));

/** Every TypeScript module of src/, as `/`-separated paths relative to src/. */
function modules(dir: string = srcRoot): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return name.endsWith('.ts') ? [relative(srcRoot, path).split(sep).join('/')] : [];
  });
}

const unitOf = (module: string) => module.split('/')[0]!;

/** The module a relative specifier names (`./x.js` is written for `x.ts`, or `x.d.ts` for generated code). */
function resolve(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  const base = join(dirname(from), specifier).split(sep).join('/').replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.d.ts`, `${base}/index.ts`].find((m) => known.has(m));
}

/** module -> the modules of src/ it imports; packages and node: builtins are left out. */
function importGraph(): Map<string, string[]> {
  const all = modules();
  const known = new Set(all);
  return new Map(all.map((m) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(srcRoot, m), 'utf8'), true, true);
    const targets = importedFiles.map((f) => f.fileName).filter((s) => s.startsWith('.')).map((s) => {
      const target = resolve(m, s, known);
      if (target === undefined) throw new Error(`src/${m} imports ${s}, which is no module of src/`);
      return target;
    });
    return [m, [...new Set(targets)]];
  }));
}

/** One cycle of `graph` as the path that closes it (`a -> b -> a`), or undefined when it has none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to, units: `${unitOf(from)} -> ${unitOf(to)}` })));

t.test('the README states the same layers', async (t) => {
  const line = LAYERS.map((units) => units.join(', ')).join(' < ');
  t.ok(readFileSync(join(repoRoot, 'README.md'), 'utf8').includes(`\n    ${line}\n`), `README "How it is built" lists: ${line}`);
});

t.test('every module of src/ belongs to a layer', async (t) => {
  const unplaced = [...new Set([...graph.keys()].map(unitOf))].filter((u) => !layerOf.has(u));
  t.same(unplaced, [], `place these in LAYERS (test/layers.test.ts) and in the README: ${unplaced.join(', ')}`);
});

t.test('no import goes up a layer', async (t) => {
  const upward = edges
    .filter((e) => (layerOf.get(unitOf(e.from)) ?? -1) < (layerOf.get(unitOf(e.to)) ?? -1))
    .filter((e) => !KNOWN_EXCEPTIONS.has(e.units));
  t.same(upward.map((e) => `src/${e.from} -> src/${e.to} (${e.units} goes up a layer)`), []);
});

t.test('every known exception still exists', async (t) => {
  const stale = [...KNOWN_EXCEPTIONS].filter((x) => !edges.some((e) => e.units === x));
  t.same(stale, [], 'remove exceptions the code no longer needs from KNOWN_EXCEPTIONS');
});

/** Cycles of `graph` until none is left, each found one broken at its closing edge: every cycle is named at least once. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const rest = new Map([...graph].map(([k, v]) => [k, [...v]]));
  const found: string[][] = [];
  for (let cycle = findCycle(rest); cycle; cycle = findCycle(rest)) {
    found.push(cycle);
    const [from, to] = cycle.slice(-2) as [string, string];
    rest.set(from, rest.get(from)!.filter((n) => n !== to));
  }
  return found;
}

t.test('no module imports itself round a cycle', async (t) => {
  t.same(cycles(graph).map((c) => c.map((m) => `src/${m}`).join(' -> ')), [], 'import cycles between modules');
});

t.test('no folder imports itself round a cycle', async (t) => {
  const units = new Map<string, string[]>();
  for (const e of edges) {
    const [from, to] = [unitOf(e.from), unitOf(e.to)];
    if (from === to || KNOWN_EXCEPTIONS.has(e.units)) continue;
    units.set(from, [...new Set([...(units.get(from) ?? []), to])]);
  }
  // Each cycle with one import per step, so the message names the modules to change.
  const named = cycles(units).map((cycle) => `${cycle.join(' -> ')}: ${cycle.slice(1).map((to, i) => {
    const e = edges.find((x) => unitOf(x.from) === cycle[i] && unitOf(x.to) === to)!;
    return `src/${e.from} -> src/${e.to}`;
  }).join(', ')}`);
  t.same(named, [], 'import cycles between folders');
});
