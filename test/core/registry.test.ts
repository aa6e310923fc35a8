// Keeps the rule registry whole (cargo-semver-checks' all_lint_files_are_used_in_add_lints) and
// runs every rule over every hand-written fixture case (test_crates/<lint>/{old,new}): fail-*
// cases fire the rule under test, pass-* cases do not, each side against itself stays silent
// unless the case's README says otherwise, and a snapshot per case records which rules fired,
// so two rules firing on one change show up in review.
// Regenerate the snapshots: TAP_SNAPSHOT=1 npx tap test/core/registry.test.ts
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import t from 'tap';
import { bump, check, loadPacks, readProfile } from '../../src/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import {
  CASE_NAME, builtinRules, checkOptionsOf, fired, firedSummary, fixturesRoot, observed, packFolders, ruleFixtures, runCase, type RuleCase,
} from '../helpers/rule-fixtures.js';

const rules = builtinRules();
const cases = ruleFixtures();
/**
 * Rules that decide a pair; informational ones compare nothing, whole-VM rules (vm-capability)
 * judge a VM and a host (test/vm.test.ts, test/vm-cli.test.ts), and suppression rules judge a
 * suppression file (test/suppressions.test.ts): none of those is an old/new pair.
 */
const deciding = [...rules].filter(([, r]) => !['informational', 'vm-capability', 'suppression-expired'].includes(r.spec.compare)).map(([id]) => id);
/** A break of this rule blocks what the rule that needed the unreadable entry blocks, not its own tier. */
const UNREADABLE = 'standard/attribute_unreadable';

t.test('every rule file under rules/ is loaded, and its id is its file name', async (t) => {
  const files = readdirSync(join(repoRoot, 'rules')).filter((f) => f.endsWith('.json')).sort();
  const loaded = loadPacks();
  t.same(loaded.map((l) => l.file).sort(), files.map((f) => `rules/${f}`), 'one loaded pack per file');
  for (const { file, pack } of loaded) t.equal(pack.id, basename(file, '.json'), `${file}: id == file name`);
});

t.test('rule ids are unique, and every rule says what it checks and shows an example', async (t) => {
  const ids = loadPacks().flatMap(({ pack }) => pack.rules.map((r) => `${pack.id}/${r.id}`));
  t.equal(new Set(ids).size, ids.length, 'no rule id twice');
  t.ok(ids.length >= 30, `${ids.length} rules`);
  for (const [id, { spec }] of rules) {
    t.ok(Object.keys(spec.example.pass.source).length + Object.keys(spec.example.fail.source).length > 0, `${id}: example`);
    t.match(spec.purpose, /^Checks /, `${id}: purpose says what it checks`);
  }
});

t.test('every rule that decides has at least one fail case and one pass case', async (t) => {
  t.ok(deciding.length >= 30, `${deciding.length} deciding rules`);
  for (const id of deciding) {
    t.ok(cases.some((c) => c.id === id && c.kind === 'fail'), `${id}: a fail-* case`);
    t.ok(cases.some((c) => c.id === id && c.kind === 'pass'), `${id}: a pass-* case`);
  }
});

t.test('no orphan or malformed fixture', async (t) => {
  const stray = readdirSync(fixturesRoot).filter((e) => !packFolders().includes(e));
  t.same(stray, ['README.md'], 'beside the pack folders only the README');
  for (const pack of packFolders()) {
    for (const rule of readdirSync(join(fixturesRoot, pack))) {
      const id = `${pack}/${rule}`;
      t.ok(deciding.includes(id), `${id}: names a rule that decides`);
      for (const name of readdirSync(join(fixturesRoot, pack, rule))) {
        const dir = join(fixturesRoot, pack, rule, name);
        t.match(name, CASE_NAME, `${id}/${name}: named fail-<what> or pass-<what>`);
        t.same(readdirSync(dir).sort(), ['README.md', 'new', 'old'], `${id}/${name}: old/, new/ and README.md, nothing else`);
        for (const side of ['old', 'new']) t.ok(lstatSync(join(dir, side)).isDirectory(), `${id}/${name}/${side} is a directory`);
      }
    }
  }
  const listed = new Set(cases.map((c) => c.key));
  t.equal(listed.size, cases.length, 'every case once');
});

t.test('no TODO placeholder is left in a rule or a case (scripts/new-rule.mjs writes them)', async (t) => {
  for (const [id, { spec }] of rules) t.notMatch(JSON.stringify(spec), /\bTODO/, `${id}: no TODO in the rule`);
  for (const c of cases) {
    t.notMatch(c.name, /todo/i, `${c.key}: the case is named for what it shows`);
    t.notMatch(readFileSync(join(c.dir, 'README.md'), 'utf8'), /\bTODO/, `${c.key}: README says why`);
  }
});

