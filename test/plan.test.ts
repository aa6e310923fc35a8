// Rollout plans (shared/spec/migration-capability.md section 4) through the library call and
// the real command line: stranding with its reason, capacity as VMs land and leave, VMs of
// several devices, --hosts, the rollback check, --wave-size, and bad input.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import t from 'tap';
import { planReport } from '../src/app/plan.js';
import { InputError } from '../src/errors.js';
import { planRollout, type FleetHost, type PlacedVm, type RolloutPlan } from '../src/plan/rollout.js';
import { readProfile } from '../src/read/read-profile.js';
import { compileGlob } from '../src/rules/glob.js';
import { exitCodeFor } from '../src/report/report.js';
import { render } from '../src/render/registry.js';
import type { CheckOptions, Profile } from '../src/types.js';
import { createForwardChecker } from '../src/verdict/check.js';
import { ruleSetFor } from '../src/verdict/checker.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

ensureBuilt();
const bundled = (rel: string) => join(repoRoot, 'device-profiles', rel);
const example = (rel: string) => join(repoRoot, 'examples/rollout', rel);

const RTX_OLD = 'nvidia-vgpu/nvidia-256-drv535.161.05';
const RTX_NEW = 'nvidia-vgpu/nvidia-256-drv535.183.04';
const NIC_OLD = 'mlx5/mlx5-vf-fw-data-only';
const NIC_NEW = 'mlx5/mlx5-vf-tags';
const ZIP = 'hisi-acc/hisi-zip-vf-v2';

/** A bundled profile, its available_instances set (or dropped with null). */
function bundledProfile(rel: string, instances?: number | null): Profile {
  const p = readProfile(bundled(rel));
  if (instances === undefined) return p;
  const attributes = new Map(p.attributes);
  if (instances === null) attributes.delete('available_instances');
  else attributes.set('available_instances', String(instances));
  return { ...p, attributes };
}

type HostSpec = Record<string, [string, (number | null)?]>;

const hostsOf = (spec: Record<string, HostSpec>): FleetHost[] => Object.entries(spec).map(([name, entries]) => ({
  name,
  entries: Object.entries(entries).map(([entry, [rel, n]]) => ({ entry, profile: bundledProfile(rel, n) })),
}));

function plan(hosts: Record<string, HostSpec>, vms: PlacedVm[], release: string[], opts: CheckOptions & { upgrade?: (h: string) => boolean; waveSize?: number } = {}): RolloutPlan {
  const input = { hosts: hostsOf(hosts), vms, release: release.map((rel) => ({ entry: rel, profile: bundledProfile(rel) })), upgrade: opts.upgrade, waveSize: opts.waveSize };
  return planRollout(input, createForwardChecker(opts), ruleSetFor(opts));
}

const vm = (name: string, host: string, ...devices: string[]): PlacedVm => ({ name, host, devices: devices.length ? devices : ['gpu'] });
const moves = (p: RolloutPlan) => p.waves.map((w) => w.moves.map((m) => `${m.vm} ${m.from}->${m.to}`));

t.test('NVIDIA identical policy: the last old host strands its VMs, with the pair\'s findings and the step', async (t) => {
  const hosts = { a: { gpu: [RTX_OLD, 4] as [string, number] }, b: { gpu: [RTX_OLD, 4] as [string, number] } };
  const p = plan(hosts, [vm('vm1', 'a'), vm('vm2', 'b'), vm('vm3', 'b')], [RTX_NEW]);
  t.equal(p.ok, false);
  t.same(p.waves.map((w) => w.hosts), [['a'], ['b']], 'fewest VMs first');
  t.same(moves(p), [['vm1 a->b'], []], 'vm1 moves to the other old host (identical policy: old -> new is not live)');
  t.same(p.stranded.map((s) => [s.vm, s.host, s.step, s.nearest]), [['vm1', 'b', 2, 'a'], ['vm2', 'b', 2, 'a'], ['vm3', 'b', 2, 'a']]);
  t.match(p.stranded[0]!.reason, /^no live target; nearest a \(cold\): host driver version differs: source 535\.161\.05, target 535\.183\.04$/);
  t.same(p.stranded[0]!.findings.map((f) => f.rule), ['nvidia-vgpu/host_driver_changed']);
  t.same(p.waves[1]!.stranded, ['vm1', 'vm2', 'vm3'], 'stranded VMs stay on their host, which is still upgraded');
  t.same(p.vms.map((v) => [v.vm, v.from, v.to, v.moves]), [['vm1', 'a', 'b', 1], ['vm2', 'b', 'b', 0], ['vm3', 'b', 'b', 0]]);
  t.same(p.vms.map((v) => [v.liveBefore, v.liveAfter]), [[1, 1], [1, 1], [1, 1]], 'before: the other old host; after: the other new one');
});

