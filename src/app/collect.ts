import { collect, type CollectOptions } from '../collect/collect.js';
import { writeProfiles } from '../collect/write-profiles.js';
import type { CollectReport } from '../report/report.js';

export interface CollectReportOptions extends CollectOptions {
  /** Also write each profile as a sysfs-style directory under this folder. */
  out?: string;
}

/** `devmig collect` as a library call: the host's profiles under `opts.sysfs`, written under `opts.out` when given. */
export function collectReport(opts: CollectReportOptions = {}): CollectReport {
  const { out, ...collectOpts } = opts;
  const result = collect(collectOpts);
  return out === undefined ? { kind: 'collect', result } : { kind: 'collect', result, written: writeProfiles(result, out) };
}
