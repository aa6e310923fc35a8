// Effective migration capability (shared/spec/migration-capability.md section 1): every row of
// the capability table as pack data, the order of the rules (stated features, the 2020
// interface, the table, unknown), kernel releases, and the three standard rules' findings.
import t from 'tap';
import { capabilityOf } from '../../src/evaluate/capability.js';
import { normalize } from '../../src/normalize/normalized-profile.js';
import { profileFromAttributes } from '../../src/read/read-profile.js';
import type { CapabilityRow, SelectClause } from '../../src/rules/pack-types.js';
import { check } from '../../src/verdict/check.js';
import { ruleSetFor } from '../../src/verdict/checker.js';

const ruleSet = ruleSetFor();
const rows: CapabilityRow[] = ruleSet.packs.flatMap(({ pack }) => pack.capabilities ?? []);
const capOf = (attrs: Record<string, string>) => capabilityOf(normalize(profileFromAttributes('p', { device_api: 'vfio-pci', ...attrs })), ruleSet);
const features = (attrs: Record<string, string>) => {
  const c = capOf(attrs);
  return c.known ? [...c.features].sort() : 'unknown';
};
/** Attributes that satisfy a select clause. */
const satisfying = (c: SelectClause): Record<string, string> => ({ [c.attribute]: c.equals ?? (c.prefix !== undefined ? `${c.prefix}1` : '1') });

t.test('the table covers the drivers the spec names', async (t) => {
  t.same(rows.map((r) => r.driver), ['mtty', 'mdpy', 'mbochs', 'i915 GVT-g', 'hisi_acc_vfio_pci', 'mlx5_vfio_pci', 'qat_vfio_pci', 'virtio_vfio_pci', 'pds_vfio_pci', 'xe-vfio-pci', 'NVIDIA vGPU']);
  for (const row of rows) t.match(row.reference, /torvalds\/linux|NVIDIA/, `${row.driver}: cites its source`);
});

t.test('every row: its features, on a kernel new enough, and none on one older than their first release', async (t) => {
  for (const row of rows) {
    for (const clause of row.select) {
      const attrs = { ...satisfying(clause), ...(row.when ? { [row.when.attribute]: row.when.equals } : {}) };
      t.same(features(attrs), Object.keys(row.features).sort(), `${row.driver} (${clause.attribute}): no kernel recorded, every feature`);
      t.same(features({ ...attrs, 'host/kernel_release': '99.0.0-1-generic' }), Object.keys(row.features).sort(), `${row.driver}: a newer kernel has them all`);
      const firsts = Object.values(row.features);
      if (firsts.length > 0 && firsts.every((v) => v !== '')) {
        t.same(features({ ...attrs, 'host/kernel_release': '2.6.32' }), [], `${row.driver}: a kernel older than the driver has none`);
      }
      if (row.when) t.same(features(satisfying(clause)), [], `${row.driver}: without ${row.when.attribute} ${row.when.equals}, none`);
    }
  }
  t.same(features({ driver: 'hisi_acc_vfio_pci', 'host/kernel_release': '6.1.0-18-amd64' }), ['stop_copy'], 'hisi on 6.1: stop_copy (5.18) but not pre_copy (6.2)');
  t.same(features({ driver: 'mlx5_vfio_pci', 'host/kernel_release': '6.8.0-45-generic' }), ['p2p', 'pre_copy', 'stop_copy'], '6.8.0-45-generic reads as 6.8');
});

t.test('the first rule that applies: stated features, then the 2020 interface, then the table, else unknown', async (t) => {
  t.same(features({ mdev_type: 'mdpy-vga', 'migration/features': 'stop_copy+p2p' }), ['p2p', 'stop_copy'], 'stated features override the table');
  t.same(features({ mdev_type: 'mdpy-vga', 'migration/features': '' }), [], 'an empty value states no migration');
  t.same(features({ mdev_type: 'i915-GVTg_V5_4', software_version: '1.2.0' }), ['stop_copy'], 'the 2020 interface declares stop_copy');
  t.same(features({ mdev_type: 'i915-GVTg_V5_4', interface_version: '1' }), ['stop_copy'], 'interface_version too');
  t.same(features({ mdev_type: 'i915-GVTg_V5_4' }), [], 'mainline GVT-g: none');
  t.equal(features({ mdev_type: 'acme-1' }), 'unknown', 'no rule applies: unknown');
});

t.test('rules: migration_unsupported per side, naming the driver; unknown never live; dirty tracking none warns', async (t) => {
  const p = (attrs: Record<string, string>) => profileFromAttributes('p', { device_api: 'vfio-pci', ...attrs });
  const mdpy = check(p({ mdev_type: 'mdpy-vga' }), p({ mdev_type: 'mdpy-vga' }));
  t.equal(mdpy.tier, 'cold', 'a device that cannot migrate may still be cold-moved to an identical type');
  t.same(mdpy.findings.filter((f) => f.severity === 'break').map((f) => [f.rule, f.attribute, f.severity]), [['standard/migration_unsupported', 'migration/features', 'break'], ['standard/migration_unsupported', 'migration/features', 'break']]);
  t.match(mdpy.findings.filter((f) => f.severity === 'break').map((f) => f.message), [/^mdpy implements no VFIO migration: the source/, /^mdpy implements no VFIO migration: the target/]);
  const oneSide = check(p({ mdev_type: 'mtty-1', 'migration/features': 'stop_copy' }), p({ mdev_type: 'mtty-1', 'migration/features': 'p2p' }));
  t.match(oneSide.findings, [{ rule: 'standard/migration_unsupported', message: /lacks stop_copy: the target states migration\/features p2p/ }], 'only the side that lacks it');
  const old = check(p({ driver: 'qat_vfio_pci', 'host/kernel_release': '6.8.0' }), p({ driver: 'qat_vfio_pci', 'host/kernel_release': '6.12.0' }));
  t.match(old.findings.filter((f) => f.rule === 'standard/migration_unsupported'), [{ message: /qat_vfio_pci implements stop_copy from Linux 6\.10: the source runs 6\.8\.0/ }]);
  t.equal(old.findings.some((f) => f.attribute === 'host/kernel_release'), false, 'host facts are informational: two kernels are not by that alone incompatible');
  const unknown = check(p({ mdev_type: 'acme-1' }), p({ mdev_type: 'acme-1' }));
  t.equal(unknown.verdict, 'incompatible');
  t.match(unknown.findings, [{ rule: 'standard/migration_unknown', message: /^migration capability unknown: state migration\/features for acme-1 on the source/ }, { rule: 'standard/migration_unknown', message: /on the target/ }]);
  const dirty = check(p({ 'migration/features': 'stop_copy', 'migration/dirty_tracking': 'none' }), p({ 'migration/features': 'stop_copy', 'migration/dirty_tracking': 'device' }));
  t.equal(dirty.verdict, 'compatible', 'a warning only');
  t.match(dirty.findings, [{ rule: 'standard/dirty_tracking_none', attribute: 'migration/dirty_tracking', severity: 'warn' }]);
  const nv = check(p({ mdev_type: 'nvidia-256' }), p({ mdev_type: 'nvidia-256' }));
  t.notOk(nv.findings.some((f) => f.rule.startsWith('standard/migration_')), 'NVIDIA keeps its own rule: the standard capability rules do not judge it');
  t.ok(nv.findings.some((f) => f.rule === 'nvidia-vgpu/migration_unsupported'), 'its pack says migration is not supported');
});
