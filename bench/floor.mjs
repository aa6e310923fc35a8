// The tight floor: what the benchmarked rules cost when written by hand for exactly the
// profiles the benchmarks use (acme types under the standard rules; GVT-g, NVIDIA vGPU and
// QAT under their packs). It produces devmig's findings byte for byte (the benchmarks assert
// it on every timed pair), but knows each family's attributes in advance: no rule lookup, no
// plan, no memo, values parsed once per profile. Nothing here is general; the assertion is
// what keeps it honest.
import semverEq from 'semver/functions/eq.js';
import semverGt from 'semver/functions/gt.js';
import parseSemver from 'semver/functions/parse.js';

// --- values, as devmig's normalize/values.ts reads them ---------------------------------

function version(text) {
  if (text === undefined) return null;
  const v = text.trim();
  if (v.length > 256) return null;
  return parseSemver(v) ?? parseSemver(`${v}.0`) ?? parseSemver(`${v}.0.0`);
}
const HEX = /^(?:0x)?([0-9a-f]+)$/i;
function canonicalHex(text) {
  const m = HEX.exec(text.trim());
  return m ? m[1].toLowerCase().replace(/^0+(?=.)/, '') : null;
}
const SEP = /[+,\s]+/;
const split = (text) => (text === undefined ? [] : text.split(SEP).filter((e) => e !== ''));
const textSet = (text) => new Set(split(text));
const hexSet = (text) => new Set(split(text).map((e) => canonicalHex(e) ?? e));
/** `key: value` lines (GVT-g) or comma-separated `key=value` items (NVIDIA); the benchmark's values are well formed. */
function gvtKeys(text) {
  const m = new Map();
  for (const line of text.split('\n')) {
    const c = line.indexOf(':');
    m.set(line.slice(0, c).trimEnd(), line.slice(c + 1).trimStart());
  }
  return m;
}
function nvidiaKeys(text) {
  const m = new Map();
  for (const item of text.split(',')) {
    const kv = item.trim();
    const e = kv.indexOf('=');
    m.set(kv.slice(0, e), kv.slice(e + 1).trimStart());
  }
  return m;
}

// --- findings, built with devmig's key order --------------------------------------------

function finding(rule, attribute, severity, message, blocks, source, target) {
  const f = { rule, attribute, severity, message };
  if (severity === 'break') f.blocks = blocks;
  if (source !== undefined) f.source = source;
  if (target !== undefined) f.target = target;
  return f;
}

/** Breaks, then warnings, then notes, each in attribute order. */
function ordered(f) {
  let plain = true;
  for (const x of f) if (x.severity !== 'break') { plain = false; break; }
  if (plain) return f;
  const out = [];
  for (const sev of ['break', 'warn', 'info']) for (const x of f) if (x.severity === sev) out.push(x);
  return out;
}

function result(f, actions) {
  let tier = 'live';
  for (const x of f) {
    if (x.severity !== 'break') continue;
    if (x.blocks === 'cold') { tier = 'none'; break; }
    tier = 'cold';
  }
  return { verdict: tier === 'live' ? 'compatible' : 'incompatible', tier, findings: ordered(f), actions };
}

// --- the standard rules' pieces, shared by the families ---------------------------------

function equalText(f, rule, attr, blocks, label, s, t) {
  if (s !== t) f.push(finding(rule, attr, 'break', `${label}: source ${s}, target ${t}`, blocks, s, t));
}

function equalHex(f, rule, attr, blocks, label, s, t, sh, th) {
  if (s !== t && (sh === null || sh !== th)) f.push(finding(rule, attr, 'break', `${label}: source ${s}, target ${t}`, blocks, s, t));
}

