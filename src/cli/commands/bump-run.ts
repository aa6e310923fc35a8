import { dirname } from 'node:path';
import { readProfile } from '../../read/read-profile.js';
import { isCiFormat, renderCiFormat } from '../../render/ci-formats.js';
import { ciFromBump, ciFromSeries, packOf } from '../../render/ci-report.js';
import { renderJson } from '../../render/json.js';
import { renderBumpText } from '../../render/text.js';
import { bumpSeries } from '../../series/bump-series.js';
import { discoverSeries } from '../../series/discover-series.js';
import { renderSeriesText } from '../../series/render-series-text.js';
import { suppressBump } from '../../suppress/apply-suppressions.js';
import { suppressionsFor } from '../../suppress/load-suppressions.js';
import { bump, type BumpOptions, type BumpPolicy } from '../../verdict/bump.js';
import { ruleSetFor } from '../../verdict/checker.js';
import { checkOptionsFrom } from '../common-options.js';
import { ExitCode, exitCodeForBump } from '../exit-code.js';
import { out } from '../run.js';

interface BumpArgs { old?: string; new?: string; series?: string; format: string; policy?: BumpPolicy; suppressions?: string }

/** `bump --series DIR`: every consecutive pair of the folder's releases, oldest first. */
function runSeries(a: BumpArgs & { series: string }, opts: BumpOptions): ExitCode {
  const ruleSet = ruleSetFor(opts);
  const releases = discoverSeries(a.series, ruleSet);
  const result = bumpSeries(a.series, releases, opts, suppressionsFor(a.series, ruleSet, a.suppressions));
  const code = result.ok ? ExitCode.ok : ExitCode.failed;
  const pack = packOf(ruleSet, ...releases.map((r) => r.profile).reverse());
  out(isCiFormat(a.format) ? renderCiFormat(a.format, ciFromSeries(result, ruleSet, pack), code)
    : a.format === 'json' ? renderJson(result) : renderSeriesText(result));
  return code;
}

/** The body of `devmig bump`, loaded only when that command runs. */
export function runBump(argv: Record<string, unknown>): ExitCode {
  const a = argv as unknown as BumpArgs;
  const opts: BumpOptions = { ...checkOptionsFrom(argv as never), ...(a.policy ? { policy: a.policy } : {}) };
  if (a.series !== undefined) return runSeries({ ...a, series: a.series }, opts);
  const ruleSet = ruleSetFor(opts);
  const [oldProfile, newProfile] = [readProfile(a.old!), readProfile(a.new!)];
  const result = suppressBump(bump(oldProfile, newProfile, opts), suppressionsFor(dirname(a.new!), ruleSet, a.suppressions));
  const code = exitCodeForBump(result);
  out(isCiFormat(a.format) ? renderCiFormat(a.format, ciFromBump(result, ruleSet, packOf(ruleSet, newProfile, oldProfile)), code)
    : a.format === 'json' ? renderJson(result) : renderBumpText(result));
  return code;
}
