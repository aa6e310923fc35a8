import { dirname } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { readProfile } from '../../read/read-profile.js';
import { CI_FORMATS, isCiFormat, renderCiFormat } from '../../render/ci-formats.js';
import { ciFromCheck } from '../../render/ci-report.js';
import { renderJson } from '../../render/json.js';
import { renderCheckText } from '../../render/text.js';
import { suppressCheck } from '../../suppress/apply-suppressions.js';
import { suppressionsFor } from '../../suppress/load-suppressions.js';
import { check } from '../../verdict/check.js';
import { ruleSetFor } from '../../verdict/checker.js';
import { checkOptionsFrom, formatOption, withRuleOptions } from '../common-options.js';
import { exitCodeForCheck } from '../exit-code.js';
import { out, runCommand } from '../run.js';

export const CHECK_FORMATS = ['text', 'json', ...CI_FORMATS] as const;

export const checkCommand: CommandModule = {
  command: 'check <source> <target>',
  describe: 'Can a device running as SOURCE migrate to TARGET? Every reason, tier, rollback',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('source', { type: 'string', demandOption: true, describe: 'Source profile (directory, JSON or key=value file)' })
    .positional('target', { type: 'string', demandOption: true, describe: 'Target profile' })
    .option('format', formatOption(CHECK_FORMATS))
    .option('suppressions', { type: 'string', describe: 'Suppression file (default: devmig.toml or .devmig.json in TARGET\'s parent folder)' }),
  handler: (argv) => runCommand(() => {
    const a = argv as unknown as { source: string; target: string; format: string; suppressions?: string };
    const opts = checkOptionsFrom(argv as never);
    const ruleSet = ruleSetFor(opts);
    const suppressions = suppressionsFor(dirname(a.target), ruleSet, a.suppressions);
    const result = suppressCheck(check(readProfile(a.source), readProfile(a.target), opts), suppressions);
    const code = exitCodeForCheck(result);
    out(isCiFormat(a.format) ? renderCiFormat(a.format, ciFromCheck(result, ruleSet), code)
      : a.format === 'json' ? renderJson(result) : renderCheckText(result));
    return code;
  }),
};
