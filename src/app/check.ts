import { dirname } from 'node:path';
import { readProfile } from '../read/read-profile.js';
import type { CheckReport } from '../report/report.js';
import { suppressCheck } from '../suppress/apply-suppressions.js';
import { suppressionsFor } from '../suppress/load-suppressions.js';
import type { CheckOptions } from '../types.js';
import { check } from '../verdict/check.js';
import { ruleSetFor } from '../verdict/checker.js';

/** Where the suppressions come from: a named file, else devmig.toml or .devmig.json beside the profiles. */
export interface SuppressionOptions {
  /** A suppression file to use instead of the one found beside the profiles. */
  suppressions?: string;
}

/**
 * `devmig check SOURCE TARGET` as a library call: both profiles read from their paths, checked
 * in both directions, and the suppressions of TARGET's folder (or `opts.suppressions`) applied,
 * so the verdict is the one the command line reports.
 */
export function checkReport(source: string, target: string, opts: CheckOptions & SuppressionOptions = {}): CheckReport {
  const ruleSet = ruleSetFor(opts);
  const suppressions = suppressionsFor(dirname(target), ruleSet, opts.suppressions);
  return { kind: 'check', result: suppressCheck(check(readProfile(source), readProfile(target), opts, ruleSet), suppressions), ruleSet };
}
