import { normalize } from '../normalize/normalized-profile.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Profile } from '../types.js';

/** A device attribute that names the driver a VF is bound to: with the VF's `device` id it is the VF's type. */
const DRIVER = 'driver';

/**
 * The device type a release profile stands in for (migration-capability.md section 4): the
 * type attribute of the profile's pack (`nvidia/vgpu_type`, or a VF's `device`, which is read
 * with its `driver`), else the standard one (`mdev_type`). Two profiles of one type get the
 * same key; null when the profile states no type. The type attributes come from the packs
 * (rules with role `type`), so a pack's own type needs no code here.
 */
export function deviceTypeOf(profile: Profile, ruleSet: RuleSet): string | null {
  const p = normalize(profile);
  const family = ruleSet.familyOf(p);
  const typeAttributes = (pack: string) => ruleSet.rules(pack).filter((r) => r.spec.role === 'type').flatMap((r) => r.spec.match.attributes ?? []);
  for (const attrs of [family === null ? [] : typeAttributes(family), typeAttributes('standard')]) {
    const attr = attrs.find((a) => p.get(a) !== undefined);
    if (attr === undefined) continue;
    const value = p.get(attr)!.trim().toLowerCase();
    // A mdev type name is the whole type; a PCI id is one only under its driver.
    const driver = p.get(DRIVER);
    return JSON.stringify([family, attr, value, ...(driver === undefined ? [] : [driver.trim()])]);
  }
  return null;
}

/** The type as a person reads it (`mdev_type nvidia-256`, `device 0x4941 (qat_vfio_pci)`). */
export function describeDeviceType(key: string): string {
  const [, attr, value, driver] = JSON.parse(key) as [string | null, string, string, string?];
  return driver === undefined ? `${attr} ${value}` : `${attr} ${value} (${driver})`;
}
