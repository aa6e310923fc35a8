// The incoming-migration hook's inputs, as on a real destination: a sysfs tree with a Kaby
// Lake GVT-g parent offering two types, and the guest's domain XML carrying the devmig
// metadata `devmig annotate` wrote on a source running the guest as i915-GVTg_V5_4.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PARENT = '0000:00:02.0';
const UUID = 'c2177883-f1bb-47f0-914d-32a22e3a8804';
const BUS = 'devices/pci0000:00';
const TYPES = {
  V5_2: 'low_gm_size: 256MB\nhigh_gm_size: 1024MB\nfence: 4\nresolution: 1920x1200\nweight: 8',
  V5_4: 'low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nresolution: 1920x1200\nweight: 4',
};

function file(root, rel, text, mode) {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  if (mode !== undefined) chmodSync(p, mode);
}
function link(root, rel, target) {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  symlinkSync(target, p);
}

/** A GVT-g host as sysfs lays it out (the same shape as test/helpers/sysfs-tree.ts builds). */
function gvtHost(root, running) {
  const dev = `${BUS}/${PARENT}`;
  for (const [k, v] of Object.entries({ vendor: '0x8086', device: '0x5912', class: '0x030000', irq: '41', numa_node: '-1' })) file(root, `${dev}/${k}`, `${v}\n`);
  file(root, `${dev}/config`, Buffer.alloc(256));
  file(root, `${dev}/remove`, '', 0o200);
  link(root, `${dev}/subsystem`, '../../../bus/pci');
  link(root, `bus/pci/devices/${PARENT}`, `../../../${dev}`);
  mkdirSync(join(root, 'bus/pci/drivers/i915'), { recursive: true });
  link(root, `${dev}/driver`, '../../../bus/pci/drivers/i915');
  for (const [ty, description] of Object.entries(TYPES)) {
    const dir = `${dev}/mdev_supported_types/i915-GVTg_${ty}`;
    // software_version: a GVT-g driver with the 2020 interface, which migrates (mainline kvmgt.c has no migration ops).
    for (const [k, v] of Object.entries({ device_api: 'vfio-pci', name: `GVTg_${ty}`, description, available_instances: '2', software_version: '1.2.0' })) file(root, `${dir}/${k}`, `${v}\n`);
    mkdirSync(join(root, dir, 'devices'), { recursive: true });
    file(root, `${dir}/create`, '', 0o200);
  }
  link(root, `class/mdev_bus/${PARENT}`, `../../${dev}`);
  if (running) {
    const mdev = `${dev}/${UUID}`;
    link(root, `${mdev}/mdev_type`, `../mdev_supported_types/i915-GVTg_${running}`);
    file(root, `${mdev}/remove`, '', 0o200);
    link(root, `bus/mdev/devices/${UUID}`, `../../../${mdev}`);
  }
  return root;
}

/** Build the fixture; returns the hook's argv (after `bin/devmig.js`), its stdin and environment. */
export function hookFixture(root, devmig) {
  const base = mkdtempSync(join(tmpdir(), 'devmig-bench-hook-'));
  const source = gvtHost(join(base, 'source'), 'V5_4');
  const target = gvtHost(join(base, 'target'));
  const xml = readFileSync(join(root, 'test/fixtures/libvirt/gvt-g-guest.xml'), 'utf8');
  const env = { ...process.env, DEVMIG_HOOK_CONFIG: '' };
  const a = spawnSync(process.execPath, [devmig, 'annotate', '--sysfs', source], { input: xml, encoding: 'utf8', env });
  if (a.status !== 0) throw new Error(`annotate failed: ${a.stderr}`);
  const input = xml.replace('</metadata>', `${a.stdout.trimEnd()}\n  </metadata>`);
  writeFileSync(join(base, 'guest1.xml'), input);
  return { base, args: ['hook', 'qemu', 'guest1', 'migrate', 'begin', '-', '--sysfs', target], input, env };
}
