import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPacks } from '../../src/rules/load-packs.js';
import type { RuleSpec } from '../../src/rules/pack-types.js';
import type { BumpOptions } from '../../src/verdict/bump.js';
import type { CheckOptions, Finding } from '../../src/types.js';
import { repoRoot } from './cli.js';

/** Where test/fixtures/make-fixtures.mjs writes the per-rule old/new pairs. */
export const fixturesRoot = join(repoRoot, 'test/fixtures/rules');

/** One old/new pair of one rule: `fail` must make the rule fire, `pass` must not. */
export interface RuleFixture {
  /** `<pack>/<rule>/<kind>`, the snapshot key. */
  key: string;
  pack: string;
  rule: string;
  /** Full rule id, `<pack>/<rule>`. */
  id: string;
  kind: 'pass' | 'fail';
  old: string;
  new: string;
}

/** Every fixture pair on disk, in path order (the registry test also spots orphans). */
export function ruleFixtures(): RuleFixture[] {
  const out: RuleFixture[] = [];
  for (const pack of readdirSync(fixturesRoot).sort()) {
    for (const rule of readdirSync(join(fixturesRoot, pack)).sort()) {
      for (const kind of ['fail', 'pass'] as const) {
        const dir = join(fixturesRoot, pack, rule, kind);
        if (!existsSync(dir)) continue;
        out.push({ key: `${pack}/${rule}/${kind}`, pack, rule, id: `${pack}/${rule}`, kind, old: join(dir, 'old'), new: join(dir, 'new') });
      }
    }
  }
  return out;
}

/** Rules that only `bump` emits, with the bump options their fixtures are run under. */
export const BUMP_RULES: Readonly<Record<string, BumpOptions>> = {
  'standard/type_not_renamed': { policy: 'rename-on-major' },
};

/** Every built-in rule by full id. */
export function builtinRules(): Map<string, { pack: string; spec: RuleSpec; file: string }> {
  const out = new Map<string, { pack: string; spec: RuleSpec; file: string }>();
  for (const { file, pack } of loadPacks()) for (const spec of pack.rules) out.set(`${pack.id}/${spec.id}`, { pack: pack.id, spec, file });
  return out;
}

/** The options a rule runs under: a rule switched on by a pack option gets that option. */
export function optionsFor(spec: RuleSpec): CheckOptions {
  return spec.when && 'option' in spec.when ? { options: { [spec.when.option]: spec.when.equals } } : {};
}

/** Did `id` fire (break or warn; an info note is not a failure)? */
export function fired(findings: readonly Finding[], id: string): Finding[] {
  return findings.filter((f) => f.rule === id && f.severity !== 'info');
}

/** A compact, order-independent view of findings for snapshots: `severity rule attribute[#key]`. */
export function firedSummary(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.severity} ${f.rule} ${f.attribute}${f.key === undefined ? '' : `#${f.key}`}`))].sort();
}
