// Deterministic synthetic profiles for the benchmarks: standard rules only (no vendor pack
// selects an `acme-` type), with the attribute mix of a real mdev type.
export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const FEATURES = ['none', 'ppgtt', 'context', 'hwstate', 'dmabuf'];
const PARENTS = ['0x5912', '0x591b', '0x3e92', '0x9bc5'];

/** Profile number i as an attribute record; distinct for distinct i. */
export function syntheticAttributes(i, rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const features = FEATURES.filter((f, k) => k === 0 || rand() < 0.8);
  const attrs = {
    device_api: 'vfio-pci',
    mdev_type: `acme-T${rand() < 0.8 ? 1 : 2}`,
    name: `acme profile ${i}`,
    description: `low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4`,
    software_version: `1.${Math.floor(rand() * 3)}.${i % 7}`,
    'parent/vendor': '0x8086',
    'parent/device': pick(PARENTS),
    pv_mode: features.join('+'),
    compatible_pci_ids: PARENTS.filter(() => rand() < 0.9).map((p) => p.slice(2)).join(','),
    available_instances: String(1 + Math.floor(rand() * 4)),
    fw_build: rand() < 0.9 ? '2024.1' : '2024.2',
    serial_hint: `node-${i}`,
  };
  Object.assign(attrs, { dynamic_resources: 'aggregator', aggregator: String(1 + Math.floor(rand() * 4)) });
  return attrs;
}

/** n distinct profiles; the serial_hint field is dropped so that profiles can compare equal. */
export function syntheticSet(n, seed = 1) {
  const rand = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const a = syntheticAttributes(i, rand);
    delete a.serial_hint;
    a.name = `acme profile ${i}`;
    return a;
  });
}
