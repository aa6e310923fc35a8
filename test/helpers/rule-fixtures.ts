import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bump, check, loadPacks, type BumpOptions, type Finding, type Profile, type RuleSpec } from '../../src/index.js';
import { repoRoot } from './cli.js';

/**
 * Hand-written rule fixtures: `test/fixtures/rules/<pack>/<rule>/<case>/{old,new,README.md}`,
 * one folder per case, named `fail-<what>` (the rule must fire) or `pass-<what>` (it must not).
 * The README says how to run it and what to expect, in three lines the tests read:
 *
 *     - Command: `devmig check old new --option nvidia-policy=compatible`
 *     - Expect: `nvidia-vgpu/vgpu_version_out_of_range` breaks | warns | stays silent
 *     - Against itself: `new` fires too          (optional)
 *
 * "Against itself" names the sides that fire the rule when checked against themselves (a
 * device without migration support cannot migrate even to itself); every other side must not.
 */
export const fixturesRoot = join(repoRoot, 'test/fixtures/rules');

export type Expect = 'break' | 'warn' | 'silent';
export type Side = 'old' | 'new';

/** One case of one rule. */
export interface RuleCase {
  /** `<pack>/<rule>/<case>`, the snapshot key. */
  key: string;
  /** Full rule id, `<pack>/<rule>`. */
  id: string;
  name: string;
  kind: 'fail' | 'pass';
  dir: string;
  old: string;
  new: string;
  command: 'check' | 'bump';
  /** The command line as the README writes it, for snapshots and messages. */
  commandLine: string;
  /** The flags turned into library options (`policy` only for bump). */
  options: BumpOptions;
  expect: Expect;
  /** Sides that fire the rule against themselves, as the README declares. */
  selfFires: Side[];
}

const COMMAND = /^- Command: `(devmig (check|bump) old new((?: [^`]+)?))`$/m;
const EXPECT = /^- Expect: `([^`]+)` (breaks|warns|stays silent)$/m;
const AGAINST_ITSELF = /^- Against itself: (.+)$/m;
const VERBS: Record<string, Expect> = { breaks: 'break', warns: 'warn', 'stays silent': 'silent' };
/** Case folder names: the kind, then what the case shows. */
export const CASE_NAME = /^(fail|pass)-[a-z0-9][a-z0-9.-]*$/;

/** The CLI flags a case README may use, as the library options they stand for. */
export function optionsFromFlags(flags: readonly string[], command: 'check' | 'bump', where: string): BumpOptions {
  const opts: BumpOptions = {};
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    const value = flags[i + 1];
    if (value === undefined) throw new Error(`${where}: ${flag} needs a value`);
    i++;
    if (flag === '--option' && /^[^=]+=./.test(value)) {
      const eq = value.indexOf('=');
      opts.options = { ...opts.options, [value.slice(0, eq)]: value.slice(eq + 1) };
    } else if (flag === '--mode' && (value === 'strict' || value === 'extended')) opts.mode = value;
    else if (flag === '--policy' && command === 'bump' && value === 'rename-on-major') opts.policy = value;
    else throw new Error(`${where}: unsupported flag ${flag} ${value}`);
  }
  return opts;
}

/** Read one case folder; a README that does not say what to run and expect is an error naming it. */
export function readCase(pack: string, rule: string, name: string, root = fixturesRoot): RuleCase {
  const dir = join(root, pack, rule, name);
  const where = `${pack}/${rule}/${name}/README.md`;
  const text = readFileSync(join(dir, 'README.md'), 'utf8');
  const cmd = COMMAND.exec(text);
  const exp = EXPECT.exec(text);
  if (!cmd || !exp) throw new Error(`${where}: needs "- Command: \`devmig check|bump old new ...\`" and "- Expect: \`<rule>\` breaks|warns|stays silent" lines`);
  const id = `${pack}/${rule}`;
  if (exp[1] !== id) throw new Error(`${where}: expects ${exp[1]}, but the folder is ${id}`);
  const command = cmd[2] as 'check' | 'bump';
  const self = AGAINST_ITSELF.exec(text);
  return {
    key: `${id}/${name}`, id, name, kind: name.startsWith('fail-') ? 'fail' : 'pass',
    dir, old: join(dir, 'old'), new: join(dir, 'new'),
    command, commandLine: cmd[1]!,
    options: optionsFromFlags((cmd[3] ?? '').trim().split(/\s+/).filter((s) => s !== ''), command, where),
    expect: VERBS[exp[2]!]!,
    selfFires: self ? [...self[1]!.matchAll(/`(old|new)`/g)].map((m) => m[1] as Side) : [],
  };
}

/** The pack folders under a fixtures root (the root also holds a README). */
export function packFolders(root = fixturesRoot): string[] {
  return readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Every case folder on disk, in path order (the registry test spots orphans and stray files). */
export function ruleFixtures(root = fixturesRoot): RuleCase[] {
  const out: RuleCase[] = [];
  for (const pack of packFolders(root)) {
    for (const rule of readdirSync(join(root, pack)).sort()) {
      for (const name of readdirSync(join(root, pack, rule)).sort()) {
        if (existsSync(join(root, pack, rule, name, 'README.md'))) out.push(readCase(pack, rule, name, root));
      }
    }
  }
  return out;
}

/** Every built-in rule by full id. */
export function builtinRules(): Map<string, { pack: string; spec: RuleSpec; file: string }> {
  const out = new Map<string, { pack: string; spec: RuleSpec; file: string }>();
  for (const { file, pack } of loadPacks()) for (const spec of pack.rules) out.set(`${pack.id}/${spec.id}`, { pack: pack.id, spec, file });
  return out;
}

/** The library options of `check` for a case (bump's policy left out). */
export function checkOptionsOf(c: RuleCase): BumpOptions {
  const { policy: _policy, ...rest } = c.options;
  return rest;
}

/** The findings of a case's command for old -> new: check's forward findings, or bump's. */
export function runCase(c: RuleCase, o: Profile, n: Profile): readonly Finding[] {
  return c.command === 'bump' ? bump(o, n, c.options).findings : check(o, n, checkOptionsOf(c)).findings;
}

/** Did `id` fire (break or warn; an info note is not a failure)? */
export function fired(findings: readonly Finding[], id: string): Finding[] {
  return findings.filter((f) => f.rule === id && f.severity !== 'info');
}

/** What a case observed: the most severe way the rule fired, or silent. */
export function observed(findings: readonly Finding[], id: string): Expect {
  const hits = fired(findings, id);
  return hits.some((f) => f.severity === 'break') ? 'break' : hits.length > 0 ? 'warn' : 'silent';
}

/** A compact, order-independent view of findings for snapshots: `severity rule attribute[#key]`. */
export function firedSummary(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.severity} ${f.rule} ${f.attribute}${f.key === undefined ? '' : `#${f.key}`}`))].sort();
}
