import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import type * as FC from 'fast-check';
import { Ajv } from 'ajv';
import { readInventory } from '../src/matrix/inventory.js';
import { profileFromAttributes } from '../src/read/read-profile.js';
import { deriveTraits, type ProfileTraits } from '../src/traits/derive.js';
import { K8S_LABEL_MAX, K8S_LABEL_NAME, NFD_NAMESPACE, PLACEMENT_MAX, PLACEMENT_TRAIT, nfdLabel, placementTrait } from '../src/traits/names.js';
import type { CheckOptions, Profile } from '../src/types.js';
import { check } from '../src/verdict/check.js';
import { repoRoot, runCli } from './helpers/cli.js';

const validateDoc = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(join(repoRoot, 'schema/traits-output.schema.json'), 'utf8')));

/** Every bundled profile (device-profiles/<family>/<profile>, series nested one level deeper). */
const bundled: Profile[] = readInventory(join(repoRoot, 'device-profiles')).profiles.map((p) => p.profile);

/** Do the scheduler's names say the target may take the source (every required trait provided)? */
function traitsMatch(s: ProfileTraits, tg: ProfileTraits): boolean {
  const placement = new Set(tg.provides.map(placementTrait));
  const nfd = new Set(tg.provides.map(nfdLabel));
  return s.requires.every((r) => placement.has(placementTrait(r))) && s.requires.every((r) => nfd.has(nfdLabel(r)));
}

/** For every ordered pair: check says live => traits match (traits never reject a compatible pair). */
function assertSafe(t: Test, profiles: readonly Profile[], opts: CheckOptions): number {
  const traits = profiles.map((p) => deriveTraits(p, opts));
  let live = 0;
  let unsafe = 0;
  profiles.forEach((s, i) => profiles.forEach((tg, j) => {
    if (check(s, tg, opts).tier !== 'live') return;
    live++;
    if (!traitsMatch(traits[i]!, traits[j]!)) {
      unsafe++;
      const provided = new Set(traits[j]!.provides.map(placementTrait));
      t.fail(`${s.path} -> ${tg.path} is live but lacks ${traits[i]!.requires.map(placementTrait).filter((n) => !provided.has(n)).join(', ')}`);
    }
  }));
  t.equal(unsafe, 0, `${live} live pairs of ${profiles.length ** 2}, all pass the traits`);
  return live;
}

t.test('trait names are valid Placement traits and Kubernetes label names', async (t) => {
  let n = 0;
  for (const p of bundled) {
    const tr = deriveTraits(p);
    for (const x of [...tr.provides, ...tr.requires]) {
      n++;
      const pl = placementTrait(x);
      const lb = nfdLabel(x);
      if (!PLACEMENT_TRAIT.test(pl) || pl.length > PLACEMENT_MAX) t.fail(`bad placement trait ${pl}`);
      if (!K8S_LABEL_NAME.test(lb) || lb.length > K8S_LABEL_MAX) t.fail(`bad label ${lb}`);
    }
  }
  t.ok(n > 100, `${n} traits checked`);
  const long = { attribute: 'vendor/blob', value: `x${'y'.repeat(400)}-é/` };
  t.match(placementTrait(long), PLACEMENT_TRAIT);
  t.equal(placementTrait(long).length, PLACEMENT_MAX);
  t.not(placementTrait(long), placementTrait({ ...long, value: `${long.value}z` }), 'a shortened name keeps a digest of the whole value');
  t.match(nfdLabel(long), K8S_LABEL_NAME);
  t.ok(nfdLabel(long).length <= K8S_LABEL_MAX);
  t.equal(placementTrait({ attribute: 'mdev_type', value: 'i915-GVTg_V5_4' }), 'CUSTOM_DEVMIG_MDEV_TYPE_I915_GVTG_V5_4');
  t.equal(nfdLabel({ attribute: 'parent/device', value: '5912' }), 'devmig.parent.device.5912');
});

