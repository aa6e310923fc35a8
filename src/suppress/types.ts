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