function versionRule(f, S, T) {
  const s = S.a.software_version;
  const t = T.a.software_version;
  if (s === t && S.v !== null) return;
  const both = `source ${s}, target ${t}`;
  const sv = S.v;
  const tv = T.v;
  let message;
  if (!sv || !tv) message = `software_version is not a version (major.minor[.bugfix]): ${both}`;
  else if (sv.prerelease.length > 0 || tv.prerelease.length > 0) { if (!semverEq(sv, tv)) message = `software_version pre-release differs (a pre-release reads only the identical version): ${both}`; }
  else if (sv.major !== tv.major) message = `software_version major differs (a major break): ${both}`;
  else if (tv.minor < sv.minor) message = `software_version minor is older on the target (${tv.minor} < ${sv.minor}): ${both}`;
  if (message !== undefined) f.push(finding('standard/software_version_incompatible', 'software_version', 'break', message, 'live', s, t));
}

/** A feature set or compatible list: what S has that T lacks, named a removal when T is newer. */
function subsetRule(f, rule, attr, S, T, ss, ts) {
  let missing;
  for (const e of ss) if (!ts.has(e)) (missing ??= []).push(e);
  if (missing === undefined) return;
  const s = S.a[attr];
  const t = T.a[attr];
  const sv = S.v;
  const tv = T.v;
  const removed = sv !== null && tv !== null && semverGt(tv, sv);
  const lost = missing.join(', ');
  const values = `source ${s ?? '(none)'}, target ${t ?? '(none)'}`;
  const x = finding(rule, attr, 'break', removed
    ? `${attr} lost ${lost}, removed in ${tv.version} (source ${sv.version}; a removal is a major break): ${values}`
    : `${attr} lacks ${lost} on the target: ${values}`, 'live', s, t);
  x.missing = missing;
  f.push(x);
  if (removed && tv.major === sv.major) {
    const y = finding('standard/feature_removed_without_major', 'software_version', 'break',
      `descriptor version inconsistent with its capabilities: ${attr} removes ${lost} but the version goes ${sv.version} -> ${tv.version} without a major bump`,
      'live', S.a.software_version, T.a.software_version);
    y.missing = missing;
    f.push(y);
  }
}

function availableInstances(f, S, T) {
  const t = T.a.available_instances;
  if (t.trim() === '0') f.push(finding('standard/available_instances_exhausted', 'available_instances', 'warn', 'no instance available on the target (available_instances is 0)', undefined, S.a.available_instances, t));
}

/** `dynamic_resources` of S: each listed attribute must exist on T, and becomes "set NAME=S's value". */
function dynamicResources(f, actions, S, T) {
  const s = S.a.dynamic_resources;
  if (s === undefined) return;
  for (const name of S.dyn) {
    const sv = S.a[name];
    let why;
    if (sv === undefined) why = `dynamic resource missing on the target: ${name} (listed in dynamic_resources) does not exist on the source, so there is no value to set on the target`;
    else if (T.a[name] === undefined) why = `dynamic resource missing on the target: ${name} (listed in dynamic_resources) does not exist on the target`;
    if (why === undefined) {
      actions.push({ kind: 'set', attribute: name, value: sv, message: `set ${name}=${sv} on the target` });
      continue;
    }
    const x = finding('standard/dynamic_resource_missing', 'dynamic_resources', 'break', why, 'live', s, T.a.dynamic_resources);
    x.missing = [name];
    f.push(x);
  }
}

/**
 * A vendor field no rule claims, unless S lists it as dynamic: equal text, or equal numbers
 * for a PCI id attribute (`hexName`) or when both are written 0x...
 */
function opaque(f, attr, S, T, hexName = false) {
  const s = S.a[attr];
  if (s === undefined || S.dyn.has(attr)) return;
  const t = T.a[attr];
  if (t === undefined) {
    f.push(finding('standard/opaque_field_changed', attr, 'break', `vendor field differs: ${attr} is missing on the target (source ${s})`, 'live', s, t));
  } else if (s !== t && !((hexName || (PREFIXED.test(s) && PREFIXED.test(t))) && canonicalHex(s) !== null && canonicalHex(s) === canonicalHex(t))) {
    f.push(finding('standard/opaque_field_changed', attr, 'break', `vendor field differs: source ${s}, target ${t}`, 'live', s, t));
  }
}
const PREFIXED = /^\s*0x[0-9a-f]+\s*$/i;

