import { dirname } from 'node:path';
import { readProfile } from '../../read/read-profile.js';
import { isCiFormat, renderCiFormat } from '../../render/ci-formats.js';
import { ciFromCheck } from '../../render/ci-report.js';
import { renderJson } from '../../render/json.js';
import { renderCheckText } from '../../render/text.js';
import { suppressCheck } from '../../suppress/apply-suppressions.js';
import { suppressionsFor } from '../../suppress/load-suppressions.js';
import { check } from '../../verdict/check.js';
import { ruleSetFor } from '../../verdict/checker.js';
import { checkOptionsFrom } from '../common-options.js';
import { exitCodeForCheck, type ExitCode } from '../exit-code.js';
import { out } from '../run.js';

/** The body of `devmig check`, loaded only when that command runs. */
export function runCheck(argv: Record<string, unknown>): ExitCode {
  const a = argv as unknown as { source: string; target: string; format: string; suppressions?: string };
  const opts = checkOptionsFrom(argv as never);
  const ruleSet = ruleSetFor(opts);
  const suppressions = suppressionsFor(dirname(a.target), ruleSet, a.suppressions);
  const result = suppressCheck(check(readProfile(a.source), readProfile(a.target), opts), suppressions);
  const code = exitCodeForCheck(result);
  out(isCiFormat(a.format) ? renderCiFormat(a.format, ciFromCheck(result, ruleSet), code)
    : a.format === 'json' ? renderJson(result) : renderCheckText(result));
  return code;
}
