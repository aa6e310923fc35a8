import type { CiReport } from './ci-report.js';
import { renderGithub } from './github.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';

import type { CiFormat } from './ci-format-names.js';

export { CI_FORMATS, isCiFormat, type CiFormat } from './ci-format-names.js';

/** Render a CI report; `exitCode` is recorded where the format has a place for it (SARIF invocations). */
export function renderCiFormat(format: CiFormat, report: CiReport, exitCode: number): string {
  switch (format) {
    case 'sarif': return renderSarif(report, exitCode);
    case 'junit': return renderJunit(report);
    case 'github': return renderGithub(report);
  }
}