/** The keys a pack compares in `description`. */
function descriptionKeys(f, rule, label, keys, S, T) {
  const s = S.a.description;
  const t = T.a.description;
  if (s === t) return;
  for (const key of keys) {
    const sv = S.desc.get(key);
    const tv = T.desc?.get(key);
    if (sv === undefined || sv === tv) continue;
    const x = finding(rule, 'description', 'break', tv === undefined
      ? `${label}: description key ${key} is missing on the target (source ${sv})`
      : `${label}: description ${key}: source ${sv}, target ${tv}`, 'live', s, t);
    x.source = sv;
    if (tv !== undefined) x.target = tv;
    x.key = key;
    f.push(x);
  }
}

function parentDeviceListed(f, S, T) {
  const s = S.a['parent/device'];
  const t = T.a['parent/device'];
  if (s === t || (S.device !== null && S.device === T.device)) return;
  if (S.device !== null && T.pci.has(S.device)) {
    f.push(finding('standard/parent_device_changed', 'parent/device', 'info', `parent/device accepted via the target's compatible_pci_ids: source ${s}, target ${t}`, undefined, s, t));
  } else {
    f.push(finding('standard/parent_device_changed', 'parent/device', 'break', `parent device differs: source ${s}, target ${t} and not listed in the target's compatible_pci_ids`, 'live', s, t));
  }
}

// --- profiles parsed once ---------------------------------------------------------------

/** The parsed view of an attribute record; `family` is null for the acme (standard-only) profiles. */
export function parseFloor(attrs, family = null) {
  const P = { a: attrs, family, v: version(attrs.software_version), dyn: textSet(attrs.dynamic_resources) };
  if (family === null || family === 'gvt-g') {
    P.pci = hexSet(attrs.compatible_pci_ids);
    P.pv = textSet(attrs.pv_mode);
    P.device = canonicalHex(attrs['parent/device']);
    P.vendor = canonicalHex(attrs['parent/vendor']);
    if (family === 'gvt-g') P.desc = gvtKeys(attrs.description);
  } else if (family === 'nvidia-vgpu') {
    P.desc = nvidiaKeys(attrs.description);
    P.device = canonicalHex(attrs['parent/device']);
    P.vendor = canonicalHex(attrs['parent/vendor']);
  } else {
    P.id = canonicalHex(attrs.device);
    P.ring = canonicalHex(attrs.ring_to_svc_map);
    P.accel = BigInt(`0x${canonicalHex(attrs.accel_capabilities_mask)}`);
    P.extdc = BigInt(`0x${canonicalHex(attrs.extended_dc_capabilities)}`);
    P.rl = Object.keys(attrs).filter((k) => k.startsWith('rl/')).sort();
  }
  return P;
}

// --- one direction per family -----------------------------------------------------------

/** acme types, standard rules only, attributes in name order. */
function acmeDirection(S, T) {
  const f = [];
  const actions = [];
  opaque(f, 'aggregator', S, T);
  availableInstances(f, S, T);
  if (S.a.compatible_pci_ids !== T.a.compatible_pci_ids) subsetRule(f, 'standard/compatible_list_narrowed', 'compatible_pci_ids', S, T, S.pci, T.pci);
  equalText(f, 'standard/device_api_changed', 'device_api', 'cold', 'device API differs', S.a.device_api, T.a.device_api);
  dynamicResources(f, actions, S, T);
  opaque(f, 'fw_build', S, T);
  equalText(f, 'standard/mdev_type_changed', 'mdev_type', 'cold', 'device type differs', S.a.mdev_type, T.a.mdev_type);
  parentDeviceListed(f, S, T);
  equalHex(f, 'standard/parent_vendor_changed', 'parent/vendor', 'live', 'parent vendor differs', S.a['parent/vendor'], T.a['parent/vendor'], S.vendor, T.vendor);
  if (S.a.pv_mode !== T.a.pv_mode) subsetRule(f, 'standard/feature_set_narrowed', 'pv_mode', S, T, S.pv, T.pv);
  versionRule(f, S, T);
  return result(f, actions);
}