t.test('derived from the rule data: ladder, set elements, family, unmapped', async (t) => {
  const p = profileFromAttributes('v54', {
    device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_4', software_version: '1.2.0', pv_mode: 'none+ppgtt',
    'parent/vendor': '0x8086', 'parent/device': '0x5912', fw_build: '2024.1', name: 'GVTg_V5_4',
  });
  const tr = deriveTraits(p);
  const prov = tr.provides.map(placementTrait);
  const req = tr.requires.map(placementTrait);
  t.equal(tr.family, 'gvt-g');
  for (const n of ['CUSTOM_DEVMIG_SOFTWARE_VERSION_1_0', 'CUSTOM_DEVMIG_SOFTWARE_VERSION_1_1', 'CUSTOM_DEVMIG_SOFTWARE_VERSION_1_2',
    'CUSTOM_DEVMIG_PV_MODE_NONE', 'CUSTOM_DEVMIG_PV_MODE_PPGTT', 'CUSTOM_DEVMIG_FAMILY_GVT_G', 'CUSTOM_DEVMIG_PARENT_VENDOR_8086']) t.ok(prov.includes(n), `provides ${n}`);
  t.notOk(prov.includes('CUSTOM_DEVMIG_SOFTWARE_VERSION_1_3'));
  t.ok(req.includes('CUSTOM_DEVMIG_SOFTWARE_VERSION_1_2'), 'the source requires exactly its own minor');
  t.notOk(req.includes('CUSTOM_DEVMIG_SOFTWARE_VERSION_1_1'));
  t.ok(req.includes('CUSTOM_DEVMIG_PV_MODE_PPGTT') && req.includes('CUSTOM_DEVMIG_MDEV_TYPE_I915_GVTG_V5_4') && req.includes('CUSTOM_DEVMIG_FAMILY_GVT_G'));
  t.notOk([...prov, ...req].some((n) => n.includes('NAME') || n.includes('FW_BUILD')), 'informational and opaque attributes make no trait');
  t.same(tr.unmapped, ['fw_build'], 'an opaque field is left to devmig check, and said so');

  const qat = deriveTraits(profileFromAttributes('q', { device_api: 'vfio-pci', driver: 'qat_vfio_pci', device: '0x4941', accel_capabilities_mask: '0x9' }));
  t.equal(qat.family, 'qat');
  t.ok(qat.provides.some((x) => x.attribute === 'family'));
  t.notOk(qat.requires.some((x) => x.attribute === 'family'), 'driver is informational: a target without it may still be of the family');
  t.same(qat.requires.filter((x) => x.attribute === 'accel_capabilities_mask').map((x) => x.value), ['bit0', 'bit3'], 'one trait per mask bit');

  const nvIdentical = deriveTraits(bundled.find((b) => b.path.endsWith('nvidia-256-drv535.161.05'))!);
  const nvCompatible = deriveTraits(bundled.find((b) => b.path.endsWith('nvidia-256-drv535.161.05'))!, { options: { 'nvidia-policy': 'compatible' } });
  t.ok(nvIdentical.requires.some((x) => x.attribute === 'nvidia/host_driver_version'), 'identical policy: the host driver is a trait');
  t.notOk(nvCompatible.requires.some((x) => x.attribute === 'nvidia/host_driver_version'), 'compatible policy: it is not compared');
  t.ok(nvCompatible.unmapped.includes('nvidia/vgpu_version'), 'the version range is left to devmig check');
});

t.test('safe pre-filter: every live pair of bundled profiles passes the traits', async (t) => {
  t.ok(bundled.length >= 30, `${bundled.length} distinct bundled profiles`);
  for (const opts of [{}, { options: { 'nvidia-policy': 'compatible' as const } }, { mode: 'extended' as const }]) {
    t.ok(assertSafe(t, bundled, opts) > bundled.length, JSON.stringify(opts));
  }
});

/** The acceptance fixtures (shared/acceptance/fixtures.sh), in memory. */
function fixture(name: string, type: number, version: string, pv: string, extra: Record<string, string> = {}): Profile {
  return profileFromAttributes(name, {
    device_api: 'vfio-pci', mdev_type: `i915-GVTg_V5_${type}`, name: `GVTg_V5_${type}`, software_version: version,
    'parent/vendor': '0x8086', 'parent/device': '0x5912', pv_mode: pv, available_instances: '2', ...extra,
  });
}
const gvtFixtures = [
  fixture('s-010', 2, '0.1.0', 'none+ppgtt'), fixture('s-020', 2, '0.2.0', 'none+ppgtt+context'),
  fixture('s-100', 2, '1.0.0', 'none+context'), fixture('s-030-removes', 2, '0.3.0', 'none+context'),
  fixture('r140', 2, '1.4.0', 'none'), fixture('r152', 2, '1.5.2', 'none'), fixture('k4', 4, '1.0.0', 'none'),
  fixture('k2', 2, '1.0.0', 'none'), fixture('o1', 2, '1.0.0', 'none', { fw_build: '2024.1' }),
  fixture('o2', 2, '1.0.0', 'none', { fw_build: '2024.2' }),
  fixture('d-src', 2, '1.0.0', 'none', { dynamic_resources: 'aggregator', aggregator: '2' }),
  fixture('d-tgt', 2, '1.0.0', 'none', { dynamic_resources: 'aggregator', aggregator: '1' }),
];

