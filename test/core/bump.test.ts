// bump: the required bump from capability changes against the declared one (profile-format.md §3).
import t from 'tap';
import { InputError } from '../../src/errors.js';
import { readProfile } from '../../src/read/read-profile.js';
import { renderBumpText } from '../../src/render/text.js';
import { bump } from '../../src/verdict/bump.js';
import { bundled, prof } from '../helpers/profiles.js';

const rel = (v: string, attrs: Record<string, string> = {}) => prof(`rel-${v}`, { software_version: v, pv_mode: 'none+ppgtt', ...attrs });

t.test('a removal with a minor bump is a violation: major required', async (t) => {
  for (const [from, to, minimum] of [['0.2.0', '0.3.0', '1.0.0'], ['1.2.0', '1.3.0', '2.0.0']] as const) {
    const r = bump(rel(from), rel(to, { pv_mode: 'none' }));
    t.match(r, { required: 'major', declared: 'minor', ok: false, minimumVersion: minimum, oldVersion: from, newVersion: to }, `${from} -> ${to}`);
    t.match(r.changes, [{ attribute: 'pv_mode', kind: 'removed', required: 'major', rule: 'standard/feature_set_narrowed' }]);
  }
});

t.test('the same removal with a major bump is ok', async (t) => {
  const r = bump(readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4@0.2.0')), readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4@1.0.0')));
  t.match(r, { required: 'major', declared: 'major', ok: true, minimumVersion: '1.0.0' });
  t.match(r.changes, [{ attribute: 'pv_mode', kind: 'removed', required: 'major', rule: 'gvt-g/pv_mode_narrowed' }], 'the gvt-g pack decides pv_mode');
});

t.test('an addition with a minor bump is ok', async (t) => {
  const r = bump(rel('1.2.0'), rel('1.3.0', { pv_mode: 'none+ppgtt+context' }));
  t.match(r, { required: 'minor', declared: 'minor', ok: true, minimumVersion: '1.3.0' });
  t.match(r.changes, [{ attribute: 'pv_mode', kind: 'added', required: 'minor' }]);
  t.match(r.changes[0]!.message, /adds context/);
  const bundledAdd = bump(readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4@0.1.0')), readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4@0.2.0')));
  t.match(bundledAdd, { required: 'minor', declared: 'minor', ok: true });
  const patchOnly = bump(rel('1.2.0'), rel('1.2.1', { pv_mode: 'none+ppgtt+context' }));
  t.match(patchOnly, { required: 'minor', declared: 'patch', ok: false, minimumVersion: '1.3.0' }, 'an addition under a patch bump is too small');
});

t.test('no capability change: patch required', async (t) => {
  const r = bump(rel('1.2.0'), rel('1.2.1'));
  t.match(r, { required: 'patch', declared: 'patch', ok: true, minimumVersion: '1.2.1' });
  t.same(r.changes, []);
  const same = bump(rel('1.2.0'), rel('1.2.0'));
  t.match(same, { required: 'patch', declared: 'none', ok: false }, 'a release must change its version');
  const named = bump(rel('1.2.0', { name: 'a' }), rel('1.2.1', { name: 'b' }));
  t.match(named.changes, [{ attribute: 'name', kind: 'changed', required: 'patch' }], 'an informational change is noted at patch level');
  t.match(named, { required: 'patch', ok: true });
});

t.test('declared above required is ok, with a note in the text', async (t) => {
  const r = bump(rel('1.2.0'), rel('2.0.0', { pv_mode: 'none+ppgtt+context' }));
  t.match(r, { required: 'minor', declared: 'major', ok: true });
  t.match(renderBumpText(r), /note\s+declared major is larger than the minor the changes require/);
  t.notMatch(renderBumpText(bump(rel('1.2.0'), rel('1.2.1'))), /note/, 'no note when they match');
});

