// The seed's own worked example and the decision table of profile-format.md section 2,
// asserted exactly: verdicts, tiers, rule ids, attributes, missing elements and actions.
import t from 'tap';
import { readProfile } from '../../src/read/read-profile.js';
import { check } from '../../src/verdict/check.js';
import { breaks, bundled, byAttr, byRule, prof } from '../helpers/profiles.js';

const gvt = (v: string) => readProfile(bundled(`intel-gvt-g/i915-GVTg_V5_4@${v}`));

t.test('pv_mode none+ppgtt (0.1.0) -> none+ppgtt+context (0.2.0): compatible, reverse incompatible', async (t) => {
  const r = check(gvt('0.1.0'), gvt('0.2.0'));
  t.equal(r.verdict, 'compatible');
  t.equal(r.tier, 'live');
  t.same(breaks(r.findings), []);
  t.equal(r.relation, 'superset', 'only the forward direction is compatible');
  t.equal(r.rollback.verdict, 'incompatible');
  const [lost] = byAttr(r.rollback.findings, 'pv_mode');
  t.match(lost, { rule: 'gvt-g/pv_mode_narrowed', severity: 'break', missing: ['context'] }, 'rollback names the element the target lacks');
  const back = check(gvt('0.2.0'), gvt('0.1.0'));
  t.equal(back.verdict, 'incompatible');
  t.same(byAttr(breaks(back.findings), 'pv_mode')[0]?.missing, ['context']);
});

t.test('pv_mode none+ppgtt (0.1.0) -> none+context (1.0.0): ppgtt removed, a major break', async (t) => {
  const r = check(gvt('0.1.0'), gvt('1.0.0'));
  t.equal(r.verdict, 'incompatible');
  const pv = byAttr(r.findings, 'pv_mode');
  t.equal(pv.length, 1, 'one pv_mode finding');
  t.match(pv[0], { rule: 'gvt-g/pv_mode_narrowed', severity: 'break', missing: ['ppgtt'], source: 'none+ppgtt', target: 'none+context' });
  t.match(pv[0]!.message, /removed/, 'the message says the feature was removed');
  t.match(pv[0]!.message, /major/, 'and that a removal is a major break');
  const sv = byAttr(breaks(r.findings), 'software_version');
  t.equal(sv.length, 1, 'software_version breaks (major 0 -> 1)');
  t.equal(sv[0]!.rule, 'standard/software_version_incompatible');
  t.same(byRule(r.findings, 'standard/feature_removed_without_major'), [], 'the major was bumped: no inconsistency finding');
  t.equal(r.tier, 'cold', 'versions and features block live only');
});

t.test('software_version: the seed\'s three pairs', async (t) => {
  for (const [s, tv, ok] of [['1.2.0', '1.3.1', true], ['1.2.3', '1.2.1', true], ['1.3.0', '1.2.5', false]] as const) {
    const r = check(prof('s', { software_version: s }), prof('t', { software_version: tv }));
    t.equal(r.verdict, ok ? 'compatible' : 'incompatible', `${s} -> ${tv}`);
    if (!ok) t.match(r.findings, [{ rule: 'standard/software_version_incompatible', attribute: 'software_version', severity: 'break', blocks: 'live' }]);
  }
});

t.test('GVTg_V5_4 -> GVTg_V5_8: strict refuses, extended follows the source\'s template', async (t) => {
  const s = readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4-aggregatable@1.0.0'));
  const tg = readProfile(bundled('intel-gvt-g/i915-GVTg_V5_8-agg4@1.0.0'));
  const strict = check(s, tg);
  t.equal(strict.mode, 'strict');
  t.equal(strict.verdict, 'incompatible');
  t.equal(strict.tier, 'none', 'a type mismatch blocks cold migration too');
  t.match(breaks(strict.findings), [{ rule: 'standard/mdev_type_changed', attribute: 'mdev_type', blocks: 'cold', source: 'i915-GVTg_V5_4', target: 'i915-GVTg_V5_8' }]);
  t.equal(breaks(strict.findings).length, 1, 'the type is the only break');

  const ext = check(s, tg, { mode: 'extended' });
  t.equal(ext.verdict, 'compatible');
  t.equal(ext.tier, 'live');
  t.same(breaks(ext.findings), []);
  const cross = byAttr(ext.findings, 'mdev_type');
  t.equal(cross.length, 1);
  t.equal(cross[0]!.severity, 'warn', 'the cross-type match is reported as a warning');
  t.match(cross[0]!.message, /cross-type, vendor-declared/);
  t.same(ext.actions, [{ kind: 'set', attribute: 'aggregator', value: '4', message: 'set aggregator=4 on the target' }], 'the action takes the expansion\'s aggregator (V5_8 -> 4)');
  t.equal(ext.rollback.verdict, 'compatible', 'V5_8 agg4 -> V5_4 agg2 is one of the target\'s expansions too');

  // An aggregator that no expansion gives is not accepted: templates waive only a full match.
  const off = prof('t-agg3', { ...Object.fromEntries(tg.attributes), aggregator: '3' });
  t.equal(check(s, off, { mode: 'extended' }).verdict, 'incompatible', 'V5_8 with aggregator 3 matches no expansion');
  const v4 = prof('t-v4', { ...Object.fromEntries(tg.attributes), mdev_type: 'i915-GVTg_V4_8' });
  t.equal(check(s, v4, { mode: 'extended' }).verdict, 'incompatible', 'a type outside the template stays refused');
});

