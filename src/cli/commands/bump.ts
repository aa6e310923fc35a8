import { dirname } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { readProfile } from '../../read/read-profile.js';
import { CI_FORMATS, isCiFormat, renderCiFormat } from '../../render/ci-formats.js';
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
import { checkOptionsFrom, formatOption, withRuleOptions } from '../common-options.js';
import { ExitCode, exitCodeForBump } from '../exit-code.js';
import { out, runCommand } from '../run.js';

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

export const bumpCommand: CommandModule = {
  command: 'bump [old] [new]',
  describe: 'Does NEW\'s version bump match its changes since OLD (or each step of --series DIR)?',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('old', { type: 'string', describe: 'Profile of the old release' })
    .positional('new', { type: 'string', describe: 'Profile of the new release' })
    .option('series', { type: 'string', describe: 'Folder with one profile per release (subdirectories or files), checked pair by pair in semver order' })
    .option('policy', { type: 'string', choices: ['rename-on-major'], describe: 'Also require a new type name when the required bump is major' })
    .option('format', formatOption(['text', 'json', ...CI_FORMATS]))
    .option('suppressions', { type: 'string', describe: 'Suppression file (default: devmig.toml or .devmig.json in the series folder, or in NEW\'s parent folder)' })
    .check((argv) => {
      if (argv.series !== undefined && (argv.old !== undefined || argv.new !== undefined)) throw new Error('give either OLD NEW or --series DIR, not both');
      if (argv.series === undefined && (argv.old === undefined || argv.new === undefined)) throw new Error('name the two releases (devmig bump OLD NEW) or a folder of releases (--series DIR)');
      return true;
    }),
  handler: (argv) => runCommand(() => {
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
  }),
};
