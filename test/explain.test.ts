import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { nearMatches, runExample } from '../src/app/explain.js';
import { ruleSetFor } from '../src/verdict/checker.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';

ensureBuilt();

const packs = readdirSync(join(repoRoot, 'rules')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(repoRoot, 'rules', f), 'utf8')) as { id: string; rules: { id: string; title: string }[] });
const allIds = packs.flatMap((p) => p.rules.map((r) => `${p.id}/${r.id}`));

t.test('explain RULE: title, purpose, comparison, tier, bump, reference and the example pair run through the engine', (t) => {
  const r = runCli(['explain', 'gvt-g/pv_mode_narrowed']);
  t.equal(r.status, 0, r.stderr);
  const out = r.stdout;
  t.match(out, /^gvt-g\/pv_mode_narrowed: Target lacks a paravirtual mode the source uses\n/);
  t.match(out, /Purpose: +Checks that every pv_mode element/);
  t.match(out, /Compares: +subset of pv_mode, values as text/);
  t.match(out, /On failure: blocks live migration \(cold migration stays possible\)/);
  t.match(out, /Bump: +a release that trips it old -> new needs a major version bump/);
  t.match(out, /Reference: +2020 thread \(Yan Zhao\)/);
  t.match(out, /Example that passes:\n  source: mdev_type=i915-GVTg_V5_4  pv_mode=none\+ppgtt\n  target: .*pv_mode=none\+ppgtt\+context\n  devmig: no finding from gvt-g\/pv_mode_narrowed/);
  t.match(out, /Example that fails:\n(.*\n){2}  devmig: break pv_mode lacks ppgtt on the target.*\[gvt-g\/pv_mode_narrowed\]/);
  t.end();
});

t.test('a bare rule name resolves when one pack has it; json format carries the example findings', (t) => {
  const r = runCli(['explain', 'pv_mode_narrowed', '--format', 'json']);
  t.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  t.equal(doc.id, 'gvt-g/pv_mode_narrowed');
  t.same(doc.example.pass.findings, []);
  t.same(doc.example.fail.findings.map((f: { attribute: string; missing: string[] }) => [f.attribute, f.missing]), [['pv_mode', ['ppgtt']]]);
  t.end();
});

t.test('a policy rule only bump emits is run through bump (rename-on-major)', (t) => {
  const r = runCli(['explain', 'standard/type_not_renamed']);
  t.equal(r.status, 0);
  t.match(r.stdout, /Example that fails:\n(.*\n){2}  devmig: break mdev_type: rename-on-major/);
  t.end();
});

t.test('unknown rule: exit 101, one line with near matches', (t) => {
  const r = runCli(['explain', 'gvt-g/pv_mode_narowed']);
  t.equal(r.status, 101);
  t.equal(r.stdout, '');
  t.equal(r.stderr.trim().split('\n').length, 1);
  t.match(r.stderr, /^devmig: gvt-g\/pv_mode_narowed: unknown rule; did you mean gvt-g\/pv_mode_narrowed/);
  t.same(nearMatches('device_changd', allIds).slice(0, 2).sort(), ['hisi-acc/device_changed', 'mlx5/device_changed']);
  t.same(nearMatches('zzzzzzzz', allIds), []);
  const ambiguous = runCli(['explain', 'device_changed']);
  t.equal(ambiguous.status, 101);
  t.match(ambiguous.stderr, /used by several packs: hisi-acc\/device_changed, mlx5\/device_changed/);
  t.end();
});

t.test('explain without a rule lists every rule id with its title', (t) => {
  const r = runCli(['explain']);
  t.equal(r.status, 0);
  const ids = r.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
  t.same(ids, allIds, 'every pack rule, the suppression pack\'s suppress/expired among them');
  t.ok(ids.includes('suppress/expired'));
  t.match(r.stdout, /^gvt-g\/pv_mode_narrowed +Target lacks a paravirtual mode the source uses$/m);
  t.match(runCli(['explain', 'suppress/expired']).stdout, /^suppress\/expired: Suppression has expired/);
  t.end();
});

t.test('every rule\'s example pair behaves as documented: fail fires the rule, pass does not', (t) => {
  const ruleSet = ruleSetFor();
  for (const { pack } of ruleSet.packs) {
    for (const rule of ruleSet.rules(pack.id)) {
      const blocking = (kind: 'pass' | 'fail') => runExample(rule, rule.spec.example[kind], {}, kind).findings.filter((f) => f.severity !== 'info');
      t.same(blocking('pass'), [], `${rule.id}: the passing example raises nothing`);
      if (rule.spec.compare === 'informational') continue; // never fails by design
      t.ok(blocking('fail').length > 0, `${rule.id}: the failing example fires the rule`);
    }
  }
  t.end();
});