t.test('version semantics', async (t) => {
  const table: [string, string, boolean, string][] = [
    ['1', '1.0.0', true, 'a bare integer N reads as N.0.0'],
    ['1.0.0', '1', true, 'both ways'],
    ['1', '1.4.0', true, 'bare integer, newer minor on the target'],
    ['2', '1.9.9', false, 'bare integer 2 is major 2'],
    ['1.2', '1.2.0', true, 'major.minor reads as major.minor.0'],
    ['1.2.0-rc.1', '1.2.0-rc.1', true, 'a pre-release reads the identical version'],
    ['1.2.0-rc.1', '1.2.0', false, 'a pre-release reads only the identical version'],
    ['1.2.0', '1.3.0-rc.1', false, 'a pre-release target reads only the identical version'],
    ['1.2.0-rc.1', '1.2.0-rc.2', false, 'not even the next pre-release'],
    ['1.2.0+a', '1.2.0+b', true, 'build metadata is ignored'],
    ['1.2.0+a', '1.3.0+b', true, 'build metadata is ignored, newer minor'],
    ['0.1.0', '0.2.0', true, '0.x is not special: newer minor passes'],
    ['0.2.0', '0.1.0', false, '0.x is not special: older minor fails'],
    ['0.1.0', '1.0.0', false, 'major 0 -> 1 is a major break'],
    ['1.9.0', '2.0.0', false, 'major differs'],
    ['1.2.9', '1.2.0', true, 'bugfix ignored'],
    ['v1.2.0', 'v1.2.0', true, 'identical text'],
  ];
  for (const [s, tv, ok, why] of table) {
    const r = check(prof('s', { software_version: s }), prof('t', { software_version: tv }));
    t.equal(r.verdict, ok ? 'compatible' : 'incompatible', `${s} -> ${tv}: ${why}`);
    t.equal(byRule(breaks(r.findings), 'standard/software_version_incompatible').length, ok ? 0 : 1, `${s} -> ${tv}: finding`);
  }
  const alias = check(prof('s', { interface_version: '1.3.0' }), prof('t', { interface_version: '1.2.0' }));
  t.match(alias.findings, [{ rule: 'standard/software_version_incompatible', attribute: 'software_version', severity: 'break' }], 'interface_version is an alias, reported under the standard name');
  const mixed = check(prof('s', { software_version: '1.2.0' }), prof('t', { interface_version: '1.3.0' }));
  t.equal(mixed.verdict, 'compatible', 'software_version on one side and interface_version on the other compare with each other');
  t.equal(check(prof('s', { software_version: '1.3.0' }), prof('t', { interface_version: '1.2.0' })).verdict, 'incompatible', 'and a minor older on the target still fails');
  t.equal(check(prof('s', { interface_version: '1.2.0' }), prof('t', { interface_version: '1.3.0' })).verdict, 'compatible');

  const none = check(prof('s', {}), prof('t', {}));
  t.equal(none.verdict, 'compatible', 'missing on both sides: not a failure');
  t.match(none.findings, [{ rule: 'standard/software_version_incompatible', severity: 'warn' }], '... but a warning');
  for (const [s, tg, side] of [[{ software_version: '1.0.0' }, {}, 'target'], [{}, { software_version: '1.0.0' }, 'source']] as const) {
    const r = check(prof('s', s), prof('t', tg));
    t.equal(r.verdict, 'incompatible', `missing on the ${side} only: a break`);
    t.match(r.findings, [{ rule: 'standard/software_version_incompatible', severity: 'break', attribute: 'software_version' }]);
  }
  const junk = check(prof('s', { software_version: 'banana' }), prof('t', { software_version: '1.0.0' }));
  t.equal(junk.verdict, 'incompatible', 'a value that is no version never passes');
});

