// The standard rules in json-rules-engine, written the way its documentation teaches: the two
// profiles are facts, conditions read attributes through the default JSONPath resolver, and
// the only custom operators are the two the rules need (a semver comparison and set
// containment). No attribute is hard-coded in an operator; the opaque-field rule is one rule
// per attribute name the profiles hold that no other rule claims.
import jre from 'json-rules-engine';
import parseSemver from 'semver/functions/parse.js';

const { Engine } = jre;

const version = (text) => (typeof text !== 'string' ? null : parseSemver(text) ?? parseSemver(`${text}.0`) ?? parseSemver(`${text}.0.0`));
const elements = (v) => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[+,\s]+/).filter(Boolean) : [])
  .map((e) => { const m = /^(?:0x)?([0-9a-f]+)$/i.exec(e); return m ? m[1].toLowerCase().replace(/^0+(?=.)/, '') : e; });
const subset = (a, b) => { const B = new Set(elements(b)); return elements(a).every((e) => B.has(e)); };

/** Names the standard rules claim, and the informational ones; everything else is an opaque field. */
const CLAIMED = new Set(['device_api', 'mdev_type', 'software_version', 'pv_mode', 'compatible_pci_ids', 'parent/vendor', 'parent/device',
  'dynamic_resources', 'available_instances', 'name', 'description', 'create', 'remove', 'migration/compatible', 'driver']);

const at = (name) => `$['${name}']`;
const same = (name) => ({ fact: 'target', path: at(name) });
const finding = (rule, attribute, severity, blocks) => ({ type: 'finding', params: { rule: `standard/${rule}`, attribute, severity, blocks } });

/** An engine for profiles holding `names` (the union of their attribute names). */
export function makeJreEngine(names) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('versionIncompatible', (s, t) => {
    const a = version(s);
    const b = version(t);
    return s !== t && (!a || !b || a.major !== b.major || b.minor < a.minor);
  });
  engine.addOperator('newerSameMajor', (s, t) => { const a = version(s); const b = version(t); return !!(a && b && b.compare(a) > 0 && a.major === b.major); });
  engine.addOperator('subsetOf', (a, b) => subset(a, b));
  engine.addOperator('notSubsetOf', (a, b) => !subset(a, b));
  // Attribute names of the target and the source's dynamic resources, as facts rules can test.
  engine.addFact('targetNames', (params, almanac) => almanac.factValue('target').then((t) => Object.keys(t)));
  engine.addFact('sourceDynamic', (params, almanac) => almanac.factValue('source').then((s) => elements(s.dynamic_resources)));
  const rule = (name, conditions, event) => engine.addRule({ name, conditions, event });
  const differs = (attr) => ({ fact: 'source', path: at(attr), operator: 'notEqual', value: same(attr) });
  const hexDiffers = (attr) => ({ fact: 'source', path: at(attr), operator: 'notSubsetOf', value: same(attr) });

  rule('device_api', { all: [differs('device_api')] }, finding('device_api_changed', 'device_api', 'break', 'cold'));
  rule('mdev_type', { all: [differs('mdev_type')] }, finding('mdev_type_changed', 'mdev_type', 'break', 'cold'));
  rule('software_version', { all: [{ fact: 'source', path: at('software_version'), operator: 'versionIncompatible', value: same('software_version') }] },
    finding('software_version_incompatible', 'software_version', 'break', 'live'));
  for (const [attr, id] of [['pv_mode', 'feature_set_narrowed'], ['compatible_pci_ids', 'compatible_list_narrowed']]) {
    const narrowed = { fact: 'source', path: at(attr), operator: 'notSubsetOf', value: same(attr) };
    rule(attr, { all: [narrowed] }, finding(id, attr, 'break', 'live'));
    rule(`${attr} removed`, { all: [narrowed, { fact: 'source', path: at('software_version'), operator: 'newerSameMajor', value: same('software_version') }] },
      finding('feature_removed_without_major', 'software_version', 'break', 'live'));
  }
  rule('parent/vendor', { all: [hexDiffers('parent/vendor')] }, finding('parent_vendor_changed', 'parent/vendor', 'break', 'live'));
  const listed = { fact: 'source', path: at('parent/device'), operator: 'subsetOf', value: same('compatible_pci_ids') };
  rule('parent/device', { all: [hexDiffers('parent/device'), { not: listed }] }, finding('parent_device_changed', 'parent/device', 'break', 'live'));
  rule('parent/device listed', { all: [hexDiffers('parent/device'), listed] }, finding('parent_device_changed', 'parent/device', 'info'));
  rule('dynamic_resources', { all: [{ fact: 'sourceDynamic', operator: 'notSubsetOf', value: { fact: 'targetNames' } }] },
    finding('dynamic_resource_missing', 'dynamic_resources', 'break', 'live'));
  rule('available_instances', { all: [{ fact: 'target', path: at('available_instances'), operator: 'equal', value: '0' }] },
    finding('available_instances_exhausted', 'available_instances', 'warn'));
  for (const name of names) {
    if (CLAIMED.has(name)) continue;
    rule(`opaque ${name}`, { all: [differs(name), { fact: 'sourceDynamic', operator: 'doesNotContain', value: name }] },
      finding('opaque_field_changed', name, 'break', 'live'));
  }
  return engine;
}

async function direction(engine, s, t) {
  const { events } = await engine.run({ source: s, target: t });
  const findings = events.map((e) => e.params);
  let tier = 'live';
  for (const f of findings) if (f.severity === 'break') { if (f.blocks === 'cold') { tier = 'none'; break; } tier = 'cold'; }
  return { verdict: tier === 'live' ? 'compatible' : 'incompatible', tier, findings };
}

/** Both directions of one pair of attribute records. */
export async function jreCheck(engine, s, t) {
  return { forward: await direction(engine, s, t), rollback: await direction(engine, t, s) };
}
