// scripts/new-rule.mjs: one command appends a rule skeleton and its fixture skeletons, run here
// into a copy of rules/ and schema/ (--root), never into the checkout.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { readProfile, validatePack, type RulePack } from '../../src/index.js';
import { repoRoot } from '../helpers/cli.js';
import { readCase } from '../helpers/rule-fixtures.js';
import { scratch } from '../helpers/scratch.js';

const FIELD_ORDER = ['id', 'title', 'purpose', 'blocks', 'bump', 'reference', 'match', 'compare'];

/** A fresh root holding copies of rules/ and schema/. */
function root(): string {
  const dir = scratch('devmig-new-rule-');
  for (const d of ['rules', 'schema']) cpSync(join(repoRoot, d), join(dir, d), { recursive: true });
  return dir;
}

function newRule(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/new-rule.mjs'), ...args, '--root', dir], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const packText = (dir: string, pack: string) => readFileSync(join(dir, 'rules', `${pack}.json`), 'utf8');

t.test('appends a schema-valid skeleton in the fixed field order, leaving the other rules as they were', async (t) => {
  const dir = root();
  const before = JSON.parse(packText(dir, 'mtty')) as RulePack;
  const r = newRule(dir, 'mtty', 'magic_changed', 'equal', '--attribute', 'migration/magic');
  t.equal(r.status, 0, r.stderr);
  t.match(r.stdout, /appended mtty\/magic_changed to rules\/mtty\.json/);
  const text = packText(dir, 'mtty');
  const doc = JSON.parse(text) as RulePack;
  t.equal(text, `${JSON.stringify(doc, null, 2)}\n`, 'written as the packs are: two spaces, final newline');
  t.same(doc.rules.slice(0, -1), before.rules, 'existing rules untouched');
  const rule = doc.rules.at(-1)!;
  const keys = Object.keys(rule);
  t.same(keys.slice(0, FIELD_ORDER.length), FIELD_ORDER, 'id, title, purpose, blocks, bump, reference, match, compare first');
  t.same(keys.slice(-2), ['label', 'example'], 'label and example last');
  t.same(rule.match, { attributes: ['migration/magic'] });
  t.equal(rule.compare, 'equal');
  t.doesNotThrow(() => validatePack('rules/mtty.json', doc), 'the pack still validates');
});

t.test('writes a fail and a pass case the registry test can read, with placeholders to replace', async (t) => {
  const dir = root();
  t.equal(newRule(dir, 'qat', 'fw_mode_changed', 'equal').status, 0);
  const fixtures = join(dir, 'test/fixtures/rules');
  for (const name of ['fail-todo', 'pass-todo']) {
    const c = readCase('qat', 'fw_mode_changed', name, fixtures);
    t.equal(c.id, 'qat/fw_mode_changed');
    t.equal(c.kind, name.startsWith('fail-') ? 'fail' : 'pass');
    t.equal(c.expect, name.startsWith('fail-') ? 'break' : 'silent');
    t.equal(c.commandLine, 'devmig check old new');
    t.match(readFileSync(join(c.dir, 'README.md'), 'utf8'), /TODO/, `${name}: README marks what to write`);
    for (const side of [c.old, c.new]) {
      const p = readProfile(side);
      t.equal(p.form, 'sysfs');
      // The pack's selector (a driver link, as sysfs has it), device_api and the rule's attribute (its subject).
      t.same(Object.fromEntries(p.attributes), { device_api: 'vfio-pci', driver: 'qat_vfio_pci', fw_mode: 'TODO' });
    }
  }
});

t.test('a comparison with parameters gets placeholders for them, so the skeleton loads', async (t) => {
  const dir = root();
  t.equal(newRule(dir, 'nvidia-vgpu', 'guest_driver_out_of_range', 'in-range', '--attribute', 'nvidia/guest_driver').status, 0);
  const doc = JSON.parse(packText(dir, 'nvidia-vgpu')) as RulePack;
  const rule = doc.rules.at(-1)!;
  t.equal(rule.other, 'TODO_range_attribute', 'in-range reads another attribute');
  t.doesNotThrow(() => validatePack('rules/nvidia-vgpu.json', doc));
  // The prefix selector yields a profile the pack selects.
  const old = readProfile(join(dir, 'test/fixtures/rules/nvidia-vgpu/guest_driver_out_of_range/fail-todo/old'));
  t.equal(old.attributes.get('mdev_type'), 'nvidia-TODO');
});

t.test('an informational rule gets no fixtures', async (t) => {
  const dir = root();
  const r = newRule(dir, 'standard', 'uuid_details', 'informational');
  t.equal(r.status, 0, r.stderr);
  t.notOk(existsSync(join(dir, 'test/fixtures/rules/standard/uuid_details')));
});

t.test('refuses what would break the registry, changing nothing', async (t) => {
  const dir = root();
  const original = packText(dir, 'mtty');
  const refusals: [string[], RegExp][] = [
    [['nope', 'x_changed', 'equal'], /no pack rules\/nope\.json/],
    [['mtty', 'nr_ports_changed', 'equal'], /already has a rule 'nr_ports_changed'/],
    [['mtty', 'Ports-Changed', 'equal'], /rule id 'Ports-Changed' must match/],
    [['mtty', 'ports_changed', 'sameish'], /unknown comparator 'sameish' \(known: equal, version/],
    [['mtty', 'ports_changed'], /usage: node scripts\/new-rule\.mjs/],
  ];
  for (const [args, message] of refusals) {
    const r = newRule(dir, ...args);
    t.equal(r.status, 1, `${args.join(' ')}: exit 1`);
    t.match(r.stderr, message, `${args.join(' ')}: says why`);
  }
  t.equal(packText(dir, 'mtty'), original, 'pack file unchanged');
  t.equal(newRule(dir, 'mtty', 'ports_changed', 'equal').status, 0);
  const again = newRule(dir, 'mtty', 'ports_changed', 'equal');
  t.equal(again.status, 1, 'a second run with the same id is refused');
});
