// The matrix evaluates each distinct pair once, short-cuts pairs of two device families, and
// orders groups by tier without sorting: what it reports must still be what check says.
import t from 'tap';
import { inventoryFromProfiles } from '../src/matrix/inventory.js';
import { matrix, type TargetGroup } from '../src/matrix/matrix.js';
import { profileFromAttributes } from '../src/read/read-profile.js';
import { check, createForwardChecker } from '../src/verdict/check.js';

const gvt = (type: string, version: string, pv: string) => ({
  device_api: 'vfio-pci', mdev_type: `i915-GVTg_${type}`, name: `GVTg_${type}`, software_version: version,
  'parent/vendor': '0x8086', 'parent/device': '0x5912', pv_mode: pv, available_instances: '2',
});
const nvidia = (type: string, driver: string, ecc: string) => ({
  device_api: 'vfio-pci', mdev_type: `nvidia-${type}`, 'nvidia/migration': 'supported', 'nvidia/ecc': ecc,
  'nvidia/host_driver_version': driver, 'parent/vendor': '0x10de', 'parent/device': '0x1e30', available_instances: '4',
});
const qat = (mask: string) => ({ device_api: 'vfio-pci', driver: 'qat_vfio_pci', device: '0x4941', vendor: '0x8086', accel_capabilities_mask: mask, ring_to_svc_map: '0x71c' });
const acme = (version: string) => ({ device_api: 'vfio-pci', mdev_type: 'acme-T1', software_version: version });

const SOURCES = [gvt('V5_4', '1.2.0', 'none+ppgtt'), nvidia('256', '535.161.05', 'disabled'), qat('0x41fb20f'), gvt('V5_2', '1.0.0', 'none'), acme('1.0.0'), nvidia('257', '535.161.05', 'enabled')];
const TARGETS = [qat('0x41fb20f'), gvt('V5_4', '1.3.0', 'none+ppgtt+context'), nvidia('256', '535.183.04', 'disabled'), acme('1.1.0'), gvt('V5_4', '1.1.0', 'none'), nvidia('256', '535.161.05', 'disabled'), qat('0x407b20f'), gvt('V5_4', '2.0.0', 'none+ppgtt')];
const inventory = (prefix: string, set: Record<string, string>[]) =>
  inventoryFromProfiles(set.map((a, i) => ({ host: `${prefix}-${i}`, device: 'dev', profile: profileFromAttributes(`${prefix}-${i}/dev`, a) })));
const RANK = { live: 0, cold: 1, none: 2 } as const;

t.test('every group says what check says, a cross-family one only the family', async (t) => {
  const sources = inventory('s', SOURCES);
  const targets = inventory('t', TARGETS);
  const forward = createForwardChecker();
  const rows = [...matrix(sources, targets)];
  t.equal(rows.length, SOURCES.length);
  const crossShared = new Map<string, TargetGroup>();
  for (const row of rows) {
    const sp = sources.profiles[row.group]!;
    t.equal(row.targets.length, TARGETS.length, 'one group per distinct target');
    // Tiers in order, and within a tier the inventory's order: no sort needed, none done.
    const order = row.targets.map((g) => [RANK[g.tier], targets.profiles.findIndex((tp) => tp.id === g.profile)] as const);
    t.same(order, [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]), 'live, cold, none; inventory order within each');
    t.equal(row.live, row.targets.some((g) => g.tier === 'live'));
    for (const g of row.targets) {
      const tp = targets.profiles.find((p) => p.id === g.profile)!;
      t.equal(g.devices, tp.devices, 'the inventory\'s own device list');
      const full = check(sp.profile, tp.profile);
      t.equal(g.tier, full.tier, 'the tier check gives, short-cut or not');
      t.equal(g.verdict, full.verdict);
      const family = full.findings.filter((f) => f.rule === 'standard/family_mismatch');
      if (family.length > 0) {
        t.same(g.findings, family, 'a cross-family pair: the family finding alone');
        t.same(g.actions, []);
        t.equal(g.tier, 'none');
        const key = `${family[0]!.source}->${g.profile}`;
        if (crossShared.has(key)) t.equal(g, crossShared.get(key), 'built once per source family and target, then shared');
        crossShared.set(key, g);
      } else {
        const r = forward(sp.profile, tp.profile);
        t.same({ findings: g.findings, actions: g.actions }, { findings: r.findings, actions: r.actions }, 'a same-family pair: every finding, as check reports them');
      }
    }
  }
  t.ok([...crossShared.keys()].some((k) => k.startsWith('gvt-g->')) && [...crossShared.keys()].some((k) => k.startsWith('nvidia-vgpu->')), 'both kinds of pair were met');
  t.ok(rows.some((r) => r.targets.some((g) => g.tier === 'live')) && rows.some((r) => r.targets.some((g) => g.tier === 'cold')), 'every tier was met');
});
