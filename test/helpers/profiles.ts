import { join } from 'node:path';
import { profileFromAttributes } from '../../src/read/read-profile.js';
import type { Finding, Profile } from '../../src/types.js';
import { repoRoot } from './cli.js';

/** What a device whose driver implements every VFIO migration feature states (migration-capability.md section 1). */
export const MIGRATES = { 'migration/features': 'stop_copy p2p pre_copy' } as const;

/**
 * An in-memory profile: `device_api` vfio-pci, a driver that states full VFIO migration (so a
 * test of another rule sees that rule alone), plus `attrs`.
 */
export function prof(name: string, attrs: Record<string, string>): Profile {
  return profileFromAttributes(name, { device_api: 'vfio-pci', ...MIGRATES, ...attrs });
}

/** A bundled profile's path under device-profiles/. */
export const bundled = (rel: string): string => join(repoRoot, 'device-profiles', rel);

/** The findings of one rule id, or about one attribute. */
export const byRule = (findings: readonly Finding[], rule: string): Finding[] => findings.filter((f) => f.rule === rule);
export const byAttr = (findings: readonly Finding[], attribute: string): Finding[] => findings.filter((f) => f.attribute === attribute);
export const breaks = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'break');
