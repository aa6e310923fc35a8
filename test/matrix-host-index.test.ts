// The host index collect writes beside its profiles (`DIR/.devmig-host.json`): matrix reads a
// host from it, one file, and must get exactly what walking the host's tree gives.
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import t from 'tap';
import type { CollectResult } from '../src/collect/collect.js';
import { writeProfiles } from '../src/collect/write-profiles.js';
import { HOST_INDEX_FORMAT, HOST_INDEX_NAME } from '../src/collect/write-profiles.js';
import { InputError } from '../src/errors.js';
import { readInventory, type Inventory } from '../src/matrix/inventory.js';
import { matrix } from '../src/matrix/matrix.js';
import { profileFromAttributes } from '../src/read/read-profile.js';
import { ensureBuilt } from './helpers/build.js';
import { runCli } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';
import { SysfsTree } from './helpers/sysfs-tree.js';

const GVT_V5_4 = 'low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nresolution: 1920x1200\nweight: 4';

/** A host: a Kaby Lake GVT-g parent with one type, and a QAT VF on qat_vfio_pci. */
function sysfs(available: string): SysfsTree {
  const s = new SysfsTree(scratch('devmig-hostidx-sysfs-'));
  s.pciDevice('0000:00:02.0', { vendor: '0x8086', device: '0x5912' }, { driver: 'i915' });
  s.mdevType('0000:00:02.0', 'i915-GVTg_V5_4', { device_api: 'vfio-pci', name: 'GVTg_V5_4', description: GVT_V5_4, available_instances: available });
  s.pciDevice('0000:6b:00.1', { vendor: '0x8086', device: '0x4941', accel_capabilities_mask: '0x9', ring_to_svc_map: '0x1111', 'rl/asym0/cir': '50', 'rl/asym0/pir': '80' }, { driver: 'qat_vfio_pci' });
  return s;
}

/** Everything a verdict or an output line could depend on, per distinct profile. */
const content = (inv: Inventory) => ({
  hosts: inv.hostCount,
  devices: inv.deviceCount,
  profiles: inv.profiles.map((p) => ({
    id: p.id, path: p.profile.path, form: p.profile.form, devices: p.devices,
    attributes: [...p.profile.attributes].sort(), links: [...p.profile.links], skipped: p.profile.skipped,
  })),
});
const rows = (sources: Inventory, targets: Inventory) => [...matrix(sources, targets)].map((r) => JSON.stringify(r));

/** `fleet` with every host index removed: a tree as hand-written ones are, read by walking. */
function withoutIndexes(fleet: string, hosts: string[]): string {
  const copy = scratch('devmig-hostidx-walk-');
  cpSync(fleet, copy, { recursive: true });
  for (const h of hosts) rmSync(join(copy, h, HOST_INDEX_NAME));
  return copy;
}

t.test('collect --out writes a host index that reads back as the tree does', async (t) => {
  ensureBuilt();
  const fleet = scratch('devmig-hostidx-fleet-');
  for (const [host, available] of [['host-a', '2'], ['host-b', '1'], ['host-c', '2']] as const) {
    const r = runCli(['collect', '--sysfs', sysfs(available).root, '--out', join(fleet, host), '--set', 'software_version=1.2.0']);
    t.equal(r.status, 0, r.stderr);
  }
  const index = JSON.parse(readFileSync(join(fleet, 'host-a', HOST_INDEX_NAME), 'utf8'));
  t.equal(index.format, HOST_INDEX_FORMAT);
  t.same(index.devices.map((d: { device: string }) => d.device), ['0000:00:02.0/i915-GVTg_V5_4', '0000:6b:00.1']);

  const fromIndex = readInventory(fleet);
  const walked = readInventory(withoutIndexes(fleet, ['host-a', 'host-b', 'host-c']));
  t.equal(fromIndex.deviceCount, 6);
  t.equal(fromIndex.profiles.length, 3, 'host-a and host-c share their GVT-g profile, all three their QAT VF');
  const relative = (inv: Inventory, root: string) => JSON.parse(JSON.stringify(content(inv)).replaceAll(root, 'FLEET'));
  t.same(relative(fromIndex, fleet), relative(walked, walked.origin), 'the same profiles, paths and devices as walking the tree');
  const targets = readInventory(fleet);
  t.same(rows(fromIndex, targets).map((r) => r.replaceAll(fleet, 'FLEET')), rows(walked, targets).map((r) => r.replaceAll(walked.origin, 'FLEET')), 'the same matrix rows');
});

