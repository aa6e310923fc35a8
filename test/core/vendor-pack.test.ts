// A vendor pack added from a directory, with no engine change: selected by its
// clause, its rule fires under its own id, and the attribute it claims is no longer opaque.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { readProfile } from '../../src/read/read-profile.js';
import type { RulePack } from '../../src/rules/pack-types.js';
import { check } from '../../src/verdict/check.js';
import { ensureBuilt } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';
import { byAttr, prof } from '../helpers/profiles.js';
import { SysfsTree } from '../helpers/sysfs-tree.js';
import { scratch } from '../helpers/scratch.js';

const acme: RulePack = {
  format: 'devmig/rule-pack@1',
  id: 'acme',
  title: 'ACME accelerator (test pack)',
  description: 'A pack that exists only in this test, to show packs need no engine change.',
  reference: 'test/core/vendor-pack.test.ts',
  select: [{ attribute: 'mdev_type', prefix: 'acme-' }],
  rules: [{
    id: 'fw_epoch_changed',
    title: 'Firmware epoch differs',
    purpose: 'Checks that both hosts run firmware of the same epoch, since the stream layout changes with it.',
    blocks: 'live',
    bump: 'major',
    reference: 'ACME firmware notes (fictional)',
    match: { attributes: ['fw_epoch'] },
    compare: 'equal',
    values: 'number',
    label: 'firmware epoch differs',
    example: { pass: { source: { fw_epoch: '3' }, target: { fw_epoch: '3' } }, fail: { source: { fw_epoch: '3' }, target: { fw_epoch: '4' } } },
  }],
};

const packDir = scratch('devmig-packs-');
writeFileSync(join(packDir, 'acme.json'), JSON.stringify(acme, null, 2));
writeFileSync(join(packDir, 'notes.txt'), 'not a pack: only *.json files are read\n');

const base = { software_version: '1.0.0', mdev_type: 'acme-1', fw_build: '7' };
const s = prof('s', { ...base, fw_epoch: '3' });
const tg = prof('t', { ...base, fw_epoch: '4' });

t.test('library: check(s, t, { rules: [dir] })', async (t) => {
  const r = check(s, tg, { rules: [packDir] });
  t.equal(r.pack, 'acme', 'the pack is selected by its mdev_type prefix');
  t.equal(r.verdict, 'incompatible');
  t.same(byAttr(r.findings, 'fw_epoch').map((f) => [f.rule, f.severity, f.blocks]), [['acme/fw_epoch_changed', 'break', 'live']], 'the pack\'s rule speaks, the opaque rule does not');
  t.match(r.findings[0]!.message, /^firmware epoch differs: source 3, target 4/);
  t.equal(check(s, prof('t', { ...base, fw_epoch: '03' }), { rules: [packDir] }).verdict, 'compatible', 'values: number compares 3 == 03');

  const without = check(s, tg);
  t.equal(without.pack, null, 'without the pack: standard rules only');
  t.same(byAttr(without.findings, 'fw_epoch').map((f) => f.rule), ['standard/opaque_field_changed'], 'fw_epoch is an opaque field again');

  const other = check(prof('s', { ...base, fw_epoch: '3', fw_build: '7' }), prof('t', { ...base, fw_epoch: '3', fw_build: '8' }), { rules: [packDir] });
  t.same(other.findings.map((f) => [f.rule, f.attribute]), [['standard/opaque_field_changed', 'fw_build']], 'attributes the pack does not claim stay opaque');
  const file = check(s, tg, { rules: [join(packDir, 'acme.json')] });
  t.equal(file.pack, 'acme', 'a pack file works as well as its directory');
});

t.test('CLI: devmig check --rules DIR', async (t) => {
  ensureBuilt();
  const dir = (name: string, attrs: Record<string, string>) => new SysfsTree(scratch(`devmig-acme-${name}-`)).attributes('', { device_api: 'vfio-pci', ...attrs }).root;
  const [src, dst] = [dir('s', { ...base, fw_epoch: '3' }), dir('t', { ...base, fw_epoch: '4' })];
  const r = runCli(['check', src, dst, '--rules', packDir, '--format', 'json']);
  t.equal(r.status, 100);
  const doc = JSON.parse(r.stdout);
  t.equal(doc.pack, 'acme');
  t.same(doc.findings.filter((f: { attribute: string }) => f.attribute === 'fw_epoch').map((f: { rule: string }) => f.rule), ['acme/fw_epoch_changed']);
  const plain = JSON.parse(runCli(['check', src, dst, '--format', 'json']).stdout);
  t.same(plain.findings.filter((f: { attribute: string }) => f.attribute === 'fw_epoch').map((f: { rule: string }) => f.rule), ['standard/opaque_field_changed']);
  t.equal(runCli(['check', src, src, '--rules', packDir]).status, 0);
  t.equal(readProfile(src).attributes.get('mdev_type'), 'acme-1');
});

t.test('a pack cannot take an id that is taken', async (t) => {
  const clash = scratch('devmig-clash-');
  mkdirSync(join(clash, 'sub'));
  writeFileSync(join(clash, 'gvt.json'), JSON.stringify({ ...acme, id: 'gvt-g' }));
  t.throws(() => check(s, tg, { rules: [clash] }), { name: 'InputError', message: /gvt\.json: pack id 'gvt-g' is already defined by pack 'gvt-g' \(rules\/gvt-g\.json\)/ });
});
