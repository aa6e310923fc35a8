import type { ExampleRun, OwnRuleReport, RuleListReport, RuleReport } from '../report/report.js';
import { renderJson } from './json.js';
import { failureEffect } from './rule-effect.js';
import { findingLine } from './text.js';

function attrs(a: Record<string, string>): string {
  return Object.entries(a).map(([k, v]) => `${k}=${JSON.stringify(v).slice(1, -1)}`).join('  ');
}

function unreadableText(names: readonly string[] | undefined): string {
  return names?.length ? `  (unreadable: ${names.join(', ')})` : '';
}

function exampleBlock(title: string, run: ExampleRun, ruleId: string): string[] {
  return [
    `${title}:`,
    `  source: ${attrs(run.source)}${unreadableText(run.unreadable?.source)}`,
    `  target: ${attrs(run.target)}${unreadableText(run.unreadable?.target)}`,
    ...(run.findings.length ? run.findings.map((f) => `  devmig:${findingLine(f).slice(1)}`) : [`  devmig: no finding from ${ruleId}`]),
  ];
}

/** Every rule id with its title, ids in one column. */
export function renderRuleListText(r: RuleListReport): string {
  const width = Math.max(...r.rules.map((x) => x.id.length));
  return r.rules.map((x) => `${x.id.padEnd(width)}  ${x.title}`).join('\n') + '\n';
}

/** The long form of one rule, as `cargo semver-checks --explain` prints a lint. */
export function renderRuleText(r: RuleReport): string {
  const { id } = r.rule;
  const s = r.rule.spec;
  return [
    `${id}: ${s.title}`,
    '',
    `Purpose:    ${s.purpose}`,
    `Compares:   ${r.compares}`,
    `On failure: ${failureEffect(s)}`,
    `Bump:       a release that trips it old -> new needs a ${s.bump} version bump`,
    `Reference:  ${s.reference}`,
    `Pack:       ${r.pack.id} (${r.pack.title})`,
    '',
    ...exampleBlock('Example that passes', r.example.pass, id),
    '',
    ...exampleBlock(s.compare === 'informational' ? 'Example of a change it ignores' : 'Example that fails', r.example.fail, id),
    '',
  ].join('\n');
}

/** The rule as pack rules are shown in JSON: its spec with the full id, its pack and the example runs. */
export function renderRuleJson(r: RuleReport): string {
  return renderJson({ ...r.rule.spec, id: r.rule.id, pack: r.rule.pack, example: r.example });
}

export function renderOwnRuleText(r: OwnRuleReport): string {
  return [`${r.id}: ${r.rule.title}`, '', `Purpose:    ${r.rule.purpose}`, `On failure: an error: the run fails (exit 100) until the suppression is renewed or removed`, `Reference:  ${r.rule.reference}`, ''].join('\n');
}
