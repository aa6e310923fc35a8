import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t from 'tap';
import { Ajv } from 'ajv';
import { InputError } from '../src/errors.js';
import { inventoryFromProfiles, inventoryIndex, readInventory, type Inventory } from '../src/matrix/inventory.js';
import { matrix, matrixChecks, type MatrixRow } from '../src/matrix/matrix.js';
import { sourceRecord, targetRecord, verdictsRecord } from '../src/render/matrix.js';
import { profileFromAttributes } from '../src/read/read-profile.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schema', name), 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addSchema(schema('check-output.schema.json')).addSchema(schema('matrix-line.schema.json'));
const validateLine = ajv.compile({ $ref: 'https://devmig.dev/schema/matrix-line.schema.json' });
const validateDoc = ajv.compile(schema('matrix-output.schema.json'));

/** The acceptance fixtures' GVT-g profile (fixtures.sh `gvt`), in memory. */
function gvt(type: number, version: string, pv: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    device_api: 'vfio-pci', mdev_type: `i915-GVTg_V5_${type}`, name: `GVTg_V5_${type}`, software_version: version,
    'parent/vendor': '0x8086', 'parent/device': '0x5912', pv_mode: pv, available_instances: '2', ...extra,
  };
}
const mem = (host: string, device: string, attrs: Record<string, string>) => ({ host, device, profile: profileFromAttributes(`${host}/${device}`, attrs) });