t.test('sets split on +, comma, blanks and newlines; the finding names what is missing', async (t) => {
  const s = prof('s', { software_version: '1.0.0', pv_mode: 'none,ppgtt context\nx' });
  t.equal(check(s, prof('t', { software_version: '1.0.0', pv_mode: 'x+context+ppgtt+none' })).verdict, 'compatible');
  const r = check(s, prof('t', { software_version: '1.0.0', pv_mode: 'none ppgtt' }));
  t.equal(r.verdict, 'incompatible');
  t.match(r.findings, [{ rule: 'standard/feature_set_narrowed', attribute: 'pv_mode', missing: ['context', 'x'] }]);
  t.match(r.findings[0]!.message, /lacks context, x/);
  const gone = check(s, prof('t', { software_version: '1.0.0' }));
  t.match(gone.findings, [{ rule: 'standard/feature_set_narrowed', severity: 'break', missing: ['none', 'ppgtt', 'context', 'x'] }], 'a set missing on the target lacks every element');
  t.equal(check(prof('s', { software_version: '1.0.0' }), prof('t', { software_version: '1.0.0', pv_mode: 'none' })).verdict, 'compatible', 'a set missing on the source asks nothing');
  const list = check(prof('s', { software_version: '1.0.0', compatible_foo: 'a,b' }), prof('t', { software_version: '1.0.0', compatible_foo: 'b' }));
  t.match(list.findings, [{ rule: 'standard/compatible_list_narrowed', attribute: 'compatible_foo', missing: ['a'] }], 'any compatible_* attribute is a set');
});

t.test('hex ids compare as numbers; compatible_pci_ids excuses parent/device only', async (t) => {
  const v = { software_version: '1.0.0' };
  t.equal(check(prof('s', { ...v, 'parent/device': '0x193b' }), prof('t', { ...v, 'parent/device': '193B' })).verdict, 'compatible', '0x193b == 193B');
  t.equal(check(prof('s', { ...v, 'parent/vendor': '0x8086' }), prof('t', { ...v, 'parent/vendor': '8086' })).verdict, 'compatible', '0x8086 == 8086');
  t.equal(check(prof('s', { ...v, compatible_pci_ids: '193b' }), prof('t', { ...v, compatible_pci_ids: '0x193B,191b' })).verdict, 'compatible', 'hex set elements too');

  const listed = check(prof('s', { ...v, 'parent/device': '0x5912' }), prof('t', { ...v, 'parent/device': '0x591b', compatible_pci_ids: '5912,591b' }));
  t.equal(listed.verdict, 'compatible', 'S\'s device listed in T\'s compatible_pci_ids');
  t.match(listed.findings, [{ rule: 'standard/parent_device_changed', severity: 'info' }], 'the exception is noted');
  const unlisted = check(prof('s', { ...v, 'parent/device': '0x5912' }), prof('t', { ...v, 'parent/device': '0x591b', compatible_pci_ids: '591b' }));
  t.match(unlisted.findings, [{ rule: 'standard/parent_device_changed', severity: 'break', source: '0x5912', target: '0x591b' }]);
  const vendor = check(prof('s', { ...v, 'parent/vendor': '0x8086' }), prof('t', { ...v, 'parent/vendor': '0x10de', compatible_pci_ids: '8086,0x8086' }));
  t.equal(vendor.verdict, 'incompatible', 'compatible_pci_ids never excuses parent/vendor');
  t.match(breaks(vendor.findings), [{ rule: 'standard/parent_vendor_changed', attribute: 'parent/vendor' }]);
});

t.test('dynamic_resources: an action to set, a break when the target lacks the attribute', async (t) => {
  const v = { software_version: '1.0.0', dynamic_resources: 'aggregator' };
  const r = check(prof('s', { ...v, aggregator: '2' }), prof('t', { ...v, aggregator: '1' }));
  t.equal(r.verdict, 'compatible', 'the differing aggregator is the orchestrator\'s to set, not a failure');
  t.same(r.actions, [{ kind: 'set', attribute: 'aggregator', value: '2', message: 'set aggregator=2 on the target' }]);
  const miss = check(prof('s', { ...v, aggregator: '2' }), prof('t', { software_version: '1.0.0' }));
  t.equal(miss.verdict, 'incompatible');
  t.match(breaks(miss.findings), [{ rule: 'standard/dynamic_resource_missing', attribute: 'dynamic_resources', missing: ['aggregator'] }]);
  t.equal(breaks(miss.findings).length, 1, 'aggregator itself is not also reported as an opaque field');
  // Only opaque instance attributes can be dynamic: identity and version rules still decide theirs.
  const sneaky = check(prof('s', { software_version: '1.0.0', dynamic_resources: 'device_api mdev_type software_version', mdev_type: 'i915-GVTg_V5_4' }),
    prof('t', { device_api: 'vfio-ccw', software_version: '2.0.0', mdev_type: 'i915-GVTg_V5_8' }));
  t.equal(sneaky.tier, 'none', 'listing device_api as dynamic does not waive it');
  t.same(breaks(sneaky.findings).map((f) => f.rule).sort(), ['standard/device_api_changed', 'standard/mdev_type_changed', 'standard/software_version_incompatible']);
});

