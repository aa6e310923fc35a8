// The practical floor: the standard rules written by hand as one function over profiles
// parsed once (versions with semver, sets, hex ids), producing the same findings devmig does.
import { gt as semverGt, parse as parseSemver } from 'semver';

const hex = (v) => { const m = /^(?:0x)?([0-9a-f]+)$/i.exec(v ?? ''); return m ? m[1].toLowerCase().replace(/^0+(?=.)/, '') : null; };
const split = (v) => (v ?? '').split(/[+,\s]+/).filter(Boolean);
const version = (v) => (v === undefined ? null : parseSemver(v) ?? parseSemver(`${v}.0`) ?? parseSemver(`${v}.0.0`));
const INFO = new Set(['name', 'description', 'create', 'remove', 'migration/compatible', 'driver']);
const CLAIMED = new Set(['device_api', 'mdev_type', 'software_version', 'pv_mode', 'compatible_pci_ids', 'parent/vendor', 'parent/device', 'dynamic_resources', 'available_instances']);

export function parseFloor(attrs) {
  return {
    a: attrs,
    v: version(attrs.software_version),
    pv: new Set(split(attrs.pv_mode)),
    pci: new Set(split(attrs.compatible_pci_ids).map((e) => hex(e) ?? e)),
    vendor: hex(attrs['parent/vendor']),
    device: hex(attrs['parent/device']),
    dyn: new Set(split(attrs.dynamic_resources)),
    opaque: Object.keys(attrs).filter((k) => !CLAIMED.has(k) && !INFO.has(k)),
  };
}

export function floorDirection(S, T) {
  const f = [];
  const s = S.a, t = T.a;
  const brk = (rule, attribute, blocks, message, extra) => f.push({ rule, attribute, severity: 'break', blocks, message, ...extra });
  if (s.device_api === undefined || s.device_api !== t.device_api) brk('standard/device_api_changed', 'device_api', 'cold', `device API differs: source ${s.device_api}, target ${t.device_api}`);
  if (s.mdev_type !== t.mdev_type) brk('standard/mdev_type_changed', 'mdev_type', 'cold', `device type differs: source ${s.mdev_type}, target ${t.mdev_type}`);
  if (S.v && T.v && s.software_version !== t.software_version) {
    if (S.v.major !== T.v.major) brk('standard/software_version_incompatible', 'software_version', 'live', `software_version major differs (a major break): source ${s.software_version}, target ${t.software_version}`);
    else if (T.v.minor < S.v.minor) brk('standard/software_version_incompatible', 'software_version', 'live', `software_version minor is older on the target (${T.v.minor} < ${S.v.minor}): source ${s.software_version}, target ${t.software_version}`);
  }
  const newer = S.v && T.v && semverGt(T.v, S.v);
  const subset = (rule, attr, from, to) => {
    const lost = [...from].filter((e) => !to.has(e));
    if (!lost.length) return;
    const values = `source ${s[attr]}, target ${t[attr]}`;
    brk(rule, attr, 'live', newer ? `${attr} lost ${lost.join(', ')}, removed in ${T.v.version} (source ${S.v.version}; a removal is a major break): ${values}` : `${attr} lacks ${lost.join(', ')} on the target: ${values}`, { missing: lost });
    if (newer && T.v.major === S.v.major) brk('standard/feature_removed_without_major', 'software_version', 'live', `descriptor version inconsistent with its capabilities: ${attr} removes ${lost.join(', ')} but the version goes ${S.v.version} -> ${T.v.version} without a major bump`, { missing: lost });
  };
  subset('standard/feature_set_narrowed', 'pv_mode', S.pv, T.pv);
  subset('standard/compatible_list_narrowed', 'compatible_pci_ids', S.pci, T.pci);
  if (S.vendor !== T.vendor) brk('standard/parent_vendor_changed', 'parent/vendor', 'live', `parent vendor differs: source ${s['parent/vendor']}, target ${t['parent/vendor']}`);
  if (S.device !== T.device && !T.pci.has(S.device)) brk('standard/parent_device_changed', 'parent/device', 'live', `parent device differs: source ${s['parent/device']}, target ${t['parent/device']} and not listed in the target's compatible_pci_ids`);
  const actions = [];
  for (const name of S.dyn) {
    if (t[name] === undefined) brk('standard/dynamic_resource_missing', 'dynamic_resources', 'live', `dynamic resource missing on the target: ${name} (listed in dynamic_resources) does not exist on the target`, { missing: [name] });
    else if (s[name] !== undefined) actions.push({ kind: 'set', attribute: name, value: s[name], message: `set ${name}=${s[name]} on the target` });
  }
  if (t.available_instances === '0') f.push({ rule: 'standard/available_instances_exhausted', attribute: 'available_instances', severity: 'warn', message: 'no instance available on the target (available_instances is 0)' });
  for (const k of S.opaque) {
    if (S.dyn.has(k)) continue;
    if (t[k] === undefined) brk('standard/opaque_field_changed', k, 'live', `vendor field differs: ${k} is missing on the target (source ${s[k]})`);
    else if (s[k] !== t[k]) brk('standard/opaque_field_changed', k, 'live', `vendor field differs: source ${s[k]}, target ${t[k]}`);
  }
  let tier = 'live';
  for (const x of f) if (x.severity === 'break') { if (x.blocks === 'cold') { tier = 'none'; break; } tier = 'cold'; }
  return { verdict: tier === 'live' ? 'compatible' : 'incompatible', tier, findings: f, actions };
}

/** Both directions, as devmig's check reports them. */
export function floorCheck(S, T) {
  const forward = floorDirection(S, T);
  return { ...forward, rollback: floorDirection(T, S) };
}