/** Write profiles as a collect-style tree: `root/<host>/<device...>/<attribute files>`. */
function writeTree(root: string, devices: { host: string; device: string; attrs: Record<string, string> }[]): void {
  for (const d of devices) {
    for (const [k, v] of Object.entries(d.attrs)) {
      const file = join(root, d.host, d.device, k);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${v}\n`);
    }
  }
}

const byDevice = (rows: MatrixRow[]) => new Map(rows.map((r) => [`${r.source.host}/${r.source.device}`, r]));
const tierTo = (row: MatrixRow, host: string) => row.targets.find((g) => g.devices.some((d) => d.host === host))?.tier;

t.test('identical profiles are folded and evaluated once per distinct pair', async (t) => {
  const a = gvt(2, '1.0.0', 'none+ppgtt');
  const b = gvt(2, '1.5.2', 'none');
  // Five source hosts with two distinct profiles (fresh objects each: folding is by content).
  const sources = inventoryFromProfiles([1, 2, 3, 4, 5].map((i) => mem(`src-${i}`, 'gpu', i % 2 ? a : b)));
  const targets = inventoryFromProfiles([1, 2, 3].map((i) => mem(`dst-${i}`, 'gpu', i === 3 ? b : a)));
  t.equal(sources.profiles.length, 2);
  t.equal(sources.deviceCount, 5);
  t.equal(sources.hostCount, 5);
  t.equal(targets.profiles.length, 2);
  t.equal(matrixChecks(sources, targets), 4, 'distinct x distinct, not 5 x 3');
  const rows = [...matrix(sources, targets)];
  t.equal(rows.length, 5, 'one row per source device');
  const one = rows.filter((r) => r.profile === sources.profiles[0]!.id);
  t.equal(one.length, 3);
  t.ok(one.every((r) => r.targets === one[0]!.targets), 'rows of one profile share the one evaluated result');
  t.same(one.map((r) => r.source.host), ['src-1', 'src-3', 'src-5'], 'rows of a profile come together, in inventory order');
  // a (1.0.0, none+ppgtt) -> a live; -> b (1.5.2, pv none) loses ppgtt: cold.
  const ra = byDevice(rows).get('src-1/gpu')!;
  t.same(ra.targets.map((g) => [g.tier, g.devices.map((d) => d.host)]), [['live', ['dst-1', 'dst-2']], ['cold', ['dst-3']]]);
  t.ok(ra.targets[1]!.findings.some((f) => f.attribute === 'pv_mode' && f.missing?.includes('ppgtt')));
  // b (1.5.2) -> a (1.0.0): minor older on the target, so only dst-3 takes it live.
  const rb = byDevice(rows).get('src-2/gpu')!;
  t.equal(tierTo(rb, 'dst-3'), 'live');
  t.equal(tierTo(rb, 'dst-1'), 'cold');
  t.ok(rb.targets.find((g) => g.tier === 'cold')!.findings.some((f) => f.rule === 'standard/software_version_incompatible'));
  for (const r of rows) {
    t.ok(validateLine(JSON.parse(verdictsRecord(r))), 'its verdicts record is a valid line');
    t.ok(validateLine(JSON.parse(sourceRecord(r))), 'its source record is a valid line');
  }
  for (const tp of targets.profiles) t.ok(validateLine(JSON.parse(targetRecord(tp))), 'a target record is a valid line');
});

t.test('a source with no live target is reported as such; a type mismatch leaves no tier', async (t) => {
  const sources = inventoryFromProfiles([mem('s', 'v5_4', gvt(4, '1.0.0', 'none'))]);
  const targets = inventoryFromProfiles([mem('d', 'v5_2', gvt(2, '1.0.0', 'none'))]);
  const [row] = [...matrix(sources, targets)];
  t.equal(row!.live, false);
  t.equal(row!.targets[0]!.tier, 'none');
  t.ok(row!.targets[0]!.findings.some((f) => f.rule === 'standard/mdev_type_changed' && f.blocks === 'cold'));
});

t.test('readInventory: collect layout, nesting, .json devices, index round trip, bad input', async (t) => {
  const root = scratch('devmig-inv-');
  writeTree(root, [
    { host: 'h1', device: '0000:00:02.0/i915-GVTg_V5_4', attrs: gvt(4, '1.2.0', 'none+ppgtt') },
    { host: 'h1', device: '0000:00:02.0/i915-GVTg_V5_2', attrs: gvt(2, '1.2.0', 'none+ppgtt') },
    { host: 'h2', device: 'igpu', attrs: gvt(4, '1.2.0', 'none+ppgtt') },
  ]);
  writeFileSync(join(root, 'h1', 'README.md'), 'not a device\n');
  writeFileSync(join(root, 'h1', '0000:00:02.0', 'README'), 'a README does not make a profile\n');
  writeFileSync(join(root, 'h2', 'qat.json'), JSON.stringify({ format: 'devmig/profile@1', attributes: { device_api: 'vfio-pci', driver: 'qat_vfio_pci', device: '0x4941' } }));
  symlinkSync('/nonexistent', join(root, 'h2', 'dangling'));
  const inv = readInventory(root);
  t.equal(inv.hostCount, 2);
  t.equal(inv.deviceCount, 4);
  t.equal(inv.profiles.length, 3, 'h1 V5_4 and h2 igpu share one profile');
  const devices = inv.profiles.flatMap((p) => p.devices.map((d) => `${d.host}/${d.device}`)).sort();
  t.same(devices, ['h1/0000:00:02.0/i915-GVTg_V5_2', 'h1/0000:00:02.0/i915-GVTg_V5_4', 'h2/igpu', 'h2/qat']);
  t.equal(inv.profiles.find((p) => p.devices.length === 2)!.profile.attributes.get('parent/device'), '0x5912', 'a profile dir is not descended into: parent/ is a group');

  const index = join(scratch('devmig-inv-index-'), 'index.json');
  writeFileSync(index, inventoryIndex(inv));
  const back = readInventory(index);
  t.same(back.profiles.map((p) => [p.id, p.devices]), inv.profiles.map((p) => [p.id, p.devices]), 'the index reads back the same inventory');
  t.same([...matrix(back, back)].map((r) => r.live), [...matrix(inv, inv)].map((r) => r.live));

  t.throws(() => readInventory(join(root, 'missing')), InputError);
  const empty = scratch('devmig-inv-empty-');
  mkdirSync(join(empty, 'host-without-devices'));
  t.throws(() => readInventory(empty), { name: 'InputError', message: /no device profile found/ });
  const bad = scratch('devmig-inv-bad-');
  writeTree(bad, [{ host: 'h', device: 'd', attrs: { device_api: 'vfio-pci' } }]);
  writeFileSync(join(bad, 'h', 'd', 'blob'), Buffer.from([0x00, 0xff]));
  t.throws(() => readInventory(bad), { name: 'InputError', message: /blob/ }, 'a bad attribute names its file');
  const notIndex = join(bad, 'x.json');
  writeFileSync(notIndex, '{"format":"devmig/profile@1","attributes":{}}');
  t.throws(() => readInventory(notIndex), { name: 'InputError', message: /not an inventory index/ });
});

t.test('100,000 hosts sharing 200 profiles: cost follows distinct profiles', async (t) => {
  const base = Array.from({ length: 200 }, (_, i) => profileFromAttributes(`p${i}`, gvt([2, 4, 8][i % 3]!, `1.${i % 40}.${Math.floor(i / 40)}`, i % 2 ? 'none+ppgtt' : 'none')));
  const hosts = (prefix: string, step: number): Inventory => inventoryFromProfiles(
    Array.from({ length: 100_000 }, (_, i) => ({ host: `${prefix}-${i}`, device: 'gpu', profile: base[(i * step) % 200]! })));
  const sources = hosts('src', 1);
  const targets = hosts('dst', 7);
  t.equal(matrixChecks(sources, targets), 40_000);
  const start = performance.now();
  let rows = 0;
  let live = 0;
  for (const r of matrix(sources, targets)) {
    rows++;
    if (r.live) live++;
  }
  t.equal(rows, 100_000);
  t.equal(live, 100_000, 'every profile is also a target');
  // Generous bound for a loaded 2-core machine; a host x host evaluation would take minutes.
  t.ok(performance.now() - start < 15_000, `took ${(performance.now() - start).toFixed(0)} ms`);
});

const FLEET = join(repoRoot, 'examples/fleet');
type Device = { host: string; device: string };
type Verdict = { profile: string; tier: string; findings: { rule: string; severity: string }[] };
type Line = { kind: 'target'; profile: string; devices: Device[] } | { kind: 'verdicts'; profile: string; targets: Verdict[] } | ({ kind: 'source'; profile: string; live: boolean } & Device);
type JoinedRow = { source: Device; live: boolean; targets: (Verdict & { devices: Device[] })[] };

/** Per-source rows rebuilt from the compact NDJSON records (each device and verdict written once). */
function joinLines(lines: Line[]): JoinedRow[] {
  const devices = new Map<string, Device[]>();
  const verdicts = new Map<string, Verdict[]>();
  const rows: JoinedRow[] = [];
  for (const l of lines) {
    if (l.kind === 'target') devices.set(l.profile, l.devices);
    else if (l.kind === 'verdicts') verdicts.set(l.profile, l.targets);
    else rows.push({ source: { host: l.host, device: l.device }, live: l.live, targets: verdicts.get(l.profile)!.map((v) => ({ ...v, devices: devices.get(v.profile)! })) });
  }
  return rows;
}

const fleetRows = (extra: string[] = []) => {
  const r = runCli(['matrix', '--sources', join(FLEET, 'sources'), '--targets', join(FLEET, 'targets'), '--format', 'ndjson', ...extra]);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
  return { ...r, lines, rows: joinLines(lines) };
};

t.test('CLI on the bundled example fleet', async (t) => {
  const { status, stdout, stderr } = runCli(['matrix', '--sources', join(FLEET, 'sources'), '--targets', join(FLEET, 'targets')]);
  t.equal(status, 100, 'some source device has no live target');
  t.equal(stderr, '');
  t.match(stdout, /^SOURCE +TIER +TARGET +REASON\n/);
  t.match(stdout, /src-kbl-gvt-a\/igpu-00\.02\.0_i915-GVTg_V5_4 +live +dst-kbl-gvt-b\/igpu-00\.02\.0_i915-GVTg_V5_4/);
  t.match(stdout, /source devices have no live target/);

  const nd = fleetRows();
  t.equal(nd.status, 100);
  t.ok(nd.lines.every((l) => validateLine(l)), validateLine.errors ? JSON.stringify(validateLine.errors) : 'every line is valid');
  t.same([...new Set(nd.lines.map((l) => l.kind))], ['target', 'verdicts', 'source'], 'targets first, then verdicts before their sources');
  const targetDevices = nd.lines.filter((l) => l.kind === 'target').flatMap((l) => (l as { devices: Device[] }).devices.map((d) => `${d.host}/${d.device}`));
  t.equal(new Set(targetDevices).size, targetDevices.length, 'each target device is written once');
  const row = (host: string, device: string) => nd.rows.find((r) => r.source.host === host && r.source.device === device)!;
  const tier = (r: ReturnType<typeof row>, host: string, device: string) => r.targets.find((g) => g.devices.some((d) => d.host === host && d.device === device))?.tier;
  const v54 = row('src-kbl-gvt-a', 'igpu-00.02.0_i915-GVTg_V5_4');
  t.equal(tier(v54, 'dst-kbl-gvt-b', 'igpu-00.02.0_i915-GVTg_V5_4'), 'live');
  t.equal(tier(v54, 'dst-kbl-gvt-c', 'igpu-00.02.0_i915-GVTg_V5_4'), 'live', 'through the target\'s compatible_pci_ids');
  const v58 = row('src-kbl-gvt-a', 'igpu-00.02.0_i915-GVTg_V5_8');
  t.same(v58.targets.filter((g) => g.tier === 'live').flatMap((g) => g.devices.map((d) => d.host)), ['dst-kbl-gvt-b']);
  const qat = row('src-kbl-gvt-a', 'qat-vf-6b.00.1');
  t.equal(tier(qat, 'dst-kbl-gvt-c', 'qat-vf-6b.00.1'), 'live');
  t.ok(qat.targets.find((g) => g.devices.some((d) => d.host === 'dst-kbl-gvt-c'))!.findings.some((f) => f.rule === 'qat/pfvf_compat_newer' && f.severity === 'warn'));
  t.not(tier(qat, 'dst-hgx-h100-b', 'qat-vf-6b.00.1'), 'live', 'dc target');
  const fused = row('src-hgx-h100-a', 'qat-vf-6b.00.1');
  t.equal(tier(fused, 'dst-kbl-gvt-b', 'qat-vf-6b.00.1'), 'live');
  t.equal(tier(fused, 'dst-kbl-gvt-c', 'qat-vf-6b.00.1'), 'live');
  const rtx = row('src-rtx-vgpu-a', 'gpu-41.00.0_nvidia-256');
  t.equal(tier(rtx, 'dst-rtx-vgpu-b', 'gpu-41.00.0_nvidia-256'), 'cold', 'identical host-driver policy');
  t.equal(tier(rtx, 'dst-rtx-vgpu-c-ecc', 'gpu-41.00.0_nvidia-256'), 'cold', 'ECC differs');
  t.equal(row('src-rtx-vgpu-a', 'gpu-41.00.0_nvidia-257').live, false, 'nvidia-257 has no target type');
  t.equal(tier(row('src-hgx-h100-a', 'gpu-vf-41.00.4_1100'), 'dst-hgx-h200-a', 'gpu-vf-41.00.4_1428'), 'none', 'H100 never to H200');

  const compat = fleetRows(['--nvidia-policy', 'compatible']);
  const rtx2 = compat.rows.find((r) => r.source.host === 'src-rtx-vgpu-a' && r.source.device === 'gpu-41.00.0_nvidia-256')!;
  t.equal(tier(rtx2, 'dst-rtx-vgpu-b', 'gpu-41.00.0_nvidia-256'), 'live', '16.4 lies in the target\'s 15.0-16.6');
  t.equal(tier(compat.rows.find((r) => r.source.host === 'src-hgx-h100-a' && r.source.device === 'gpu-vf-41.00.4_1100')!, 'dst-hgx-h100-b', 'gpu-vf-41.00.4_1100'), 'live');

  const json = runCli(['matrix', '--sources', join(FLEET, 'sources'), '--targets', join(FLEET, 'targets'), '--format', 'json']);
  t.equal(json.status, 100);
  const doc = JSON.parse(json.stdout);
  t.ok(validateDoc(doc), validateDoc.errors ? JSON.stringify(validateDoc.errors) : 'valid');
  t.equal(doc.sources.reduce((n: number, s: { devices: Device[] }) => n + s.devices.length, 0), doc.summary.sourceDevices);
  t.equal(doc.summary.withoutLive, nd.rows.filter((r) => !r.live).length);
  const docRows = joinLines([
    ...doc.targets.map((g: object) => ({ kind: 'target', ...g })),
    ...doc.sources.flatMap((s: { profile: string; live: boolean; devices: Device[]; targets: Verdict[] }) => [
      { kind: 'verdicts', profile: s.profile, targets: s.targets },
      ...s.devices.map((d) => ({ kind: 'source', profile: s.profile, live: s.live, ...d })),
    ]),
  ] as Line[]);
  t.same(docRows, nd.rows, 'the json document says what the ndjson lines say');
});

t.test('CLI exit status: 0 when every source has a live target, 101 on bad input', async (t) => {
  const root = scratch('devmig-fleet-');
  writeTree(join(root, 'src'), [
    { host: 'a', device: 'gpu', attrs: gvt(2, '0.1.0', 'none+ppgtt') },
    { host: 'b', device: 'gpu', attrs: gvt(2, '0.1.0', 'none+ppgtt') },
  ]);
  writeTree(join(root, 'dst'), [{ host: 'c', device: 'gpu', attrs: gvt(2, '0.2.0', 'none+ppgtt+context') }]);
  const index = join(root, 'src-index.json');
  const ok = runCli(['matrix', '--sources', join(root, 'src'), '--targets', join(root, 'dst'), '--save-sources-index', index]);
  t.equal(ok.status, 0, ok.stderr);
  t.match(ok.stdout, /every source device has a live target/);
  t.match(ok.stdout, /2 source devices on 2 hosts \(1 distinct profile\)/);
  const fromIndex = runCli(['matrix', '--sources', index, '--targets', join(root, 'dst'), '--format', 'ndjson']);
  t.equal(fromIndex.status, 0);
  t.same(fromIndex.stdout.trim().split('\n').map((l) => JSON.parse(l).kind), ['target', 'verdicts', 'source', 'source'], 'one target, one distinct source profile, two source devices');

  const missing = runCli(['matrix', '--sources', join(root, 'nope'), '--targets', join(root, 'dst')]);
  t.equal(missing.status, 101);
  t.equal(missing.stdout, '');
  t.match(missing.stderr, /^devmig: .*nope: no such inventory/);
  t.equal(missing.stderr.trim().split('\n').length, 1, 'one line, no stack');
  const usage = runCli(['matrix', '--sources', join(root, 'src')]);
  t.not(usage.status, 0, 'a missing --targets is a usage error');
});
