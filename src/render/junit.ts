import type { CiItem, CiReport } from './ci-report.js';

/** XML 1.0 text: the five entities escaped, characters XML cannot carry dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const line = (i: CiItem) => `${i.level}: ${i.message} (${i.file})${i.suppression ? ` [suppressed in ${i.suppression.file}: ${i.suppression.reason}]` : ''}`;

/**
 * JUnit XML as GitLab, Jenkins and most CI dashboards read it: a testsuite per step, a
 * testcase per rule that applied (passing ones included); a rule with an error item fails with
 * the first error as the message, warnings and notes go to system-out.
 */
export function renderJunit(report: CiReport): string {
  const suites = report.steps.map((step) => {
    const cases = step.rules.map((rule) => {
      const items = step.items.filter((i) => i.rule === rule);
      const errors = items.filter((i) => i.level === 'error');
      const others = items.filter((i) => i.level !== 'error');
      const body = [
        ...(errors.length ? [`      <failure message="${xml(errors[0]!.message)}" type="${xml(errors[0]!.properties.required ?? 'break')}">${xml(errors.map(line).join('\n'))}</failure>`] : []),
        ...(others.length ? [`      <system-out>${xml(others.map(line).join('\n'))}</system-out>`] : []),
      ];
      const open = `    <testcase classname="${xml(`devmig ${report.command} ${step.key}`)}" name="${xml(rule)}"`;
      return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
    });
    const failures = step.rules.filter((r) => step.items.some((i) => i.rule === r && i.level === 'error')).length;
    return [`  <testsuite name="${xml(step.name)}" tests="${step.rules.length}" failures="${failures}" errors="0" skipped="0">`, ...cases, '  </testsuite>'].join('\n');
  });
  const tests = report.steps.reduce((n, s) => n + s.rules.length, 0);
  const failures = report.steps.reduce((n, s) => n + s.rules.filter((r) => s.items.some((i) => i.rule === r && i.level === 'error')).length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="devmig ${report.command}" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
