// Keeps the rule registry whole (cargo-semver-checks' all_lint_files_are_used_in_add_lints) and
// runs every rule over every fixture pair, snapshotting which rules fired per fixture, so two
// rules firing on one change show up in review. Regenerate: npx tap --snapshot test/core/registry.test.ts
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import t from 'tap';
import { readProfile } from '../../src/read/read-profile.js';
import { loadPacks } from '../../src/rules/load-packs.js';
import { bump } from '../../src/verdict/bump.js';
import { check } from '../../src/verdict/check.js';
import { repoRoot } from '../helpers/cli.js';
import { BUMP_RULES, builtinRules, firedSummary, optionsFor, ruleFixtures } from '../helpers/rule-fixtures.js';

const rules = builtinRules();
const fixtures = ruleFixtures();

t.test('every rule file under rules/ is loaded, and its id is its file name', async (t) => {
  const files = readdirSync(join(repoRoot, 'rules')).filter((f) => f.endsWith('.json')).sort();
  const loaded = loadPacks();
  t.same(loaded.map((l) => l.file).sort(), files.map((f) => `rules/${f}`), 'one loaded pack per file');
  for (const { file, pack } of loaded) t.equal(pack.id, basename(file, '.json'), `${file}: id == file name`);
});

t.test('rule ids are unique and every rule has an example and fixtures', async (t) => {
  const ids = loadPacks().flatMap(({ pack }) => pack.rules.map((r) => `${pack.id}/${r.id}`));
  t.equal(new Set(ids).size, ids.length, 'no rule id twice');
  t.ok(ids.length >= 30, `${ids.length} rules`);
  for (const [id, { spec }] of rules) {
    t.ok(Object.keys(spec.example.pass.source).length + Object.keys(spec.example.fail.source).length > 0, `${id}: example`);
    t.match(spec.purpose, /^Checks /, `${id}: purpose says what it checks`);
    if (spec.compare === 'informational') continue;
    for (const kind of ['pass', 'fail']) t.ok(fixtures.some((f) => f.id === id && f.kind === kind), `${id}: ${kind} fixture`);
  }
});

t.test('no orphan fixture: every fixture directory names an existing rule', async (t) => {
  for (const f of fixtures) t.ok(rules.has(f.id), `${f.key}: rule ${f.id} exists`);
  t.equal(fixtures.length, [...rules.values()].filter((r) => r.spec.compare !== 'informational').length * 2, 'two pairs per rule');
});

t.test('every rule over every fixture', async (t) => {
  for (const f of fixtures) {
    const spec = rules.get(f.id)!.spec;
    const [o, n] = [readProfile(f.old), readProfile(f.new)];
    const opts = optionsFor(spec);
    const r = check(o, n, opts);
    const snap: Record<string, unknown> = {
      options: opts.options ?? {},
      forward: { verdict: r.verdict, tier: r.tier, fired: firedSummary(r.findings) },
      rollback: { verdict: r.rollback.verdict, tier: r.rollback.tier, fired: firedSummary(r.rollback.findings) },
    };
    const bumpOpts = BUMP_RULES[f.id];
    if (bumpOpts) {
      const b = bump(o, n, bumpOpts);
      snap['bump'] = { required: b.required, declared: b.declared, ok: b.ok, findings: firedSummary(b.findings) };
    }
    // Every finding names a rule that exists, whichever pack spoke.
    for (const finding of [...r.findings, ...r.rollback.findings]) t.ok(rules.has(finding.rule), `${f.key}: ${finding.rule} is a known rule`);
    t.matchSnapshot(snap, f.key);
  }
});
