import { readFileSync, readdirSync, lstatSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { Ajv } from 'ajv';
import { collect } from '../src/collect/collect.js';
import { writeProfiles } from '../src/collect/write-profiles.js';
import { parseCreatableVgpuTypes, parseCurrentVgpuType } from '../src/collect/nvidia-vgpu-types.js';
import { readProfile } from '../src/read/read-profile.js';
import { InputError } from '../src/errors.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { SysfsTree } from './helpers/sysfs-tree.js';
import { scratch } from './helpers/scratch.js';

const GIB = 1024 ** 3;
const schema = JSON.parse(readFileSync(join(repoRoot, 'schema/collect-output.schema.json'), 'utf8'));
const validateInventory = new Ajv({ strict: true, allErrors: true }).compile(schema);

const GVT_DESC = {
  V5_2: 'low_gm_size: 256MB\nhigh_gm_size: 1024MB\nfence: 4\nresolution: 1920x1200\nweight: 8',
  V5_4: 'low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nresolution: 1920x1200\nweight: 4',
};

/**
 * One host: a GVT-g iGPU with two mdev types (V5_4 holding a FIFO and an oversized file),
 * an H100 with three SR-IOV VFs, a QAT VF on qat_vfio_pci, a virtio NIC, and an index
 * link escaping the tree. `available` varies per host to show it does not decide anything.
 */
function buildHost(available: string): SysfsTree {
  const s = new SysfsTree();
  s.pciDevice('0000:00:02.0', { vendor: '0x8086', device: '0x5912', class: '0x030000' }, { driver: 'i915', bar: 256 * 1024 ** 2 });
  s.mdevType('0000:00:02.0', 'i915-GVTg_V5_2', { device_api: 'vfio-pci', name: 'GVTg_V5_2', description: GVT_DESC.V5_2, available_instances: available });
  const v54 = s.mdevType('0000:00:02.0', 'i915-GVTg_V5_4', { device_api: 'vfio-pci', name: 'GVTg_V5_4', description: GVT_DESC.V5_4, available_instances: available });
  s.fifo(`${v54}/hw_queue`).sparse(`${v54}/vendor_blob`, GIB, 0o644);
  s.link('class/mdev_bus/0000:99:00.0', '../../../outside-root');

  const header = 'ID    : vGPU Name';
  s.pciDevice('0000:00:06.0', { vendor: '0x10de', device: '0x2330', subsystem_vendor: '0x10de', subsystem_device: '0x16c1', 'nvidia/creatable_vgpu_types': header, 'nvidia/current_vgpu_type': '0' }, { driver: 'nvidia', bar: 128 * GIB });
  s.pciDevice('0000:00:06.4', { vendor: '0x10de', device: '0x2330', 'nvidia/creatable_vgpu_types': `${header}\n1130  : NVIDIA H100XM-1-10C\n1131  : NVIDIA H100XM-2-20C`, 'nvidia/current_vgpu_type': '0' }, { driver: 'nvidia', physfn: '0000:00:06.0' });
  s.pciDevice('0000:00:06.5', { vendor: '0x10de', device: '0x2330', 'nvidia/creatable_vgpu_types': header, 'nvidia/current_vgpu_type': '1131' }, { driver: 'nvidia', physfn: '0000:00:06.0' });
  s.pciDevice('0000:00:06.6', { vendor: '0x10de', device: '0x2330', 'nvidia/creatable_vgpu_types': header, 'nvidia/current_vgpu_type': '0' }, { driver: 'nvidia', physfn: '0000:00:06.0' });

  s.pciDevice('0000:6b:00.0', { vendor: '0x8086', device: '0x4940' }, { driver: '4xxx' });
  s.pciDevice('0000:6b:00.1', {
    vendor: '0x8086', device: '0x4941', subsystem_vendor: '0x8086', subsystem_device: '0x0000',
    accel_capabilities_mask: '0x9', ring_to_svc_map: '0x1111', 'rl/asym0/cir': '50', 'rl/asym0/pir': '80',
    fw_counters: 'requests: 12', 'migration/scratch': 'x',
  }, { driver: 'qat_vfio_pci', physfn: '0000:6b:00.0' });
  s.pciDevice('0000:00:03.0', { vendor: '0x1af4', device: '0x1041' }, { driver: 'virtio-pci' });
  return s;
}

const hostA = buildHost('2');
const hostB = buildHost('1');
const attrs = (p: { profile: { attributes: ReadonlyMap<string, string> } }) => Object.fromEntries(p.profile.attributes);

t.test('parses NVIDIA vGPU type listings, never guessing', async (t) => {
  t.same(parseCreatableVgpuTypes('ID    : vGPU Name'), { types: [], bad: [] }, 'a full GPU shows the header alone');
  t.same(parseCreatableVgpuTypes('ID : vGPU Name\n1130 : NVIDIA H100XM-1-10C\nbogus line'), {
    types: [{ id: '1130', name: 'NVIDIA H100XM-1-10C' }], bad: ['bogus line'],
  });
  t.equal(parseCurrentVgpuType('0'), null, '0 means no vGPU');
  t.equal(parseCurrentVgpuType('1131'), '1131');
  t.equal(parseCurrentVgpuType('H100'), undefined);
});

t.test('collect finds every mdev type, NVIDIA vGPU type and variant-driver device', async (t) => {
  const r = collect({ sysfs: hostA.root });
  t.same(r.profiles.map((p) => [p.id, p.family, p.device]), [
    ['0000:00:02.0/i915-GVTg_V5_2', 'gvt-g', '0000:00:02.0'],
    ['0000:00:02.0/i915-GVTg_V5_4', 'gvt-g', '0000:00:02.0'],
    ['0000:00:06.4/1130', 'nvidia-vgpu', '0000:00:06.4'],
    ['0000:00:06.4/1131', 'nvidia-vgpu', '0000:00:06.4'],
    ['0000:00:06.5/1131', 'nvidia-vgpu', '0000:00:06.5'],
    ['0000:6b:00.1', 'qat', '0000:6b:00.1'],
  ]);
  const [v52, v54, nv1130, , nvRunning, qat] = r.profiles;
  t.strictSame(attrs(v52!), {
    available_instances: '2', description: GVT_DESC.V5_2, device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_2',
    name: 'GVTg_V5_2', 'parent/device': '0x5912', 'parent/vendor': '0x8086',
  }, 'type attributes less devices/ and create, plus mdev_type and the parent ids');
  t.equal(v52!.profile.path, hostA.path('devices/pci0000:00/0000:00:02.0/mdev_supported_types/i915-GVTg_V5_2'));
  t.notOk(v54!.profile.attributes.has('hw_queue'), 'the FIFO is no attribute');
  t.notOk(v54!.profile.attributes.has('vendor_blob'), 'the oversized file is no attribute');
  t.strictSame(attrs(nv1130!), {
    device_api: 'vfio-pci', name: 'NVIDIA H100XM-1-10C', 'nvidia/vgpu_type': '1130', 'parent/device': '0x2330', 'parent/vendor': '0x10de',
  }, 'board identity read through physfn');
  t.strictSame(attrs(nvRunning!), {
    device_api: 'vfio-pci', 'nvidia/vgpu_type': '1131', 'parent/device': '0x2330', 'parent/vendor': '0x10de',
  }, 'the running type: no name is invented when creatable_vgpu_types does not list it');
  t.strictSame(attrs(qat!), {
    accel_capabilities_mask: '0x9', device: '0x4941', device_api: 'vfio-pci', driver: 'qat_vfio_pci',
    'rl/asym0/cir': '50', 'rl/asym0/pir': '80', ring_to_svc_map: '0x1111',
    subsystem_device: '0x0000', subsystem_vendor: '0x8086', vendor: '0x8086',
  }, 'PCI identity and what the qat pack reads; fw_counters and migration/scratch are not read');

  const reasons = Object.fromEntries(r.skipped.map((s) => [s.path.slice(hostA.root.length + 1), s.reason]));
  const v54dir = 'devices/pci0000:00/0000:00:02.0/mdev_supported_types/i915-GVTg_V5_4';
  t.equal(reasons[`${v54dir}/hw_queue`], 'FIFO, not read');
  t.equal(reasons[`${v54dir}/vendor_blob`], `claims ${GIB} bytes, over the 65536-byte limit, not read`);
  t.equal(reasons[`${v54dir}/create`], 'write-only, not read');
  t.match(reasons['class/mdev_bus/0000:99:00.0'], /^link to \.\.\/\.\.\/\.\.\/outside-root leaves .*, not followed$/);
  t.notOk(r.skipped.some((s) => /\/(resource\d|irq|uevent|config|remove|power|msi_irqs|numa_node|subsystem)(\/|$)/.test(s.path)),
    'host-local files (BARs, irq, uevent, config, power/...) are never even looked at');
});

t.test('--set adds what sysfs lacks to every profile, and is checked', async (t) => {
  const r = collect({ sysfs: hostA.root, set: { 'nvidia/ecc': 'enabled', 'nvidia/migration': 'supported\n' } });
  for (const p of r.profiles) {
    t.equal(p.profile.attributes.get('nvidia/ecc'), 'enabled');
    t.equal(p.profile.attributes.get('nvidia/migration'), 'supported', 'stored as it reads back from disk');
  }
  t.throws(() => collect({ sysfs: hostA.root, set: { '../escape': 'x' } }), InputError);
  t.throws(() => collect({ sysfs: hostA.root, set: { '.hidden': 'x' } }), InputError);
});

t.test('writeProfiles writes sysfs-style directories that read back to the same profile', async (t) => {
  const out = scratch('devmig-collect-out-');
  const r = collect({ sysfs: hostA.root });
  const written = writeProfiles(r, out);
  t.same(written, r.profiles.map((p) => join(out, ...p.id.split('/'))));
  for (const [i, dir] of written.entries()) {
    t.strictSame(Object.fromEntries(readProfile(dir).attributes), attrs(r.profiles[i]!), `${r.profiles[i]!.id} reads back`);
  }
  const qatDir = join(out, '0000:6b:00.1');
  t.ok(lstatSync(join(qatDir, 'driver')).isFile(), 'driver is a plain file');
  t.equal(readFileSync(join(qatDir, 'driver'), 'utf8'), 'qat_vfio_pci\n');
  t.equal(readFileSync(join(qatDir, 'rl/asym0/cir'), 'utf8'), '50\n', 'groups are subdirectories');
  t.same(readdirSync(join(out, '0000:00:02.0/i915-GVTg_V5_2')).sort(),
    ['available_instances', 'description', 'device_api', 'mdev_type', 'name', 'parent'], 'no devices/, create or links');
  t.throws(() => writeProfiles(r, out), { message: /already exists and is not empty/ }, 'stale profiles are never mixed in');
  t.throws(() => writeProfiles(r, hostA.path('devices')), { message: /inside the sysfs root/ });
});

t.test('CLI: collect --out writes profiles, leaves ROOT untouched, and JSON matches the schema', async (t) => {
  const before = hostA.snapshot();
  const out = join(scratch('devmig-collect-cli-'), 'host-a');
  const run = runCli(['collect', '--sysfs', hostA.root, '--out', out, '--format', 'json']);
  t.equal(run.status, 0, run.stderr);
  const doc = JSON.parse(run.stdout);
  t.ok(validateInventory(doc), JSON.stringify(validateInventory.errors));
  t.same(doc.profiles.map((p: { id: string }) => p.id), ['0000:00:02.0/i915-GVTg_V5_2', '0000:00:02.0/i915-GVTg_V5_4', '0000:00:06.4/1130', '0000:00:06.4/1131', '0000:00:06.5/1131', '0000:6b:00.1']);
  t.same(doc.profiles[5], { id: '0000:6b:00.1', path: join(out, '0000:6b:00.1'), family: 'qat', facts: { 'host/kernel_release': '/proc/sys/kernel/osrelease' } }, 'the CLI reads this host\'s /proc by default');
  t.ok(doc.skipped.some((s: { reason: string }) => s.reason === 'FIFO, not read'));
  t.same(hostA.snapshot(), before, 'nothing under ROOT changed');

  const inside = runCli(['collect', '--sysfs', hostA.root, '--out', hostA.path('out')]);
  t.equal(inside.status, 101, '--out inside ROOT is refused');
  t.match(inside.stderr, /^devmig: .*inside the sysfs root/);
  t.equal(inside.stderr.trim().split('\n').length, 1, 'one line, no stack');
  t.notOk(existsSync(hostA.path('out')));
  t.same(hostA.snapshot(), before, 'still nothing under ROOT changed');
});

t.test('CLI: collected profiles of two hosts decide through devmig check', async (t) => {
  const base = scratch('devmig-collect-pair-');
  const set = ['--set', 'nvidia/migration=supported', '--set', 'nvidia/ecc=enabled', '--set', 'nvidia/host_driver_version=580.159.04'];
  for (const [name, host] of [['a', hostA], ['b', hostB]] as const) {
    t.equal(runCli(['collect', '--sysfs', host.root, '--out', join(base, name), ...set]).status, 0);
  }
  const check = (s: string, d: string) => {
    const r = runCli(['check', join(base, s), join(base, d), '--format', 'json']);
    return { status: r.status, doc: JSON.parse(r.stdout) };
  };
  // Mainline GVT-g (kvmgt.c) implements no VFIO migration: the same type on both hosts is cold only, and says why.
  const same = check('a/0000:00:02.0/i915-GVTg_V5_2', 'b/0000:00:02.0/i915-GVTg_V5_2');
  t.equal(same.status, 100, 'V5_2 on host A -> V5_2 on host B: cold only');
  t.equal(same.doc.tier, 'cold');
  t.match(same.doc.findings, [{ rule: 'standard/migration_unsupported', message: /^i915 GVT-g implements no VFIO migration/ }]);
  t.equal(same.doc.pack, 'gvt-g');

  const cross = check('a/0000:00:02.0/i915-GVTg_V5_2', 'b/0000:00:02.0/i915-GVTg_V5_4');
  t.equal(cross.status, 100, 'V5_2 -> V5_4');
  t.equal(cross.doc.tier, 'none');
  t.ok(cross.doc.findings.some((f: { attribute: string; severity: string }) => f.attribute === 'mdev_type' && f.severity === 'break'));

  const vgpu = check('a/0000:00:06.4/1131', 'b/0000:00:06.5/1131');
  t.equal(vgpu.status, 0, 'the same vGPU type, created on one VF and running on another');
  const otherType = check('a/0000:00:06.4/1130', 'b/0000:00:06.4/1131');
  t.equal(otherType.status, 100);
  t.ok(otherType.doc.findings.some((f: { attribute: string }) => f.attribute === 'nvidia/vgpu_type'));
});

t.test('CLI: without --set, NVIDIA migration capability is not invented', async (t) => {
  const base = scratch('devmig-collect-noset-');
  t.equal(runCli(['collect', '--sysfs', hostA.root, '--out', join(base, 'a'), '--set', 'nvidia/migration=supported']).status, 0);
  t.equal(runCli(['collect', '--sysfs', hostB.root, '--out', join(base, 'b')]).status, 0);
  t.notOk(existsSync(join(base, 'b/0000:00:06.5/1131/nvidia/migration')), 'sysfs does not hold it, so neither does the profile');
  const r = runCli(['check', join(base, 'a/0000:00:06.4/1131'), join(base, 'b/0000:00:06.5/1131'), '--format', 'json']);
  t.equal(r.status, 100, 'a target whose migration support is unknown is not compatible');
  t.ok(JSON.parse(r.stdout).findings.some((f: { attribute: string; severity: string }) => f.attribute === 'nvidia/migration' && f.severity === 'break'));
});

t.test('CLI: text output, empty hosts and bad input', async (t) => {
  const text = runCli(['collect', '--sysfs', hostA.root]);
  t.equal(text.status, 0);
  t.match(text.stdout, /^6 profiles from .*:\n\s+ID\s+FAMILY\s+READ FROM\n/);
  t.match(text.stdout, /0000:6b:00\.1\s+qat\s+/);
  t.match(text.stdout, /skipped \d+:\n/);
  t.match(text.stdout, /hw_queue: FIFO, not read/);

  const empty = new SysfsTree();
  const none = runCli(['collect', '--sysfs', empty.root, '--format', 'json']);
  t.equal(none.status, 0, 'nothing found is not an error');
  t.same(JSON.parse(none.stdout), { profiles: [], skipped: [] });

  const missing = runCli(['collect', '--sysfs', join(empty.root, 'no-such')]);
  t.equal(missing.status, 101);
  t.match(missing.stderr, /no-such: cannot read the sysfs root \(ENOENT\)/);

  const badSet = runCli(['collect', '--sysfs', hostA.root, '--set', 'novalue']);
  t.equal(badSet.status, 101);
  t.match(badSet.stderr, /--set: expected KEY=VALUE/);
});

t.test('CLI: collect --sysfs /sys on this machine finishes, read-only, with valid JSON', async (t) => {
  const started = Date.now();
  const r = runCli(['collect', '--sysfs', '/sys', '--format', 'json'], { timeout: 20_000 });
  t.equal(r.signal, null, 'not killed by the 20 s timeout');
  t.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  t.ok(validateInventory(doc), JSON.stringify(validateInventory.errors));
  t.comment(`/sys: ${doc.profiles.length} profiles, ${doc.skipped.length} skipped, ${Date.now() - started} ms`);
});
