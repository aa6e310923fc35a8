// The same standard rules expressed in json-rules-engine, with custom operators for semver
// and set containment: the general-purpose rules engine a team might reach for first.
import jre from 'json-rules-engine';
import { parseFloor } from './floor.mjs';

const { Engine } = jre;
const rule = (name, attribute, blocks, conditions, severity = 'break') =>
  ({ name, conditions, event: { type: 'finding', params: { rule: `standard/${name}`, attribute, blocks, severity } } });
const pair = (operator) => ({ all: [{ fact: 'pair', operator, value: true }] });
const differs = (attr) => ({ all: [{ fact: 's', path: `$['${attr}']`, operator: 'notEqual', value: { fact: 't', path: `$['${attr}']` } }] });

export function makeJreEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('versionBroken', (p) => !!(p.S.v && p.T.v && p.S.a.software_version !== p.T.a.software_version && (p.S.v.major !== p.T.v.major || p.T.v.minor < p.S.v.minor)));
  engine.addOperator('pvNotSubset', (p) => [...p.S.pv].some((e) => !p.T.pv.has(e)));
  engine.addOperator('pciNotSubset', (p) => [...p.S.pci].some((e) => !p.T.pci.has(e)));
  engine.addOperator('vendorDiffers', (p) => p.S.vendor !== p.T.vendor);
  engine.addOperator('deviceDiffers', (p) => p.S.device !== p.T.device && !p.T.pci.has(p.S.device));
  engine.addOperator('dynMissing', (p) => [...p.S.dyn].some((n) => p.T.a[n] === undefined));
  engine.addOperator('noInstances', (p) => p.T.a.available_instances === '0');
  const removedSameMajor = (p, set) => p.S.v && p.T.v && p.T.v.compare(p.S.v) > 0 && p.T.v.major === p.S.v.major && [...p.S[set]].some((e) => !p.T[set].has(e));
  engine.addOperator('pvRemovedSameMajor', (p) => removedSameMajor(p, 'pv'));
  engine.addOperator('pciRemovedSameMajor', (p) => removedSameMajor(p, 'pci'));
  engine.addOperator('fwDiffers', (p) => p.S.a.fw_build !== undefined && p.S.a.fw_build !== p.T.a.fw_build);
  engine.addOperator('aggDiffers', (p) => !p.S.dyn.has('aggregator') && p.S.a.aggregator !== undefined && p.S.a.aggregator !== p.T.a.aggregator);
  for (const r of [
    rule('device_api_changed', 'device_api', 'cold', differs('device_api')),
    rule('mdev_type_changed', 'mdev_type', 'cold', differs('mdev_type')),
    rule('software_version_incompatible', 'software_version', 'live', pair('versionBroken')),
    rule('feature_set_narrowed', 'pv_mode', 'live', pair('pvNotSubset')),
    rule('feature_removed_without_major', 'software_version', 'live', pair('pvRemovedSameMajor')),
    { ...rule('feature_removed_without_major', 'software_version', 'live', pair('pciRemovedSameMajor')), name: 'pci_removed_without_major' },
    rule('compatible_list_narrowed', 'compatible_pci_ids', 'live', pair('pciNotSubset')),
    rule('parent_vendor_changed', 'parent/vendor', 'live', pair('vendorDiffers')),
    rule('parent_device_changed', 'parent/device', 'live', pair('deviceDiffers')),
    rule('dynamic_resource_missing', 'dynamic_resources', 'live', pair('dynMissing')),
    rule('available_instances_exhausted', 'available_instances', 'live', pair('noInstances'), 'warn'),
    rule('opaque_field_changed', 'fw_build', 'live', pair('fwDiffers')),
    { ...rule('opaque_field_changed', 'aggregator', 'live', pair('aggDiffers')), name: 'opaque_aggregator' },
  ]) engine.addRule(r);
  return engine;
}

async function direction(engine, S, T) {
  const { events } = await engine.run({ s: S.a, t: T.a, pair: { S, T } });
  const findings = events.map((e) => ({ ...e.params }));
  let tier = 'live';
  for (const f of findings) if (f.severity === 'break') { if (f.blocks === 'cold') { tier = 'none'; break; } tier = 'cold'; }
  return { verdict: tier === 'live' ? 'compatible' : 'incompatible', tier, findings };
}

export async function jreCheck(engine, S, T) {
  return { ...(await direction(engine, S, T)), rollback: await direction(engine, T, S) };
}
export { parseFloor as parseJre };