t.test('exact on the acceptance GVT-g fixtures: traits match exactly when check says live', async (t) => {
  assertSafe(t, gvtFixtures, {});
  // Where every compared attribute is trait-mapped, the traits decide exactly as check does.
  const mapped = gvtFixtures.filter((p) => deriveTraits(p).unmapped.length === 0);
  t.same(mapped.map((p) => p.path), ['s-010', 's-020', 's-100', 's-030-removes', 'r140', 'r152', 'k4', 'k2']);
  let pairs = 0;
  for (const s of mapped) {
    for (const tg of mapped) {
      const live = check(s, tg).tier === 'live';
      t.equal(traitsMatch(deriveTraits(s), deriveTraits(tg)), live, `${s.path} -> ${tg.path}: ${live ? 'live' : 'not live'}`);
      pairs++;
    }
  }
  t.equal(pairs, 64);
  // The opaque field is left to check: o1 -> o2 passes the traits, check refuses it.
  const [o1, o2] = [gvtFixtures[8]!, gvtFixtures[9]!];
  t.ok(traitsMatch(deriveTraits(o1), deriveTraits(o2)));
  t.not(check(o1, o2).tier, 'live');
});

t.test('extended mode: template-declared cross-type targets are not filtered out', async (t) => {
  const xs = profileFromAttributes('x-src', { device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_4', aggregator: '2', software_version: '1.0.0', 'migration/compatible': 'mdev_type=i915-GVTg_V5_{val1:int:2,4,8}\naggregator={val1}/2' });
  const xt = profileFromAttributes('x-tgt', { device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_2', aggregator: '1', software_version: '1.0.0' });
  t.equal(check(xs, xt, { mode: 'extended' }).tier, 'live');
  t.ok(traitsMatch(deriveTraits(xs, { mode: 'extended' }), deriveTraits(xt, { mode: 'extended' })));
  t.notOk(traitsMatch(deriveTraits(xs), deriveTraits(xt)), 'strict traits keep the type');
});

t.test('a profile of unknown family requires only what every pack would', async (t) => {
  const qat = { device_api: 'vfio-pci', vendor: '0x8086', device: '0x4941', accel_capabilities_mask: '0x9', ring_to_svc_map: '0x1111', 'migration/features': 'stop_copy p2p pre_copy' };
  const noDriver = profileFromAttributes('no-driver', qat);
  const withDriver = profileFromAttributes('with-driver', { ...qat, accel_capabilities_mask: '0xb', driver: 'qat_vfio_pci' });
  for (const [s, tg] of [[noDriver, withDriver], [withDriver, noDriver]] as const) {
    const live = check(s, tg).tier === 'live';
    if (live) t.ok(traitsMatch(deriveTraits(s), deriveTraits(tg)), `${s.path} -> ${tg.path} is live and passes the traits`);
  }
  t.equal(check(noDriver, withDriver).tier, 'live', 'the qat pack applies from the target side');
});

t.test('CLI: placement, nfd features.d, json', async (t) => {
  const v54 = join(repoRoot, 'device-profiles/intel-gvt-g/i915-GVTg_V5_4@1.2.0');
  const h100 = join(repoRoot, 'device-profiles/nvidia-vgpu/h100xm-80c-drv570.158.02');
  const pl = runCli(['traits', v54, h100]);
  t.equal(pl.status, 0, pl.stderr);
  t.match(pl.stdout, /devmig check, which stays authoritative/);
  t.match(pl.stdout, /^provides CUSTOM_DEVMIG_PV_MODE_PPGTT$/m);
  t.match(pl.stdout, /^requires CUSTOM_DEVMIG_MDEV_TYPE_I915_GVTG_V5_4$/m);
  t.match(pl.stdout, /^requires CUSTOM_DEVMIG_NVIDIA_ECC_ENABLED$/m);
  for (const line of pl.stdout.split('\n').filter((l) => /^(provides|requires) /.test(l))) {
    if (!PLACEMENT_TRAIT.test(line.split(' ')[1]!)) t.fail(line);
  }

  const nfd = runCli(['traits', v54, '--format', 'nfd']);
  t.equal(nfd.status, 0);
  const features = nfd.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  t.ok(features.length > 10);
  for (const f of features) {
    const [label, value, ...rest] = f.split('=');
    const name = label!.slice(NFD_NAMESPACE.length);
    if (rest.length > 0 || value !== 'true' || !label!.startsWith(NFD_NAMESPACE) || !K8S_LABEL_NAME.test(name) || name.length > K8S_LABEL_MAX) t.fail(`bad features.d line ${f}`);
  }
  t.ok(features.includes('feature.node.kubernetes.io/devmig.mdev_type.i915-GVTg_V5_4=true'));
  t.ok(features.includes('feature.node.kubernetes.io/devmig.software_version.1.2=true'));
  t.notOk(nfd.stdout.split('\n').some((l) => l.startsWith('# +')), 'no line reads as an NFD directive');

  const json = runCli(['traits', v54, h100, '--format', 'json', '--nvidia-policy', 'compatible']);
  t.equal(json.status, 0);
  const doc = JSON.parse(json.stdout);
  t.ok(validateDoc(doc), validateDoc.errors ? JSON.stringify(validateDoc.errors) : 'valid');
  t.same(doc.profiles.map((p: { family: string }) => p.family), ['gvt-g', 'nvidia-vgpu']);
  t.same(doc.options, { 'nvidia-policy': 'compatible' });

  const bad = runCli(['traits', join(repoRoot, 'no-such-profile')]);
  t.equal(bad.status, 101);
  t.match(bad.stderr, /^devmig: .*no-such-profile: no such profile/);
});

t.test('property: for random profiles, check live => traits match', async (t) => {
  const fc = await import('fast-check');
  // Small pools so that live pairs are common; hex ids in varying spellings, blank and odd values included.
  const opt = <T>(arb: FC.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const attrs = fc.record({
    device_api: opt(fc.constantFrom('vfio-pci', 'vfio-ccw')),
    mdev_type: opt(fc.constantFrom('i915-GVTg_V5_4', 'i915-GVTg_V5_2', 'nvidia-256', 'mtty-1', 'other')),
    software_version: opt(fc.constantFrom('1.2.0', '1.3', '2', '1.2.0-rc1', '0.1.0', 'x')),
    pv_mode: opt(fc.constantFrom('none', 'none+ppgtt', 'ppgtt,context', '')),
    'parent/vendor': opt(fc.constantFrom('0x8086', '8086', '0X8086', '0x10de')),
    'parent/device': opt(fc.constantFrom('0x5912', '5912', '0x591b')),
    compatible_pci_ids: opt(fc.constantFrom('5912', '0x5912,591B', '')),
    description: opt(fc.constantFrom('low_gm_size: 128MB\nfence: 4', 'low_gm_size: 64MB', 'framebuffer=1024M,num_heads=4')),
    nr_ports: opt(fc.constantFrom('1', '01', ' 1', '', '2')),
    'migration/stream_version': opt(fc.constantFrom('1.0', '1.1')),
    'nvidia/migration': opt(fc.constantFrom('supported', 'unsupported')),
    'nvidia/ecc': opt(fc.constantFrom('enabled', 'disabled')),
    driver: opt(fc.constantFrom('qat_vfio_pci', 'mlx5_vfio_pci', 'hisi_acc_vfio_pci')),
    device: opt(fc.constantFrom('0x4941', '4941', '0xa251')),
    accel_capabilities_mask: opt(fc.constantFrom('0x9', '0xb', '0x0', 'zz')),
    'migration/record_tags': opt(fc.constantFrom('FW_DATA:mandatory', 'FW_DATA:mandatory,SIZE:optional', 'SIZE')),
    'migration/known_tags': opt(fc.constantFrom('FW_DATA', 'FW_DATA,SIZE', '')),
    'migration/magic': opt(fc.constantFrom('0xcdcdcdcdfeedaacc', '0xaaccfeeddecadede')),
    qp_num: opt(fc.constantFrom('32', '032', '64')),
  }, { requiredKeys: [] });
  const profile = (name: string, a: Record<string, string | undefined>) =>
    profileFromAttributes(name, Object.entries(a).filter((e): e is [string, string] => e[1] !== undefined));
  let live = 0;
  // The target mostly copies the source, so that many pairs are live.
  const keep = fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }).map((bs) => bs.map((x, i) => x || i % 4 !== 0));
  fc.assert(fc.property(attrs, attrs, keep, fc.constantFrom<CheckOptions>({}, { mode: 'extended' }, { options: { 'nvidia-policy': 'compatible' } }), (a, b, k, opts) => {
    const s = profile('s', a as Record<string, string | undefined>);
    const tg = profile('t', Object.fromEntries(Object.keys({ ...a, ...b }).map((key, i) => [key, k[i % 32] ? (a as Record<string, string | undefined>)[key] : (b as Record<string, string | undefined>)[key]])));
    if (check(s, tg, opts).tier !== 'live') return true;
    live++;
    return traitsMatch(deriveTraits(s, opts), deriveTraits(tg, opts));
  }), { numRuns: 4000 });
  t.ok(live > 50, `${live} live pairs among 4000 random ones`);
});
