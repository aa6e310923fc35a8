import type { Bump, Finding, Severity } from '../types.js';

/** One entry of a suppression file (schema/suppressions.schema.json). */
export interface Suppression {
  rule: string;
  attributes: string[];
  level: 'warn' | 'allow';
  reason: string;
  /** Last day it applies, YYYY-MM-DD. */
  expires?: string;
}

/** A suppression file, read and split into what applies today and what has expired. */
export interface SuppressionSet {
  file: string;
  active: Suppression[];
  /** One `suppress/expired` break per expired entry: an expired suppression fails the run. */
  expired: Finding[];
}

/** Set on a finding or change a suppression lowered (the `suppressed` object of the output schemas). */
export interface SuppressionMark<Was extends Severity | Bump> {
  reason: string;
  /** Severity (findings) or required bump (changes) before the suppression. */
  was: Was;
  level: Suppression['level'];
  expires?: string;
  file: string;
}

export type SuppressedFinding = Finding & { suppressed?: SuppressionMark<Severity>; file?: string };

/** The rule id of the finding an expired suppression becomes. */
export const EXPIRED_RULE = 'suppress/expired';

/** devmig's own rules about suppressions, described the way pack rules are (for explain, SARIF, JUnit). */
export const SUPPRESSION_RULES = {
  [EXPIRED_RULE]: {
    title: 'Suppression has expired',
    purpose: 'Checks that every suppression in devmig.toml / .devmig.json is still within its expires date, so an accepted break is looked at again instead of being hidden for good.',
    blocks: 'live',
    bump: 'major',
    reference: 'devmig docs/ci.md (suppressions)',
  },
} as const satisfies Record<string, { title: string; purpose: string; blocks: 'live' | 'cold'; bump: Bump; reference: string }>;