const GVT_KEYS = ['low_gm_size', 'high_gm_size', 'fence', 'resolution', 'weight'];

function gvtDirection(S, T) {
  const f = [];
  const actions = [];
  opaque(f, 'aggregator', S, T);
  availableInstances(f, S, T);
  if (S.a.compatible_pci_ids !== T.a.compatible_pci_ids) subsetRule(f, 'standard/compatible_list_narrowed', 'compatible_pci_ids', S, T, S.pci, T.pci);
  descriptionKeys(f, 'gvt-g/type_table_changed', 'GVT-g type table differs', GVT_KEYS, S, T);
  equalText(f, 'standard/device_api_changed', 'device_api', 'cold', 'device API differs', S.a.device_api, T.a.device_api);
  dynamicResources(f, actions, S, T);
  equalText(f, 'standard/mdev_type_changed', 'mdev_type', 'cold', 'device type differs', S.a.mdev_type, T.a.mdev_type);
  parentDeviceListed(f, S, T);
  equalHex(f, 'standard/parent_vendor_changed', 'parent/vendor', 'live', 'parent vendor differs', S.a['parent/vendor'], T.a['parent/vendor'], S.vendor, T.vendor);
  if (S.a.pv_mode !== T.a.pv_mode) subsetRule(f, 'gvt-g/pv_mode_narrowed', 'pv_mode', S, T, S.pv, T.pv);
  versionRule(f, S, T);
  return result(f, actions);
}

const NVIDIA_KEYS = ['framebuffer', 'num_heads', 'max_resolution', 'frl_config'];

function migrationSupported(f, S, T) {
  const s = S.a['nvidia/migration'];
  const t = T.a['nvidia/migration'];
  for (const [side, v] of [['source', s], ['target', t]]) {
    if (v !== 'supported') f.push(finding('nvidia-vgpu/migration_unsupported', 'nvidia/migration', 'break', `vGPU migration not supported: nvidia/migration is '${v}' on the ${side}, must be 'supported'`, 'live', s, t));
  }
}

function nvidiaDirection(S, T) {
  const f = [];
  availableInstances(f, S, T);
  descriptionKeys(f, 'nvidia-vgpu/profile_changed', 'vGPU profile differs', NVIDIA_KEYS, S, T);
  equalText(f, 'standard/device_api_changed', 'device_api', 'cold', 'device API differs', S.a.device_api, T.a.device_api);
  equalText(f, 'standard/mdev_type_changed', 'mdev_type', 'cold', 'device type differs', S.a.mdev_type, T.a.mdev_type);
  equalText(f, 'nvidia-vgpu/ecc_changed', 'nvidia/ecc', 'live', 'ECC mode differs', S.a['nvidia/ecc'], T.a['nvidia/ecc']);
  equalText(f, 'nvidia-vgpu/host_driver_changed', 'nvidia/host_driver_version', 'live', 'host driver version differs', S.a['nvidia/host_driver_version'], T.a['nvidia/host_driver_version']);
  migrationSupported(f, S, T);
  equalHex(f, 'nvidia-vgpu/board_changed', 'parent/device', 'cold', 'board differs', S.a['parent/device'], T.a['parent/device'], S.device, T.device);
  equalHex(f, 'standard/parent_vendor_changed', 'parent/vendor', 'live', 'parent vendor differs', S.a['parent/vendor'], T.a['parent/vendor'], S.vendor, T.vendor);
  return result(f, []);
}

