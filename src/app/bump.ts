import { dirname } from 'node:path';
import { readProfile } from '../read/read-profile.js';
import { packOf } from '../render/ci-report.js';
import type { BumpReport, SeriesReport } from '../report/report.js';
import { bumpSeries } from '../series/bump-series.js';
import { discoverSeries } from '../series/discover-series.js';
import { suppressBump } from '../suppress/apply-suppressions.js';
import { suppressionsFor } from '../suppress/load-suppressions.js';
import { bump, type BumpOptions } from '../verdict/bump.js';
import { ruleSetFor } from '../verdict/checker.js';
import type { SuppressionOptions } from './check.js';

/**
 * `devmig bump OLD NEW` as a library call: does NEW's declared version bump cover its changes
 * since OLD, with the suppressions of NEW's folder (or `opts.suppressions`) applied.
 */
export function bumpReport(oldPath: string, newPath: string, opts: BumpOptions & SuppressionOptions = {}): BumpReport {
  const ruleSet = ruleSetFor(opts);
  const [oldProfile, newProfile] = [readProfile(oldPath), readProfile(newPath)];
  const result = suppressBump(bump(oldProfile, newProfile, opts, ruleSet), suppressionsFor(dirname(newPath), ruleSet, opts.suppressions));
  return { kind: 'bump', result, ruleSet, pack: packOf(ruleSet, newProfile, oldProfile) };
}

/**
 * `devmig bump --series DIR` as a library call: every consecutive pair of the folder's
 * releases, oldest first, with the folder's suppressions (or `opts.suppressions`) applied.
 */
export function seriesReport(dir: string, opts: BumpOptions & SuppressionOptions = {}): SeriesReport {
  const ruleSet = ruleSetFor(opts);
  const releases = discoverSeries(dir, ruleSet);
  const result = bumpSeries(dir, releases, opts, suppressionsFor(dir, ruleSet, opts.suppressions), ruleSet);
  return { kind: 'series', result, ruleSet, pack: packOf(ruleSet, ...releases.map((r) => r.profile).reverse()) };
}
