// The command-line contract (profile-format.md §4), through the real binary: exit codes,
// JSON validated against schema/, one-line errors naming the file, and the text report.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import t, { type Test } from 'tap';
import { ensureBuilt } from '../helpers/build.js';
import { repoRoot, runCli, type CliRun } from '../helpers/cli.js';
import { bundled } from '../helpers/profiles.js';
import { SysfsTree } from '../helpers/sysfs-tree.js';
import { scratch } from '../helpers/scratch.js';

ensureBuilt();

const ajv = new Ajv({ strict: true, strictRequired: false });
const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schema', name), 'utf8'));
ajv.addSchema(schema('check-output.schema.json'));
const validateCheck = ajv.getSchema('https://devmig.dev/schema/check-output.schema.json')!;
const validateBump = ajv.compile(schema('bump-output.schema.json'));

function jsonOf(t: Test, run: CliRun, validate: typeof validateCheck): Record<string, any> {
  const doc = JSON.parse(run.stdout);
  t.ok(validate(doc), `output matches its schema ${JSON.stringify(validate.errors ?? [])}`);
  return doc;
}

/** An input error: exit 101, one line on stderr naming `file`, no stack trace. */
function inputError(t: Test, run: CliRun, file: string): void {
  t.equal(run.status, 101, 'exit 101');
  const lines = run.stderr.trimEnd().split('\n');
  t.equal(lines.length, 1, `exactly one line on stderr: ${run.stderr}`);
  t.ok(lines[0]!.includes(file), `the line names ${file}`);
  t.notMatch(run.stderr, /^\s+at \S/m, 'no stack trace');
  t.equal(run.stdout, '', 'nothing on stdout');
}

const gvt = (v: string) => bundled(`intel-gvt-g/i915-GVTg_V5_4@${v}`);
const tmp = scratch('devmig-cli-');

t.test('check: exit codes and JSON', async (t) => {
  const ok = runCli(['check', gvt('0.1.0'), gvt('0.2.0'), '--format', 'json']);
  t.equal(ok.status, 0, 'compatible: 0');
  t.equal(ok.stderr, '');
  const doc = jsonOf(t, ok, validateCheck);
  t.match(doc, { verdict: 'compatible', tier: 'live', relation: 'superset', pack: 'gvt-g', mode: 'strict', rollback: { verdict: 'incompatible' } });
  t.match(doc.rollback.findings, [{ rule: 'gvt-g/pv_mode_narrowed', attribute: 'pv_mode', severity: 'break', missing: ['context'] }]);

  const bad = runCli(['check', gvt('0.1.0'), gvt('1.0.0'), '--format=json']);
  t.equal(bad.status, 100, 'incompatible: 100');
  const badDoc = jsonOf(t, bad, validateCheck);
  t.match(badDoc, { verdict: 'incompatible', tier: 'cold', relation: 'incompatible' });
  t.match(badDoc.findings.find((f: any) => f.attribute === 'pv_mode'), { missing: ['ppgtt'], message: /removed/ });
  t.ok(badDoc.findings.some((f: any) => f.attribute === 'software_version' && f.severity === 'break'));

  const ext = runCli(['check', bundled('intel-gvt-g/i915-GVTg_V5_4-aggregatable@1.0.0'), bundled('intel-gvt-g/i915-GVTg_V5_8-agg4@1.0.0'), '--mode', 'extended', '--format', 'json']);
  t.equal(ext.status, 0, 'extended mode accepts the template match');
  t.match(jsonOf(t, ext, validateCheck), { mode: 'extended', verdict: 'compatible', actions: [{ kind: 'set', attribute: 'aggregator', value: '4' }] });
  const strict = runCli(['check', bundled('intel-gvt-g/i915-GVTg_V5_4-aggregatable@1.0.0'), bundled('intel-gvt-g/i915-GVTg_V5_8-agg4@1.0.0'), '--format', 'json']);
  t.equal(strict.status, 100);
  t.match(jsonOf(t, strict, validateCheck), { tier: 'none', findings: [{ attribute: 'mdev_type', severity: 'break' }] });

  // Every bundled family through the JSON renderer, so every finding shape meets the schema.
  for (const [s, tg] of [['nvidia-vgpu/nvidia-256-drv535.161.05', 'nvidia-vgpu/nvidia-256-drv535.183.04'], ['qat/qat-4xxx-vf-cy', 'qat/qat-4xxx-vf-cy-rl-low'], ['mlx5/mlx5-vf-tags', 'mlx5/mlx5-vf-fw-data-only'], ['hisi-acc/hisi-zip-vf-v1', 'hisi-acc/hisi-sec-vf-v2'], ['kernel-samples/mtty-1', 'intel-gvt-g/i915-GVTg_V5_4@1.2.0']]) {
    const r = runCli(['check', bundled(s!), bundled(tg!), '--format', 'json']);
    t.ok(r.status === 0 || r.status === 100, `${s} -> ${tg}: a verdict`);
    jsonOf(t, r, validateCheck);
  }
});

