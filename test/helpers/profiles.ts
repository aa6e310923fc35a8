import { join } from 'node:path';
import { profileFromAttributes } from '../../src/read/read-profile.js';
import type { Finding, Profile } from '../../src/types.js';
import { repoRoot } from './cli.js';

/** An in-memory profile: `device_api` vfio-pci plus `attrs` (pass `device_api: undefined`-free maps). */
export function prof(name: string, attrs: Record<string, string>): Profile {
  return profileFromAttributes(name, { device_api: 'vfio-pci', ...attrs });
}

/** A bundled profile's path under device-profiles/. */
export const bundled = (rel: string): string => join(repoRoot, 'device-profiles', rel);

/** The findings of one rule id, or about one attribute. */
export const byRule = (findings: readonly Finding[], rule: string): Finding[] => findings.filter((f) => f.rule === rule);
export const byAttr = (findings: readonly Finding[], attribute: string): Finding[] => findings.filter((f) => f.attribute === attribute);
export const breaks = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'break');
