import { hostname } from 'node:os';
import { packageInfo } from '../generated/package-info.js';
import type { CiItem, CiReport } from './ci-report.js';

/** XML 1.0 text: the five entities escaped, characters XML cannot carry dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** `name="value"` pairs, values escaped. */
const attrs = (pairs: Record<string, string | number>) => Object.entries(pairs).map(([k, v]) => `${k}="${xml(String(v))}"`).join(' ');

/** `<name>text</name>`, or `<name/>` when there is no text. */
const element = (indent: string, name: string, text: string) => (text ? `${indent}<${name}>${xml(text)}</${name}>` : `${indent}<${name}/>`);

const line = (i: CiItem) => `${i.level}: ${i.message} (${i.file})${i.suppression ? ` [suppressed in ${i.suppression.file}: ${i.suppression.reason}]` : ''}`;

/** When and where the run happened, as both JUnit schemas want them on every suite. */
export interface JunitRun {
  /** `YYYY-MM-DDTHH:MM:SS`, UTC, no zone (Ant's schema allows none). */
  timestamp: string;
  hostname: string;
}

/** Now (or `SOURCE_DATE_EPOCH`, for reproducible documents) and this host's name. */
export function currentRun(): JunitRun {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const when = process.env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) ? new Date(epoch * 1000) : new Date();
  return { timestamp: when.toISOString().slice(0, 19), hostname: hostname() || 'localhost' };
}

interface Suite {
  name: string;
  properties: Record<string, string>;
  /** Each testcase's lines, already rendered. */
  cases: string[];
  failures: number;
  errors: number;
  out: string;
  err: string;
}

/**
 * The document both JUnit schemas accept (Jenkins xunit's junit-10.xsd and Ant's JUnit.xsd,
 * checked in the tests with xmllint): a bare `<testsuites>`, and per suite the attributes
 * Ant requires, `<properties>`, the testcases, `<system-out>`, `<system-err>`, in that order.
 * devmig does not time its rules: every `time` is 0.
 */
function document(command: string, suites: Suite[], run: JunitRun): string {
  const body = suites.flatMap((s, id) => [
    `  <testsuite ${attrs({ name: s.name, tests: s.cases.length, failures: s.failures, errors: s.errors, skipped: 0, time: 0, timestamp: run.timestamp, hostname: run.hostname, id, package: `devmig.${command}` })}>`,
    '    <properties>',
    ...Object.entries({ 'devmig.version': packageInfo.version, ...s.properties }).map(([name, value]) => `      <property ${attrs({ name, value })}/>`),
    '    </properties>',
    ...s.cases,
    element('    ', 'system-out', s.out),
    element('    ', 'system-err', s.err),
    '  </testsuite>',
  ]);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>', ...body, '</testsuites>', ''].join('\n');
}

const testcase = (classname: string, name: string, outcome?: string) =>
  `    <testcase ${attrs({ classname, name, time: 0 })}${outcome ? `>\n      ${outcome}\n    </testcase>` : '/>'}`;

/**
 * JUnit XML as GitLab, Jenkins and most CI dashboards read it: a testsuite per step, a
 * testcase per rule that applied (passing ones included); a rule with an error item fails with
 * the first error as the message; warnings and notes go to the suite's system-out (a testcase
 * holds at most one outcome in Ant's schema).
 */
export function renderJunit(report: CiReport, run: JunitRun = currentRun()): string {
  const suites = report.steps.map((step): Suite => {
    let failures = 0;
    const cases = step.rules.map((rule) => {
      const errors = step.items.filter((i) => i.rule === rule && i.level === 'error');
      if (errors.length === 0) return testcase(`devmig ${report.command} ${step.key}`, rule);
      failures++;
      const first = errors[0]!;
      return testcase(`devmig ${report.command} ${step.key}`, rule,
        `<failure ${attrs({ message: first.message, type: first.properties.required ?? 'break' })}>${xml(errors.map(line).join('\n'))}</failure>`);
    });
    const others = step.items.filter((i) => i.level !== 'error').map((i) => `${i.rule}: ${line(i)}`);
    return { name: step.name, properties: { step: step.key }, cases, failures, errors: 0, out: others.join('\n'), err: '' };
  });
  return document(report.command, suites, run);
}

/**
 * The document of a run that could not judge (exit 101): one testcase in error carrying the
 * message, so a dashboard fed `if: always()` shows why instead of a missing or empty file.
 */
export function renderJunitError(command: string, message: string, run: JunitRun = currentRun()): string {
  const error = `<error ${attrs({ message, type: 'input-error' })}>${xml(message)}</error>`;
  return document(command, [{ name: `devmig ${command}`, properties: {}, cases: [testcase(`devmig ${command}`, 'input', error)], failures: 0, errors: 1, out: '', err: `devmig: ${message}` }], run);
}
