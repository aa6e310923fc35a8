// One round of a rollout plan over 10,000 hosts and 100,000 VMs, in a process of its own.
// Every host has one NVIDIA vGPU type (one of 60 RTX 6000-style mdev types on vGPU 16.4, a free
// count of 2 to 6 instances, eight VMs on it) and four QAT 4xxx VFs (two of them running a VM):
// about 300 distinct profiles. The release moves every vGPU type to 16.6 and the QAT VFs to a
// newer PF/VF protocol; under the `compatible` NVIDIA policy every VM can be kept live. Timed:
// the library's planRollout (checker included), as `devmig plan` runs it once the fleet is read.
import { createForwardChecker, planRollout, profileFromAttributes, ruleSetFor } from '../dist/index.js';

const HOSTS = Number(process.env.PLAN_HOSTS ?? 10_000);
const GPU_TYPES = 60;
const GPU_VMS = 8;
const QAT_VFS = 4;
const QAT_VMS = 2;

const gpu = (type, driver, instances) => profileFromAttributes(`nvidia-${type}-${driver}`, {
  available_instances: String(instances),
  description: `num_heads=4, frl_config=60, framebuffer=${1024 * (1 + (type % 4))}M, max_resolution=5120x2880, max_instance=24`,
  device_api: 'vfio-pci',
  mdev_type: `nvidia-${type}`,
  name: `GRID RTX6000-${type}Q`,
  'nvidia/ecc': 'disabled',
  'nvidia/host_driver_version': driver === 'old' ? '535.161.05' : '535.183.04',
  'nvidia/migration': 'supported',
  'nvidia/supported_vgpu_range': driver === 'old' ? '15.0-16.4' : '15.0-16.6',
  'nvidia/vgpu_version': driver === 'old' ? '16.4' : '16.6',
  'parent/device': '0x1e30',
  'parent/vendor': '0x10de',
});

const qat = (pfvf) => profileFromAttributes(`qat-pfvf${pfvf}`, {
  accel_capabilities_mask: '0x41fb20f', device: '0x4941', device_api: 'vfio-pci', driver: 'qat_vfio_pci',
  extended_dc_capabilities: '0x0', 'migration/features': 'stop_copy p2p pre_copy', pfvf_compat_version: String(pfvf),
  ring_to_svc_map: '0x71c', 'rl/asym/cir': '100', 'rl/asym/pir': '200', 'rl/sym/cir': '250', 'rl/sym/pir': '500', vendor: '0x8086',
});

/** The fleet, the VMs and the release (profile objects shared where a real read would share them: one per distinct content). */
export function rolloutInput() {
  const gpus = new Map();
  const gpuProfile = (type, instances) => {
    const key = `${type}/${instances}`;
    if (!gpus.has(key)) gpus.set(key, gpu(type, 'old', instances));
    return gpus.get(key);
  };
  const oldQat = qat(4);
  const hosts = [];
  const vms = [];
  for (let h = 0; h < HOSTS; h++) {
    const name = `host-${String(h).padStart(5, '0')}`;
    const type = 200 + ((h * 7) % GPU_TYPES);
    const entries = [{ entry: `gpu-3b.00.0_nvidia-${type}`, profile: gpuProfile(type, 2 + (Math.floor(h / GPU_TYPES) % 5)) }];
    for (let v = 0; v < QAT_VFS; v++) entries.push({ entry: `qat-vf-6b.00.${v + 1}`, profile: oldQat });
    hosts.push({ name, entries });
    for (let v = 0; v < GPU_VMS; v++) vms.push({ name: `${name}-vdi-${v}`, host: name, devices: [entries[0].entry] });
    for (let v = 0; v < QAT_VMS; v++) vms.push({ name: `${name}-crypto-${v}`, host: name, devices: [entries[1 + v].entry] });
  }
  const release = [{ entry: 'qat', profile: qat(5) }];
  for (let t = 0; t < GPU_TYPES; t++) release.push({ entry: `nvidia-${200 + t}`, profile: gpu(200 + t, 'new', 24) });
  return { hosts, vms, release, distinct: gpus.size + 1 };
}

export function planRound() {
  const input = rolloutInput();
  const opts = { options: { 'nvidia-policy': 'compatible' } };
  const t = performance.now();
  const plan = planRollout(input, createForwardChecker(opts), ruleSetFor(opts));
  const ms = performance.now() - t;
  const moves = plan.waves.reduce((n, w) => n + w.moves.length, 0);
  if (!plan.ok || plan.waves.length !== HOSTS) throw new Error(`expected a clean plan of ${HOSTS} waves, got ${plan.waves.length} waves, ${plan.stranded.length} stranded`);
  return { ms, hosts: HOSTS, vms: input.vms.length, distinct: input.distinct, waves: plan.waves.length, moves };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(planRound())}\n`);
}
