import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';
import { scratch } from './scratch.js';

/** The bundled GVT-g release series: 1.1.0 -> 1.2.0 (no change) -> 1.3.0 drops ppgtt but bumps minor. */
export const BUNDLED_SERIES = join(repoRoot, 'device-profiles/intel-gvt-g/series/i915-GVTg_V5_4');
export const bundledSeriesPresent = existsSync(BUNDLED_SERIES);

const BASE: Record<string, string> = {
  device_api: 'vfio-pci',
  mdev_type: 'i915-GVTg_V5_4',
  name: 'GVTg_V5_4',
  description: 'low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nresolution: 1920x1200\nweight: 4',
  'parent/vendor': '0x8086',
  'parent/device': '0x591d',
  compatible_pci_ids: '591d,5912,591b',
  dynamic_resources: 'aggregator',
  aggregator: '1',
  available_instances: '5',
};

/** Write one sysfs-style release directory. */
export function writeRelease(dir: string, attrs: Record<string, string>): string {
  for (const [name, value] of Object.entries(attrs)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), `${value}\n`);
  }
  return dir;
}

/**
 * A writable copy of the GVT-g series (so a test can add a suppression file beside it): the
 * bundled one when present, else the same three releases built here.
 */
export function gvtSeriesCopy(): string {
  const dir = join(scratch('devmig-series-'), 'i915-GVTg_V5_4');
  if (bundledSeriesPresent) {
    cpSync(BUNDLED_SERIES, dir, { recursive: true });
    return dir;
  }
  for (const [v, pv] of [['1.1.0', 'none+ppgtt+context'], ['1.2.0', 'none+ppgtt+context'], ['1.3.0', 'none+context']] as const) {
    writeRelease(join(dir, `i915-GVTg_V5_4@${v}`), { ...BASE, software_version: v, pv_mode: pv });
  }
  return dir;
}

/** The series to test against: the bundled one (as users run it) or a built copy. */
export function gvtSeries(): string {
  return bundledSeriesPresent ? BUNDLED_SERIES : gvtSeriesCopy();
}

/** A flat `key=value` release file with the GVT-g base attributes. */
export function flatRelease(file: string, version: string, pvMode = 'none+ppgtt+context'): string {
  const attrs: Record<string, string> = { ...BASE, description: 'GVTg_V5_4', software_version: version, pv_mode: pvMode };
  writeFileSync(file, Object.entries(attrs).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  return file;
}