t.test('other capability changes', async (t) => {
  const opaque = bump(rel('1.0.0', { fw: 'a' }), rel('1.1.0', { fw: 'b' }));
  t.match(opaque, { required: 'major', ok: false });
  t.match(opaque.changes, [{ attribute: 'fw', kind: 'changed', required: 'major', rule: 'standard/opaque_field_changed', old: 'a', new: 'b' }]);
  const widened = bump(rel('1.0.0', { compatible_pci_ids: '193b' }), rel('1.1.0', { compatible_pci_ids: '193b,191b' }));
  t.match(widened, { required: 'minor', ok: true });
  t.match(widened.changes, [{ attribute: 'compatible_pci_ids', required: 'minor' }]);
  const v = bump(rel('1.0.0'), rel('1.1.0'));
  t.same(v.changes, [], 'the version itself is not a capability change');
});

t.test('input errors: a lower new version, a missing software_version', async (t) => {
  t.throws(() => bump(rel('1.2.0'), rel('1.1.0')), InputError, 'new lower than old');
  t.throws(() => bump(rel('1.2.0'), rel('1.1.0')), { message: /rel-1\.1\.0: .*lower/ }, 'names the new profile');
  t.throws(() => bump(prof('no-version', { pv_mode: 'none' }), rel('1.1.0')), { name: 'InputError', message: /^no-version: .*software_version/ });
  t.throws(() => bump(rel('1.1.0'), prof('no-version-new', { pv_mode: 'none' })), { name: 'InputError', message: /^no-version-new: / });
  t.throws(() => bump(rel('1.1.0'), rel('not.a.version')), { name: 'InputError', message: /is not a version/ });
});

t.test('--policy rename-on-major', async (t) => {
  const old = rel('1.2.0', { mdev_type: 'i915-GVTg_V5_4' });
  const kept = bump(old, rel('2.0.0', { mdev_type: 'i915-GVTg_V5_4', pv_mode: 'none' }), { policy: 'rename-on-major' });
  t.match(kept, { required: 'major', declared: 'major', ok: false });
  t.match(kept.findings, [{ rule: 'standard/type_not_renamed', attribute: 'mdev_type', severity: 'break' }]);
  const renamed = bump(old, rel('2.0.0', { mdev_type: 'i915-GVTg_V6_4', pv_mode: 'none' }), { policy: 'rename-on-major' });
  t.match(renamed, { required: 'major', declared: 'major', ok: true });
  t.same(renamed.findings, []);
  const withoutPolicy = bump(old, rel('2.0.0', { mdev_type: 'i915-GVTg_V5_4', pv_mode: 'none' }));
  t.match(withoutPolicy, { ok: true, findings: [] }, 'the policy is opt-in');
  const minor = bump(old, rel('1.3.0', { mdev_type: 'i915-GVTg_V5_4', pv_mode: 'none+ppgtt+context' }), { policy: 'rename-on-major' });
  t.match(minor, { required: 'minor', ok: true, findings: [] }, 'a minor release keeps its name');
});

t.test('each attribute\'s change is listed once, at its highest level', async (t) => {
  // The bundled GVT-g profile with one type-table entry of its description changed: the key's
  // major change, never also a patch-level "changed without a capability change".
  const gvt = readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4@1.2.0'));
  const withDescription = (version: string, description: string) =>
    prof(`gvt-${version}`, { ...Object.fromEntries(gvt.attributes), software_version: version, description });
  const table = (fence: string, weight: string) => `low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: ${fence}\nresolution: 1920x1200\nweight: ${weight}`;
  const r = bump(withDescription('1.2.0', table('4', '4')), withDescription('1.2.1', table('8', '4')));
  t.match(r, { required: 'major', declared: 'patch', ok: false, minimumVersion: '2.0.0' });
  t.match(r.changes, [{ attribute: 'description', kind: 'changed', required: 'major', rule: 'gvt-g/type_table_changed', old: '4', new: '8' }]);
  t.equal(r.changes.length, 1, `one change: ${JSON.stringify(r.changes)}`);
  t.notMatch(renderBumpText(r), /patch\s+description/, 'the text lists it once too');

  const twoKeys = bump(withDescription('1.2.0', table('4', '4')), withDescription('2.0.0', table('8', '2')));
  t.same(twoKeys.changes.map((c) => [c.attribute, c.required, c.new]), [['description', 'major', '8'], ['description', 'major', '2']], 'two entries of the table: each once');
});