const result = (id: string, attrs: Record<string, string>): CollectResult => ({
  root: '/nonexistent-sysfs-root',
  profiles: [{ id, family: null, device: id.split('/')[0]!, profile: profileFromAttributes(`/sys/${id}`, attrs) }],
  skipped: [],
});

t.test('a later collect into the same directory adds to its host index', async (t) => {
  const fleet = scratch('devmig-hostidx-merge-');
  const out = join(fleet, 'h');
  writeProfiles(result('0000:00:02.0/acme-T1', { device_api: 'vfio-pci', mdev_type: 'acme-T1' }), out);
  writeProfiles(result('0000:00:02.0/acme-T2', { device_api: 'vfio-pci', mdev_type: 'acme-T2' }), out);
  const index = JSON.parse(readFileSync(join(out, HOST_INDEX_NAME), 'utf8'));
  t.same(index.devices.map((d: { device: string }) => d.device), ['0000:00:02.0/acme-T1', '0000:00:02.0/acme-T2']);
  t.same(content(readInventory(fleet)).profiles.map((p) => p.devices), content(readInventory(withoutIndexes(fleet, ['h']))).profiles.map((p) => p.devices));
  t.throws(() => writeProfiles(result('0000:00:02.0/acme-T1', { device_api: 'vfio-pci' }), out), { message: /already exists and is not empty/ }, 'a profile is still never overwritten');
  t.same(JSON.parse(readFileSync(join(out, HOST_INDEX_NAME), 'utf8')), index, 'and a refused collect leaves the index as it was');

  const empty = join(fleet, 'nothing');
  writeProfiles({ root: '/nonexistent-sysfs-root', profiles: [], skipped: [] }, empty);
  t.notOk(existsSync(empty), 'a collect that found nothing writes nothing, no index either');
});

t.test('hosts with and without an index read together', async (t) => {
  const fleet = scratch('devmig-hostidx-mixed-');
  writeProfiles(result('gpu', { device_api: 'vfio-pci', mdev_type: 'acme-T1' }), join(fleet, 'indexed'));
  cpSync(join(fleet, 'indexed', 'gpu'), join(fleet, 'hand-written', 'gpu'), { recursive: true });
  const inv = readInventory(fleet);
  t.equal(inv.hostCount, 2);
  t.equal(inv.profiles.length, 1, 'one distinct profile, read once from the index, once from the tree');
  t.same(inv.profiles[0]!.devices.map((d) => d.host), ['hand-written', 'indexed']);
});

t.test('a hostile host index is refused, naming it, and never blocks', async (t) => {
  const host = (make: (file: string) => void) => {
    const fleet = scratch('devmig-hostidx-bad-');
    writeProfiles(result('gpu', { device_api: 'vfio-pci' }), join(fleet, 'h'));
    const file = join(fleet, 'h', HOST_INDEX_NAME);
    rmSync(file);
    make(file);
    return { fleet, file };
  };
  const refused = (what: string, make: (file: string) => void, message: RegExp) => {
    const { fleet, file } = host(make);
    const started = Date.now();
    t.throws(() => readInventory(fleet), { name: 'InputError', message: new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*${message.source}`) }, what);
    t.ok(Date.now() - started < 5000, `${what}: promptly`);
  };
  refused('a FIFO', (f) => execFileSync('mkfifo', [f]), /not a regular file/);
  refused('a link to /dev/zero', (f) => symlinkSync('/dev/zero', f), /cannot open \(ELOOP\)/);
  refused('a file over the limit', (f) => { writeFileSync(f, ''); truncateSync(f, 17 * 1024 * 1024); }, /claims \d+ bytes/);
  refused('binary content', (f) => writeFileSync(f, Buffer.from([0xff, 0xfe])), /not UTF-8/);
  refused('malformed JSON', (f) => writeFileSync(f, '{"format":'), /not valid JSON/);
  refused('another format', (f) => writeFileSync(f, JSON.stringify({ format: 'devmig/inventory@1', devices: [] })), /not a host index/);
  refused('a device leaving the host', (f) => writeFileSync(f, JSON.stringify({ format: HOST_INDEX_FORMAT, devices: [{ device: '../other/gpu', attributes: {} }] })), /not an attribute name/);
  refused('a value that is not text', (f) => writeFileSync(f, JSON.stringify({ format: HOST_INDEX_FORMAT, devices: [{ device: 'gpu', attributes: { device_api: 1 } }] })), /must be text/);
  t.ok(new InputError('x', 'y') instanceof Error);
});
