import { scratch } from './scratch.js';
import { SysfsTree } from './sysfs-tree.js';

/** The mdev UUID of the GVT-g vGPU in test/fixtures/libvirt/gvt-g-guest.xml. */
export const GVT_UUID = 'c2177883-f1bb-47f0-914d-32a22e3a8804';
export const GVT_PARENT = '0000:00:02.0';

export const GVT_TYPES = {
  V5_2: { description: 'low_gm_size: 256MB\nhigh_gm_size: 1024MB\nfence: 4\nresolution: 1920x1200\nweight: 8' },
  V5_4: { description: 'low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nresolution: 1920x1200\nweight: 4' },
} as const;
export type GvtType = keyof typeof GVT_TYPES;

/**
 * A host with a Kaby Lake GVT-g parent offering `types`, and, when `running` names one, the
 * mdev UUID created as that type (`bus/mdev/devices/<uuid>` linking to `<parent>/<uuid>`, whose
 * `mdev_type` links to the type), as on a source running the guest or a target prepared for it.
 */
export function gvtHost(types: GvtType[], running?: GvtType): SysfsTree {
  const s = new SysfsTree(scratch('devmig-gvt-sysfs-'));
  s.pciDevice(GVT_PARENT, { vendor: '0x8086', device: '0x5912', class: '0x030000' }, { driver: 'i915' });
  for (const ty of types) {
    // A GVT-g driver that implements the 2020 interface (software_version), as the bundled GVT-g profiles do: mainline kvmgt.c has no migration at all.
    s.mdevType(GVT_PARENT, `i915-GVTg_${ty}`, { device_api: 'vfio-pci', name: `GVTg_${ty}`, ...GVT_TYPES[ty], available_instances: '2', software_version: '1.2.0' });
  }
  if (running !== undefined) {
    const dev = `devices/pci0000:00/${GVT_PARENT}/${GVT_UUID}`;
    s.link(`${dev}/mdev_type`, `../mdev_supported_types/i915-GVTg_${running}`)
      .file(`${dev}/remove`, '', 0o200)
      .link(`bus/mdev/devices/${GVT_UUID}`, `../../../${dev}`);
  }
  return s;
}