t.test('NVIDIA compatible policy: the same fleet goes clean, and the rollback check fails new -> old', async (t) => {
  const hosts = { a: { gpu: [RTX_OLD, 4] as [string, number] }, b: { gpu: [RTX_OLD, 4] as [string, number] } };
  const p = plan(hosts, [vm('vm1', 'a'), vm('vm2', 'b'), vm('vm3', 'b')], [RTX_NEW], { options: { 'nvidia-policy': 'compatible' } });
  t.equal(p.ok, true);
  t.same(p.stranded, []);
  t.same(moves(p), [['vm1 a->b'], ['vm1 b->a', 'vm2 b->a', 'vm3 b->a']], 'old -> new is live: the second wave lands on the upgraded host');
  t.same(p.rollback.map((r) => [r.vm, r.verdict, r.tier]), [['vm1', 'incompatible', 'cold'], ['vm2', 'incompatible', 'cold'], ['vm3', 'incompatible', 'cold']]);
  t.same(p.rollback[0]!.findings.map((f) => f.rule), ['nvidia-vgpu/vgpu_version_out_of_range'], 'a 16.6 guest does not fit the 16.4 host\'s range');
});

t.test('capacity: free instances taken as VMs land and freed as they leave; VMs counted where they landed', async (t) => {
  // c is empty with one free instance; a and b are full (0 free) with one VM each.
  const hosts = { a: { gpu: [NIC_OLD, 0] as [string, number] }, b: { gpu: [NIC_OLD, 0] as [string, number] }, c: { gpu: [NIC_OLD, 1] as [string, number] } };
  const p = plan(hosts, [vm('vm1', 'a'), vm('vm2', 'b')], [NIC_NEW]);
  t.equal(p.ok, true);
  t.same(p.waves.map((w) => w.hosts), [['c'], ['a'], ['b']]);
  t.same(moves(p), [[], ['vm1 a->c'], ['vm2 b->a']], 'vm1 takes c\'s one instance; vm2 takes the one vm1 freed on a');
  // Without c, a's VM has nowhere to go: every other host is full.
  const full = plan({ a: hosts.a, b: hosts.b }, [vm('vm1', 'a'), vm('vm2', 'b')], [NIC_NEW]);
  t.equal(full.ok, false);
  t.match(full.stranded[0]!.reason, /^no free instance: every host that takes it live \(b/);
  t.same(full.stranded[0]!.findings, []);
});

t.test('an entry without available_instances is one instance, taken by the VM on it', async (t) => {
  const hosts = { a: { vf0: [NIC_OLD, null] as [string, null] }, b: { vf0: [NIC_OLD, null] as [string, null] } };
  const p = plan(hosts, [vm('vm1', 'a', 'vf0'), vm('vm2', 'b', 'vf0')], [NIC_NEW]);
  t.equal(p.ok, false, 'each VF is taken: neither VM can move');
  t.match(p.stranded[0]!.reason, /no free instance/);
});

t.test('VMs of several devices: each device its own free instance, and P2P for the VM', async (t) => {
  const twoVfs = { vf0: [NIC_OLD, null], vf1: [NIC_OLD, null] } as HostSpec;
  const p = plan({ a: twoVfs, b: { vf0: [NIC_OLD, null] }, c: twoVfs }, [vm('db', 'a', 'vf0', 'vf1')], [NIC_NEW]);
  t.equal(p.ok, true);
  const m = p.waves.flatMap((w) => w.moves).find((x) => x.vm === 'db' && x.from === 'a')!;
  t.equal(m.to, 'c', 'b has one VF: too few for two devices');
  t.same(m.devices, [{ from: 'vf0', to: 'vf0' }, { from: 'vf1', to: 'vf1' }]);
  // A HiSilicon ZIP VF has no P2P: with a NIC beside it the VM cannot move live anywhere.
  const mixed = { zip: [ZIP, null], nic: [NIC_OLD, null] } as HostSpec;
  const q = plan({ a: mixed, b: mixed }, [vm('app', 'a', 'zip', 'nic')], [NIC_NEW]);
  t.equal(q.ok, false);
  t.equal(q.stranded[0]!.vm, 'app');
  t.match(q.stranded[0]!.reason, /P2P missing in a multi-device VM: zip lacks p2p/);
  t.same(q.stranded[0]!.findings.map((f) => f.rule), ['standard/p2p_required']);
});

t.test('a host that cannot be drained yet is tried again once an upgraded host frees what its VM needs', async (t) => {
  // app needs a QAT VF and a NIC VF on one host: c and d (left alone) have one each, b has both
  // but runs a VM on each. a is tried first (fewest VMs) and waits; b drains to c and d; then a
  // drains onto the upgraded b.
  const QAT_OLD = 'qat/qat-4xxx-vf-cy-pfvf4';
  const both = { qat: [QAT_OLD, null], nic: [NIC_OLD, null] } as HostSpec;
  const hosts = { a: both, b: both, c: { qat: [QAT_OLD, null] } as HostSpec, d: { nic: [NIC_OLD, null] } as HostSpec };
  const vms = [vm('app', 'a', 'qat', 'nic'), vm('q1', 'b', 'qat'), vm('n1', 'b', 'nic')];
  const p = plan(hosts, vms, ['qat/qat-4xxx-vf-cy', NIC_NEW], { upgrade: (h) => h === 'a' || h === 'b' });
  t.equal(p.ok, true);
  t.same(p.waves.map((w) => w.hosts), [['b'], ['a']]);
  t.same(moves(p), [['q1 b->c', 'n1 b->d'], ['app a->b']]);
});

t.test('hosts outside the selection are never upgraded, and take VMs', async (t) => {
  const hosts = { 'gpu-1': { gpu: [RTX_OLD, 2] as [string, number] }, 'gpu-2': { gpu: [RTX_OLD, 2] as [string, number] }, 'spare-1': { gpu: [RTX_OLD, 2] as [string, number] } };
  const p = plan(hosts, [vm('vm1', 'gpu-1'), vm('vm2', 'gpu-2')], [RTX_NEW], { upgrade: (h) => h.startsWith('gpu-') });
  t.equal(p.ok, true, 'identical policy, but an old host the rollout leaves alone takes every VM');
  t.same(p.waves.map((w) => w.hosts), [['gpu-1'], ['gpu-2']]);
  t.same(moves(p), [['vm1 gpu-1->spare-1'], ['vm2 gpu-2->spare-1']], 'an untouched host comes before one still to upgrade');
});

t.test('wave size: at most N hosts a wave, none receiving a VM of its own wave', async (t) => {
  const nic = { vf0: [NIC_OLD, null], vf1: [NIC_OLD, null] } as HostSpec;
  const hosts = { a: nic, b: nic, c: nic, d: nic };
  const vms = [vm('v1', 'a', 'vf0'), vm('v2', 'b', 'vf0'), vm('v3', 'c', 'vf0'), vm('v4', 'd', 'vf0')];
  const one = plan(hosts, vms, [NIC_NEW]);
  t.equal(one.waves.length, 4);
  const two = plan(hosts, vms, [NIC_NEW], { waveSize: 2 });
  t.equal(two.ok, true);
  t.ok(two.waves.every((w) => w.hosts.length <= 2));
  t.ok(two.waves.length < 4, `fewer waves: ${JSON.stringify(two.waves.map((w) => w.hosts))}`);
  for (const w of two.waves) for (const m of w.moves) t.notOk(w.hosts.includes(m.to), `${m.vm} lands outside its wave`);
  t.same(two.waves.flatMap((w) => w.hosts).sort(), ['a', 'b', 'c', 'd'], 'every host once');
});

t.test('a device type the release lacks keeps its old profile; each host keeps its available_instances', async (t) => {
  const hosts = { a: { gpu: [RTX_OLD, 3] as [string, number], vf: [NIC_OLD, null] as [string, null] }, b: { gpu: [RTX_OLD, 5] as [string, number], vf: [NIC_OLD, null] as [string, null] } };
  // Only the NIC is in the release: the GPU keeps 535.161.05, so the GPU VM moves live anywhere.
  const p = plan(hosts, [vm('g', 'a', 'gpu')], [NIC_NEW]);
  t.equal(p.ok, true);
  t.same(p.rollback.map((r) => r.verdict), ['compatible']);
});

t.test('planReport on examples/rollout: stranded under identical, clean under compatible (exit status from the report)', async (t) => {
  const identical = planReport(example('fleet'), example('vms.json'), example('release'));
  t.equal(exitCodeFor(identical), 100);
  t.same(identical.plan.stranded.map((s) => s.vm).sort(), ['train-1', 'train-2', 'vdi-1', 'vdi-2', 'vdi-3']);
  const compatible = planReport(example('fleet'), example('vms.json'), example('release'), { options: { 'nvidia-policy': 'compatible' } });
  t.equal(exitCodeFor(compatible), 0, 'rollback failures do not change the status');
  t.ok(compatible.plan.rollback.some((r) => r.verdict === 'incompatible'));
  const doc = JSON.parse(render(compatible, 'json')) as Record<string, unknown>;
  t.same(Object.keys(doc).slice(0, 4), ['ok', 'waves', 'stranded', 'rollback'], 'the spec\'s keys, in its order');
  t.ok((doc.waves as unknown[]).every((w) => Array.isArray(w) && w.every((h) => typeof h === 'string')), 'waves are lists of host names');
});

const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schema', name), 'utf8'));
const validatePlan = new Ajv({ strict: true, allErrors: true }).addSchema(schema('check-output.schema.json')).compile(schema('plan-output.schema.json'));

t.test('devmig plan on the command line', async (t) => {
  const args = ['plan', '--fleet', example('fleet'), '--vms', example('vms.json'), '--upgrade', example('release')];
  const stranded = runCli(args);
  t.equal(stranded.status, 100, stranded.stderr);
  t.match(stranded.stdout, /^rollout of .* not ok, 8 waves, \d+ live moves?, 5 VMs stranded$/m);
  t.match(stranded.stdout, /^wave 1: drain nic-2 \(no VMs\), upgrade nic-2$/m);
  t.match(stranded.stdout, /^wave \d: move train-1 gpu-h100-1 -> gpu-h100-2 \(live\), upgrade gpu-h100-1$/m);
  t.match(stranded.stdout, /^ {2}vdi-1 on gpu-rtx-1, wave 8: no live target; nearest gpu-rtx-2 \(cold\): host driver version differs/m);
  const clean = runCli([...args, '--nvidia-policy', 'compatible', '--format', 'json']);
  t.equal(clean.status, 0, clean.stderr);
  const doc = JSON.parse(clean.stdout) as { ok: boolean; waves: string[][]; stranded: unknown[]; rollback: { vm: string; verdict: string }[] };
  t.ok(validatePlan(doc), `valid against schema/plan-output.schema.json: ${JSON.stringify(validatePlan.errors)}`);
  const db = (doc as unknown as { moves: { vm: string; from: string; to: string; devices: { from: string; to: string }[] }[][] }).moves.flat().filter((m) => m.vm === 'db-1');
  t.same(db, [{ vm: 'db-1', from: 'nic-1', to: 'nic-2', devices: [{ from: 'nic-vf-3b.00.2', to: 'nic-vf-3b.00.2' }, { from: 'nic-vf-3b.00.3', to: 'nic-vf-3b.00.3' }] }], 'a VM of two VFs moves to a host with two free VFs, one each');
  const strandedDoc = JSON.parse(runCli([...args, '--format', 'json']).stdout);
  t.ok(validatePlan(strandedDoc), `a stranded plan too: ${JSON.stringify(validatePlan.errors)}`);
  t.same([doc.ok, doc.stranded], [true, []]);
  t.same(doc.rollback.filter((r) => r.verdict === 'compatible').map((r) => r.vm).sort(), ['crypto-1', 'crypto-2', 'db-1']);
  const waves = JSON.parse(runCli([...args, '--nvidia-policy', 'compatible', '--format', 'json', '--wave-size', '3']).stdout) as { waves: string[][] };
  t.equal(waves.waves.length, 3);
  const some = runCli([...args, '--hosts', 'gpu-rtx-?', '--format', 'json']);
  t.same(JSON.parse(some.stdout).waves, [['gpu-rtx-2'], ['gpu-rtx-1']], '--hosts: a shell glob on host names');
  t.equal(some.status, 100, 'the last RTX host still strands under identical');
});

t.test('bad input: exit 101 with one line naming the file and what is wrong', async (t) => {
  const dir = scratch('devmig-plan-');
  const vmsFile = (doc: unknown, name = 'vms.json') => {
    const path = join(dir, name);
    writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc));
    return path;
  };
  const base = ['plan', '--fleet', example('fleet'), '--upgrade', example('release')];
  const cases: [string, string[], RegExp][] = [
    ['unknown host', ['--vms', vmsFile({ vms: [{ name: 'x', host: 'gpu-rtx-9', devices: ['gpu-3b.00.0_nvidia-256'] }] }, 'host.json')], /host\.json: VM x: no host gpu-rtx-9 in the fleet/],
    ['unknown device entry', ['--vms', vmsFile({ vms: [{ name: 'x', host: 'gpu-rtx-1', devices: ['gpu-5e.00.0_nvidia-256'] }] }, 'dev.json')], /dev\.json: VM x: host gpu-rtx-1 has no device entry gpu-5e\.00\.0_nvidia-256/],
    ['malformed JSON', ['--vms', vmsFile('{"vms": [', 'bad.json')], /bad\.json: not valid JSON/],
    ['wrong shape', ['--vms', vmsFile({ machines: [] }, 'shape.json')], /shape\.json: expected \{"vms"/],
    ['a VF taken twice', ['--vms', vmsFile({ vms: [{ name: 'a', host: 'nic-1', devices: ['nic-vf-3b.00.2'] }, { name: 'b', host: 'nic-1', devices: ['nic-vf-3b.00.2'] }] }, 'twice.json')], /VM b: device entry nic-1\/nic-vf-3b\.00\.2 is one instance .* a runs on it already/],
    ['missing VMs file', ['--vms', join(dir, 'none.json')], /none\.json: /],
    ['wave size', ['--vms', example('vms.json'), '--wave-size', '0'], /^devmig: --wave-size: must be a whole number/],
    ['glob matching nothing', ['--vms', example('vms.json'), '--hosts', 'db-*'], /--hosts: 'db-\*' matches no host/],
  ];
  for (const [what, args, message] of cases) {
    const r = runCli([...base, ...args]);
    t.equal(r.status, 101, `${what}: exit 101`);
    t.match(r.stderr, message, what);
    t.equal(r.stderr.trim().split('\n').length, 1, `${what}: one line`);
    t.equal(r.stdout, '', `${what}: nothing on stdout`);
  }
  const missing = runCli(['plan', '--fleet', example('fleet'), '--upgrade', example('release')]);
  t.equal(missing.status, 1, 'a missing option is a usage error');
  t.equal(missing.stderr, 'devmig: missing --vms (devmig plan --help)\n');
  // The library throws the same errors.
  t.throws(() => planReport(example('fleet'), vmsFile({ vms: [{ name: 'x', host: 'nowhere', devices: ['a'] }] }, 'lib.json'), example('release')), InputError);
});