function bitsSuperset(f, attr, s, t, sb, tb) {
  const lacking = sb & ~tb;
  if (lacking === 0n) return;
  const bits = `0x${lacking.toString(16)}`;
  const x = finding('qat/capabilities_narrowed', attr, 'break', `capability missing on the target: target lacks bits ${bits}: source ${s}, target ${t}`, 'live', s, t);
  x.missing = [bits];
  f.push(x);
}

function rateLimit(f, attr, S, T) {
  const s = S.a[attr];
  const t = T.a[attr];
  if (s === undefined) return;
  if (t === undefined) {
    f.push(finding('qat/rate_limit_lower', attr, 'break', `rate limit lower on the target: ${attr} is missing on the target (source ${s})`, 'live', s, t));
    return;
  }
  const ns = Number(s.trim());
  const nt = Number(t.trim());
  if (nt < ns) f.push(finding('qat/rate_limit_lower', attr, 'break', `rate limit lower on the target: target ${t.trim()} is below source ${s.trim()}`, 'live', s, t));
}

function pfvfCompat(f, S, T) {
  const s0 = S.a.pfvf_compat_version;
  const t0 = T.a.pfvf_compat_version;
  const s = s0.trim();
  const t = t0.trim();
  let message;
  if (s === '0' || t === '0') message = `pfvf_compat_version: cannot determine (value ${s === '0' ? s : t} means unknown): source ${s}, target ${t}`;
  else if (Number(t) < Number(s)) message = `PF/VF compat version newer on the source: target ${t} is below source ${s}`;
  if (message !== undefined) f.push(finding('qat/pfvf_compat_newer', 'pfvf_compat_version', 'warn', message, undefined, s0, t0));
}

function qatDirection(S, T) {
  const f = [];
  bitsSuperset(f, 'accel_capabilities_mask', S.a.accel_capabilities_mask, T.a.accel_capabilities_mask, S.accel, T.accel);
  equalHex(f, 'qat/device_changed', 'device', 'cold', 'QAT VF id differs', S.a.device, T.a.device, S.id, T.id);
  equalText(f, 'standard/device_api_changed', 'device_api', 'cold', 'device API differs', S.a.device_api, T.a.device_api);
  bitsSuperset(f, 'extended_dc_capabilities', S.a.extended_dc_capabilities, T.a.extended_dc_capabilities, S.extdc, T.extdc);
  pfvfCompat(f, S, T);
  equalHex(f, 'qat/ring_to_svc_map_changed', 'ring_to_svc_map', 'live', 'ring-to-service map differs', S.a.ring_to_svc_map, T.a.ring_to_svc_map, S.ring, T.ring);
  // The rate limits of both sides in name order; one only T has is not compared.
  const sr = S.rl;
  for (const attr of sr === T.rl ? sr : [...new Set([...sr, ...T.rl])].sort()) rateLimit(f, attr, S, T);
  opaque(f, 'vendor', S, T, true);
  return result(f, []);
}

const DIRECTION = { 'gvt-g': gvtDirection, 'nvidia-vgpu': nvidiaDirection, qat: qatDirection };

/** S -> T; profiles of two families are never compared (they are not, in the matrix). */
export function floorDirection(S, T) {
  return S.family === null ? acmeDirection(S, T) : DIRECTION[S.family](S, T);
}

/** Both directions, as devmig's check reports them. */
export function floorCheck(S, T) {
  return { forward: floorDirection(S, T), rollback: floorDirection(T, S) };
}

/** The one finding of a pair of two families, as the matrix reports it. */
export function familyMismatch(fs, ft) {
  return { rule: 'standard/family_mismatch', attribute: 'family', severity: 'break', message: `device family differs: source ${fs}, target ${ft}`, blocks: 'cold', source: fs, target: ft };
}
