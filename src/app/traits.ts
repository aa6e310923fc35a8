import { readProfile } from '../read/read-profile.js';
import type { TraitsReport } from '../report/report.js';
import { deriveTraits } from '../traits/derive.js';
import type { CheckOptions } from '../types.js';

/** `devmig traits PROFILE...` as a library call: the scheduler traits each profile provides and requires. */
export function traitsReport(profiles: readonly string[], opts: CheckOptions = {}): TraitsReport {
  return { kind: 'traits', profiles: profiles.map((path) => deriveTraits(readProfile(path), opts)), options: opts };
}