t.test('check: text output', async (t) => {
  const r = runCli(['check', gvt('0.1.0'), gvt('1.0.0')]);
  t.equal(r.status, 100);
  const lines = r.stdout.split('\n');
  t.match(lines[0], /: incompatible$/, 'the libvirt word first');
  t.ok(lines.some((l) => /^migration: incompatible, cold migration only/.test(l)), 'the verdict and tier in words');
  t.ok(lines.some((l) => /^rollback \(target -> source\): incompatible/.test(l)), 'the rollback section');
  const pv = lines.filter((l) => /^\s+break\s+pv_mode/.test(l));
  t.equal(pv.length, 2, 'one line per finding, forward and rollback');
  t.match(pv[0], /source none\+ppgtt, target none\+context\s+\[gvt-g\/pv_mode_narrowed\]/, 'source and target values and the rule on one line');
  t.match(r.stdout, /software_version major differs .*source 0\.1\.0, target 1\.0\.0/);

  t.match(runCli(['check', gvt('1.2.0'), gvt('1.2.0')]).stdout.split('\n')[0], /: identical$/);
  t.match(runCli(['check', gvt('0.1.0'), gvt('0.2.0')]).stdout.split('\n')[0], /: superset$/);
  const same = runCli(['check', gvt('1.2.0'), gvt('1.2.0')]);
  t.equal(same.status, 0);
  t.match(same.stdout, /migration: compatible, live migration possible/);
});

