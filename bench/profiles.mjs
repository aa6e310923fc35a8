// Deterministic synthetic profiles for the benchmarks, with the attribute mix of real ones.
// A `tag` above 0 makes every value that can vary without changing what the rules decide
// fresh (never produced under another tag): that is how the cold figures keep every
// value-keyed cache of the engine empty, round after round.
export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];
const hex = (n) => `0x${n.toString(16)}`;

/**
 * Fills `n` distinct profiles from `make(i)`; a candidate that repeats an earlier one is drawn
 * again (the generators mix few values, as real fleets do), so the set really is distinct.
 */
function distinct(n, make) {
  const seen = new Set();
  const out = [];
  for (let i = 0; out.length < n; i++) {
    const a = make(out.length, i);
    const key = JSON.stringify(Object.entries(a).sort());
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Standard rules only (no vendor pack selects an `acme-` type): the per-pair benchmark.

const FEATURES = ['none', 'ppgtt', 'context', 'hwstate', 'dmabuf'];

/** Profile number i of an `acme` mdev type, as an attribute record. */
function acme(i, rand, tag) {
  const parents = [0x5912, 0x591b, 0x3e92, 0x9bc5].map((d) => d + tag * 0x10000);
  const features = FEATURES.filter((f, k) => k === 0 || rand() < 0.8);
  if (tag > 0) features.push(`r${tag}`); // every profile of the round has it: sets keep their relations
  return {
    device_api: 'vfio-pci',
    mdev_type: `acme-${tag > 0 ? `r${tag}-` : ''}T${rand() < 0.8 ? 1 : 2}`,
    name: `acme profile ${tag}-${i}`,
    description: `low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nround: ${tag}`,
    software_version: `1.${Math.floor(rand() * 3)}.${tag * 1000 + (i % 7)}`,
    'parent/vendor': hex(0x8086 + tag),
    'parent/device': hex(pick(rand, parents)),
    pv_mode: features.join('+'),
    compatible_pci_ids: parents.filter(() => rand() < 0.9).map((p) => p.toString(16)).join(','),
    available_instances: String(rand() < 0.05 ? 0 : tag * 10 + 1 + Math.floor(rand() * 4)),
    fw_build: `2024.${rand() < 0.9 ? 1 : 2}${tag > 0 ? `-r${tag}` : ''}`,
    dynamic_resources: 'aggregator',
    aggregator: String(tag * 10 + 1 + Math.floor(rand() * 4)),
  };
}

/** `n` distinct acme profiles (standard rules only). */
export function standardSet(n, seed = 1, tag = 0) {
  const rand = rng(seed);
  return distinct(n, (i) => acme(i, rand, tag));
}

// ---------------------------------------------------------------------------------------
// Realistic profiles of three device families, as `devmig collect` writes them: the matrix
// and fleet benchmarks. GVT-g 50%, NVIDIA vGPU 35%, QAT 15%: about 60% of pairs are of two
// different families.

const GVT_TYPES = {
  V5_1: 'low_gm_size: 512MB\nhigh_gm_size: 2048MB\nfence: 4\nresolution: 1920x1200\nweight: 16',
  V5_2: 'low_gm_size: 256MB\nhigh_gm_size: 1024MB\nfence: 4\nresolution: 1920x1200\nweight: 8',
  V5_4: 'low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nresolution: 1920x1200\nweight: 4',
  V5_8: 'low_gm_size: 64MB\nhigh_gm_size: 384MB\nfence: 4\nresolution: 1024x768\nweight: 2',
};
/** Parent device ids by generation: a type table is per generation, compatible lists stay within one. */
const GVT_PARENTS = [[0x5912, 0x591b, 0x591d], [0x1912, 0x193b, 0x191b], [0x3e92, 0x3e9b]];
const GVT_PV = ['none', 'ppgtt', 'context'];

function gvt(i, rand, tag) {
  const type = pick(rand, Object.keys(GVT_TYPES));
  const gen = pick(rand, GVT_PARENTS);
  const pv = GVT_PV.filter((f, k) => k === 0 || rand() < 0.85);
  const a = {
    available_instances: String(rand() < 0.05 ? 0 : 1 + Math.floor(rand() * 8)),
    compatible_pci_ids: gen.filter(() => rand() < 0.85).map((d) => d.toString(16)).join(','),
    description: GVT_TYPES[type],
    device_api: 'vfio-pci',
    mdev_type: `i915-GVTg_${type}`,
    name: `GVTg_${type}`,
    'parent/device': hex(pick(rand, gen)),
    'parent/vendor': '0x8086',
    pv_mode: pv.join('+'),
    software_version: `${rand() < 0.9 ? 1 : 2}.${Math.floor(rand() * 4)}.${tag * 1000 + (i % 97)}`,
  };
  if (type === 'V5_4' && rand() < 0.5) Object.assign(a, { dynamic_resources: 'aggregator', aggregator: String(1 + Math.floor(rand() * 2)) });
  return a;
}

const NV_BOARDS = [
  { device: 0x1e30, name: 'GRID RTX6000', types: [['256', '1Q', 1024, 24], ['257', '2Q', 2048, 12], ['258', '4Q', 4096, 6], ['259', '8Q', 8192, 3]] },
  { device: 0x2235, name: 'NVIDIA A40', types: [['555', '4Q', 4096, 12], ['556', '8Q', 8192, 6], ['557', '12Q', 12288, 4]] },
];
const NV_DRIVERS = [['535.161.05', '16.4', '15.0-16.4'], ['535.183.04', '16.6', '15.0-16.6'], ['550.90.07', '17.3', '15.0-17.3'], ['550.127.05', '17.4', '15.0-17.4']];

function nvidia(i, rand, tag) {
  const board = pick(rand, NV_BOARDS);
  const [id, suffix, fb, max] = pick(rand, board.types);
  const [driver, vgpu, range] = pick(rand, NV_DRIVERS);
  return {
    available_instances: String(Math.floor(rand() * (max + 1))),
    description: `num_heads=4, frl_config=60, framebuffer=${fb}M, max_resolution=${fb >= 2048 ? '7680x4320' : '5120x2880'}, max_instance=${max}`,
    device_api: 'vfio-pci',
    mdev_type: `nvidia-${id}`,
    name: `${board.name}-${suffix}`,
    'nvidia/ecc': rand() < 0.7 ? 'disabled' : 'enabled',
    'nvidia/host_driver_version': tag > 0 ? `${driver}-r${tag}` : driver,
    'nvidia/migration': rand() < 0.95 ? 'supported' : 'unsupported',
    'nvidia/supported_vgpu_range': range,
    'nvidia/vgpu_version': vgpu,
    'parent/device': hex(board.device),
    'parent/vendor': '0x10de',
  };
}

const QAT_KINDS = [
  { mask: 0x41fb20f, ring: '0x71c', services: ['asym', 'sym'] },
  { mask: 0x407b20f, ring: '0x71c', services: ['asym', 'sym'] },
  { mask: 0x3800020, ring: '0x492', services: ['dc'] },
];

function qat(i, rand, tag) {
  const kind = pick(rand, QAT_KINDS);
  const a = {
    accel_capabilities_mask: hex(kind.mask),
    device: '0x4941',
    device_api: 'vfio-pci',
    driver: 'qat_vfio_pci',
    extended_dc_capabilities: rand() < 0.8 ? '0x0' : '0x1',
    pfvf_compat_version: String(rand() < 0.05 ? 0 : 3 + Math.floor(rand() * 3)),
    ring_to_svc_map: kind.ring,
    vendor: '0x8086',
  };
  for (const svc of kind.services) {
    const cir = 25 * (1 + Math.floor(rand() * 12)) + tag * 1000;
    a[`rl/${svc}/cir`] = String(cir);
    a[`rl/${svc}/pir`] = String(cir * 2);
  }
  return a;
}

/** Where `devmig collect` writes each family's profile below a host. */
const DEVICE_PATH = {
  'gvt-g': (a) => `0000:00:02.0/${a.mdev_type}`,
  'nvidia-vgpu': (a) => `0000:41:00.0/${a.mdev_type}`,
  qat: () => '0000:6b:00.1',
};

/**
 * `n` distinct profiles of three families, each `{ family, device, attributes }`; `device` is
 * the path collect gives it below its host.
 */
export function familySet(n, seed = 1, tag = 0) {
  const rand = rng(seed);
  const family = [];
  const attrs = distinct(n, (i) => {
    const r = rand();
    const f = r < 0.5 ? 'gvt-g' : r < 0.85 ? 'nvidia-vgpu' : 'qat';
    family[i] = f;
    return (f === 'gvt-g' ? gvt : f === 'qat' ? qat : nvidia)(i, rand, tag);
  });
  return attrs.map((attributes, i) => ({ family: family[i], device: DEVICE_PATH[family[i]](attributes), attributes }));
}

/** The share of ordered pairs whose two profiles are of different families. */
export function mismatchShare(set) {
  const counts = new Map();
  for (const p of set) counts.set(p.family, (counts.get(p.family) ?? 0) + 1);
  let same = 0;
  for (const c of counts.values()) same += c * c;
  return 1 - same / set.length ** 2;
}