t.test('fail cases fire the rule under test, pass cases do not', async (t) => {
  for (const c of cases) {
    const spec = rules.get(c.id)!.spec;
    const [o, n] = [readProfile(c.old), readProfile(c.new)];
    t.equal(o.form, 'sysfs', `${c.key}: old read as a sysfs directory`);
    t.equal(n.form, 'sysfs', `${c.key}: new read as a sysfs directory`);
    const hits = fired(runCase(c, o, n), c.id);
    // The README's expectation must agree with the folder name: a pass never fires, a fail always does.
    t.equal(c.expect === 'silent', c.kind === 'pass', `${c.key}: README agrees with the folder name`);
    t.equal(observed(hits, c.id), c.expect, `${c.key}: ${c.id} ${c.expect === 'silent' ? 'stays silent' : `${c.expect}s`} (${c.commandLine})`);
    if (c.command === 'bump' || !hits.some((f) => f.severity === 'break')) continue;
    // A break names the tier it leaves (the rule's own, or for an unreadable entry the needing rule's), and the verdict follows.
    if (c.id !== UNREADABLE) t.ok(hits.every((f) => f.severity !== 'break' || f.blocks === spec.blocks), `${c.key}: breaks block ${spec.blocks}`);
    const r = check(o, n, checkOptionsOf(c));
    t.equal(r.verdict, 'incompatible', `${c.key}: a break makes the pair incompatible`);
    if (hits.some((f) => f.blocks === 'cold')) t.equal(r.tier, 'none', `${c.key}: a cold-blocking break leaves no migration`);
    else t.not(r.tier, 'live', `${c.key}: a live-blocking break leaves at most cold migration`);
  }
});

t.test('old against old and new against new raise no finding of the rule under test', async (t) => {
  // Except the sides a case declares ("Against itself"): a rule that judges one side alone
  // (migration unsupported, no instance left, an unreadable entry) fires there by design.
  for (const c of cases) {
    for (const side of ['old', 'new'] as const) {
      const p = readProfile(c[side]);
      const hits = fired(runCase(c, p, p), c.id);
      if (c.selfFires.includes(side)) t.ok(hits.length > 0, `${c.key}: ${side} against itself fires ${c.id}, as its README says`);
      else t.same(hits, [], `${c.key}: ${side} against itself: no ${c.id}`);
    }
  }
  t.ok(cases.filter((c) => c.selfFires.length === 0).length > cases.length / 2, 'most cases are silent against themselves');
});

t.test('a case README command runs as written through the CLI', async (t) => {
  // One case per distinct command line shape (flags), with --format json: same outcome as the library.
  const shapes = new Map<string, RuleCase>();
  for (const c of cases) {
    const shape = c.commandLine.replace(/^devmig \w+ old new/, c.command);
    if (!shapes.has(shape) || c.kind === 'fail') shapes.set(shape, c);
  }
  t.ok(shapes.size >= 4, `${shapes.size} command shapes`);
  for (const c of shapes.values()) {
    const args = c.commandLine.split(' ').slice(1).map((a) => (a === 'old' ? c.old : a === 'new' ? c.new : a));
    const run = runCli([...args, '--format', 'json']);
    const out = JSON.parse(run.stdout) as { verdict?: string; ok?: boolean; findings: { rule: string; severity: string }[] };
    const ok = c.command === 'bump' ? out.ok : out.verdict === 'compatible';
    t.equal(run.status, ok ? 0 : 100, `${c.key}: \`${c.commandLine}\` exits ${ok ? 0 : 100}`);
    t.equal(out.findings.some((f) => f.rule === c.id && f.severity !== 'info'), c.kind === 'fail', `${c.key}: the CLI agrees (${c.kind})`);
  }
});

t.test('every rule over every fixture', async (t) => {
  for (const c of cases) {
    const [o, n] = [readProfile(c.old), readProfile(c.new)];
    const r = check(o, n, checkOptionsOf(c));
    const snap: Record<string, unknown> = {
      command: c.commandLine,
      forward: { verdict: r.verdict, tier: r.tier, fired: firedSummary(r.findings) },
      rollback: { verdict: r.rollback.verdict, tier: r.rollback.tier, fired: firedSummary(r.rollback.findings) },
    };
    if (r.actions.length > 0) snap['actions'] = r.actions.map((a) => a.message);
    if (c.command === 'bump') {
      const b = bump(o, n, c.options);
      snap['bump'] = { required: b.required, declared: b.declared, ok: b.ok, findings: firedSummary(b.findings) };
    }
    // Every finding names a rule that exists, whichever pack spoke.
    for (const finding of [...r.findings, ...r.rollback.findings]) t.ok(rules.has(finding.rule), `${c.key}: ${finding.rule} is a known rule`);
    t.matchSnapshot(snap, c.key);
  }
});