t.test('bump: exit codes and JSON', async (t) => {
  const ok = runCli(['bump', gvt('0.1.0'), gvt('0.2.0'), '--format', 'json']);
  t.equal(ok.status, 0);
  t.match(jsonOf(t, ok, validateBump), { required: 'minor', declared: 'minor', ok: true });
  const okMajor = runCli(['bump', gvt('0.2.0'), gvt('1.0.0'), '--format', 'json']);
  t.equal(okMajor.status, 0);
  t.match(jsonOf(t, okMajor, validateBump), { required: 'major', declared: 'major', ok: true, minimumVersion: '1.0.0', changes: [{ attribute: 'pv_mode', kind: 'removed' }] });

  const dir = (name: string, attrs: Record<string, string>) => new SysfsTree(join(tmp, name)).attributes('', { device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_4', ...attrs }).root;
  const old = dir('old', { software_version: '1.2.0', pv_mode: 'none+ppgtt' });
  const minorRemoval = dir('minor-removal', { software_version: '1.3.0', pv_mode: 'none' });
  const v = runCli(['bump', old, minorRemoval, '--format', 'json']);
  t.equal(v.status, 100, 'a violation: 100');
  t.match(jsonOf(t, v, validateBump), { required: 'major', declared: 'minor', ok: false, minimumVersion: '2.0.0' });
  t.match(runCli(['bump', old, minorRemoval]).stdout, /VIOLATION: required major, declared minor; minimum correct version 2\.0\.0/);

  const kept = dir('kept-name', { software_version: '2.0.0', pv_mode: 'none' });
  t.equal(runCli(['bump', old, kept]).status, 0, 'without the policy, a major bump is enough');
  const policy = runCli(['bump', old, kept, '--policy', 'rename-on-major', '--format', 'json']);
  t.equal(policy.status, 100, 'rename-on-major: same type name is a violation');
  t.match(jsonOf(t, policy, validateBump), { ok: false, findings: [{ rule: 'standard/type_not_renamed', severity: 'break' }] });
  const renamed = dir('renamed', { software_version: '2.0.0', pv_mode: 'none', mdev_type: 'i915-GVTg_V6_4' });
  t.equal(runCli(['bump', old, renamed, '--policy', 'rename-on-major']).status, 0);

  const lower = dir('lower', { software_version: '1.1.0', pv_mode: 'none+ppgtt' });
  inputError(t, runCli(['bump', old, lower]), lower);
  const unversioned = dir('unversioned', { pv_mode: 'none+ppgtt' });
  inputError(t, runCli(['bump', old, unversioned]), unversioned);
  inputError(t, runCli(['bump', unversioned, old]), unversioned);
});

t.test('bad input: exit 101, one line naming the file', async (t) => {
  const missing = join(tmp, 'no-such-profile');
  const r = runCli(['check', missing, gvt('1.2.0')]);
  inputError(t, r, missing);
  t.match(r.stderr, /no such profile/);

  const binary = new SysfsTree(join(tmp, 'binary')).file('device_api', 'vfio-pci\n').file('fw_blob', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01])).root;
  inputError(t, runCli(['check', gvt('1.2.0'), binary]), join(binary, 'fw_blob'));

  const badJson = join(tmp, 'bad.json');
  writeFileSync(badJson, '{"format": "devmig/profile@1", "attributes": {"device_api": 1}}');
  inputError(t, runCli(['check', badJson, gvt('1.2.0'), '--format', 'json']), badJson);
  const v2 = join(tmp, 'v2.json');
  writeFileSync(v2, '{"format": "devmig/profile@2", "attributes": {}}');
  inputError(t, runCli(['check', v2, gvt('1.2.0')]), v2);
  const flat = join(tmp, 'flat.txt');
  writeFileSync(flat, 'device_api=vfio-pci\nno equals here\n');
  inputError(t, runCli(['check', flat, gvt('1.2.0')]), `${flat}:2`);

  const packs = join(tmp, 'packs');
  mkdirSync(packs);
  const pack = JSON.parse(readFileSync(join(repoRoot, 'rules/mtty.json'), 'utf8'));
  pack.id = 'broken';
  pack.rules[0].compare = 'roughly-equal';
  writeFileSync(join(packs, 'broken.json'), JSON.stringify(pack));
  const br = runCli(['check', gvt('1.2.0'), gvt('1.2.0'), '--rules', packs]);
  inputError(t, br, join(packs, 'broken.json'));
  t.match(br.stderr, /\/rules\/0\/compare/, 'and the bad path in the pack');
  const dup = join(tmp, 'dup.json');
  writeFileSync(dup, readFileSync(join(repoRoot, 'rules/mtty.json')));
  inputError(t, runCli(['check', gvt('1.2.0'), gvt('1.2.0'), '--rules', dup]), dup);
  inputError(t, runCli(['check', gvt('1.2.0'), gvt('1.2.0'), '--rules', join(tmp, 'nope')]), join(tmp, 'nope'));
});

t.test('usage errors keep yargs\' status', async (t) => {
  for (const args of [['check', gvt('1.2.0')], ['frobnicate'], [], ['check', 'a', 'b', '--mode', 'lenient'], ['bump', 'a', 'b', '--policy', 'never']]) {
    const r = runCli(args);
    t.equal(r.status, 1, `devmig ${args.join(' ')}: yargs exits 1`);
    t.notMatch(r.stderr, /^\s+at \S/m);
  }
});