t.test('available_instances 0 on the target is a warning, not a failure', async (t) => {
  const v = { software_version: '1.0.0' };
  const r = check(prof('s', { ...v, available_instances: '3' }), prof('t', { ...v, available_instances: '0' }));
  t.equal(r.verdict, 'compatible');
  t.match(r.findings, [{ rule: 'standard/available_instances_exhausted', severity: 'warn', attribute: 'available_instances' }]);
  t.same(check(prof('s', { ...v, available_instances: '0' }), prof('t', { ...v, available_instances: '5' })).findings, [], '0 on the source is nobody\'s business');
});

t.test('informational attributes never fail', async (t) => {
  const v = { software_version: '1.0.0' };
  const r = check(prof('s', { ...v, name: 'a', description: 'free text', create: '', remove: '', 'devices/x': '1' }), prof('t', { ...v, name: 'b', description: 'other text' }));
  t.equal(r.verdict, 'compatible');
  t.same(r.findings, []);
});

t.test('an opaque vendor field: differs or missing on the target breaks live only', async (t) => {
  const v = { software_version: '1.0.0' };
  const differs = check(prof('s', { ...v, fw_build: '2024.1' }), prof('t', { ...v, fw_build: '2024.2' }));
  t.equal(differs.verdict, 'incompatible');
  t.equal(differs.tier, 'cold', 'an opaque field blocks live only');
  t.match(differs.findings, [{ rule: 'standard/opaque_field_changed', attribute: 'fw_build', severity: 'break', blocks: 'live', source: '2024.1', target: '2024.2' }]);
  const missing = check(prof('s', { ...v, fw_build: '2024.1' }), prof('t', v));
  t.equal(missing.tier, 'cold');
  t.match(missing.findings, [{ rule: 'standard/opaque_field_changed', attribute: 'fw_build', severity: 'break' }]);
  t.equal(check(prof('s', v), prof('t', { ...v, fw_build: '2024.1' })).verdict, 'compatible', 'a field only the target has asks nothing of the source');
});

t.test('a removal without a major bump adds feature_removed_without_major', async (t) => {
  const r = check(prof('s', { software_version: '1.2.0', pv_mode: 'none+ppgtt' }), prof('t', { software_version: '1.3.0', pv_mode: 'none' }));
  t.equal(r.verdict, 'incompatible');
  t.match(byAttr(r.findings, 'pv_mode'), [{ rule: 'standard/feature_set_narrowed', missing: ['ppgtt'] }]);
  t.match(byAttr(r.findings, 'pv_mode')[0]!.message, /removed in 1\.3\.0/);
  const extra = byRule(r.findings, 'standard/feature_removed_without_major');
  t.equal(extra.length, 1);
  t.match(extra[0], { severity: 'break', attribute: 'software_version', missing: ['ppgtt'] });
  t.match(extra[0]!.message, /inconsistent/);
  // Without a newer version on T there is no removal, only a narrower target.
  const older = check(prof('s', { software_version: '1.3.0', pv_mode: 'none+ppgtt' }), prof('t', { software_version: '1.3.0', pv_mode: 'none' }));
  t.same(byRule(older.findings, 'standard/feature_removed_without_major'), [], 'same version: not called a removal');
  t.notMatch(byAttr(older.findings, 'pv_mode')[0]!.message, /removed/);
});

t.test('every failing rule is reported, not the first', async (t) => {
  const s = prof('s', { device_api: 'vfio-pci', software_version: '1.3.0', pv_mode: 'none+ppgtt', 'parent/vendor': '0x8086', fw: 'a' });
  const tg = prof('t', { device_api: 'vfio-ccw', software_version: '1.2.0', pv_mode: 'none', 'parent/vendor': '0x10de', fw: 'b' });
  const r = check(s, tg);
  t.same(new Set(breaks(r.findings).map((f) => f.rule)), new Set([
    'standard/device_api_changed', 'standard/software_version_incompatible', 'standard/feature_set_narrowed',
    'standard/parent_vendor_changed', 'standard/opaque_field_changed',
  ]));
  t.equal(r.tier, 'none', 'device_api blocks cold too');
  const noApi = check(profileWithout('device_api'), profileWithout('device_api'));
  t.match(noApi.findings, [{ rule: 'standard/device_api_changed', severity: 'break' }], 'device_api missing on both sides fails');
  t.equal(noApi.tier, 'none');
});

function profileWithout(name: string) {
  const p = prof('x', { software_version: '1.0.0' });
  const attrs = new Map(p.attributes);
  attrs.delete(name);
  return { ...p, attributes: attrs };
}
