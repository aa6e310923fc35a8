import type { CiLevel, CiReport } from './ci-report.js';

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const satisfies Record<CiLevel, string>;

/** Workflow-command message data: `%`, CR and LF escaped (GitHub's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values: as data, plus `:` and `,` (GitHub's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations: `::error file=PATH,title=RULE::message` per item (`::warning`,
 * `::notice` by level), then one plain summary line for the log.
 */
export function renderGithub(report: CiReport): string {
  const lines = report.steps.flatMap((step) => step.items.map((i) =>
    `::${COMMAND[i.level]} file=${escapeProperty(i.file)},title=${escapeProperty(i.rule)}::${escapeData(i.message)}`));
  const count = (level: CiLevel) => report.steps.reduce((n, s) => n + s.items.filter((i) => i.level === level).length, 0);
  lines.push(`devmig ${report.command}: ${count('error')} error(s), ${count('warning')} warning(s) in ${report.steps.length} step(s)`);
  return `${lines.join('\n')}\n`;
}