t.test('a release with two different profiles of one type is ambiguous', async (t) => {
  const dir = scratch('devmig-plan-release-');
  for (const [name, rel] of [['a', RTX_OLD], ['b', RTX_NEW]] as const) cpSync(bundled(rel), join(dir, name), { recursive: true });
  const r = runCli(['plan', '--fleet', example('fleet'), '--vms', example('vms.json'), '--upgrade', dir]);
  t.equal(r.status, 101);
  t.match(r.stderr, /a and b are both mdev_type nvidia-256: a release gives one profile per device type/);
});

t.test('--hosts globs: * any run, ? any one character (never /); pack patterns keep ? literal; linear time', async (t) => {
  const host = (p: string, n: string) => compileGlob(p, { shell: true })(n);
  t.same(['gpu-1', 'gpu-12', 'gpu-', 'cpu-1'].map((n) => host('gpu-?', n)), [true, false, false, false]);
  t.same(['gpu-rtx-1', 'gpu-h100-2', 'qat-1'].map((n) => host('gpu-*-?', n)), [true, true, false]);
  t.equal(host('a?b', 'a/b'), false, '? never matches /');
  t.equal(compileGlob('a?b')('axb'), false, 'a pack pattern reads ? as itself');
  t.equal(compileGlob('a?b')('a?b'), true);
  // The NFA is one pass: 200 alternating ?* against 64 KiB would take forever backtracking.
  const started = performance.now();
  t.equal(host('?*'.repeat(200) + 'b', 'a'.repeat(65536)), false);
  t.ok(performance.now() - started < 5000, 'bounded by pattern x name');
  // `**` crosses `/` as in pack patterns (host names hold none).
  const toRegExp = (p: string) => new RegExp(`^${(p.match(/\*\*|./gs) ?? []).map((c) => (c === '**' ? '.*' : c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 's');
  const fc = await import('fast-check');
  const text = (n: number) => fc.string({ unit: fc.constantFrom('a', 'b', '/', '*', '?'), maxLength: n });
  t.doesNotThrow(() => fc.assert(fc.property(text(6), text(8), (p, n) => host(p, n) === toRegExp(p).test(n)), { numRuns: 2000 }), 'the same as the RegExp on short names');
});
