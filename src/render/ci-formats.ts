import type { CiReport } from './ci-report.js';
import { renderGithub } from './github.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';

/** Machine formats for CI, beside text and json; each renders the same CiReport. */
export const CI_FORMATS = ['sarif', 'junit', 'github'] as const;
export type CiFormat = (typeof CI_FORMATS)[number];

export function isCiFormat(format: string): format is CiFormat {
  return (CI_FORMATS as readonly string[]).includes(format);
}

/** Render a CI report; `exitCode` is recorded where the format has a place for it (SARIF invocations). */
export function renderCiFormat(format: CiFormat, report: CiReport, exitCode: number): string {
  switch (format) {
    case 'sarif': return renderSarif(report, exitCode);
    case 'junit': return renderJunit(report);
    case 'github': return renderGithub(report);
  }
}
