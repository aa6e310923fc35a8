import { exitCodeFor, type Report, type ReportKind, type ReportOf } from '../report/report.js';
import { ciFromBump, ciFromCheck, ciFromSeries } from './ci-report.js';
import { collectInventory, renderCollectText } from './collect.js';
import { renderOwnRuleText, renderRuleJson, renderRuleListText, renderRuleText } from './explain.js';
import type { FormatOf, StreamedKind } from './formats.js';
import { renderGithub } from './github.js';
import { renderHookText } from './hook.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMatrixJson, renderMatrixNdjson, renderMatrixText } from './matrix.js';
import { renderSarif } from './sarif.js';
import { renderSeriesText } from './series-text.js';
import type { Piece } from './streamed.js';
import { renderBumpText, renderCheckText } from './text.js';
import { renderVmText } from './vm.js';
import { renderNfd, renderPlacement, renderTraitsJson } from './traits.js';

/** What rendering a report of kind K gives: the pieces of a streamed document, or the whole one. */
export type RenderedOf<K extends ReportKind> = K extends StreamedKind ? Iterable<Piece> : string;
/** Settings a format takes besides the report. */
export interface RenderOptions {
  /** SARIF's `automationDetails.id` category (`--sarif-category`). */
  sarifCategory?: string;
}
type Renderer<K extends ReportKind> = (report: ReportOf<K>, opts: RenderOptions) => RenderedOf<K>;
type Registry = { readonly [K in ReportKind]: { readonly [F in FormatOf<K>]: Renderer<K> } };

/**
 * Every (report kind, format) and its renderer: the one place a new format or a new command's
 * output is added. Typed against FORMATS (formats.ts), so a format without a renderer, or a
 * renderer for a format no command offers, does not compile.
 */
const RENDERERS: Registry = {
  check: {
    text: (r) => renderCheckText(r.result),
    json: (r) => renderJson(r.result),
    sarif: (r, o) => renderSarif(ciFromCheck(r.result, r.ruleSet), exitCodeFor(r), { category: o.sarifCategory }),
    junit: (r) => renderJunit(ciFromCheck(r.result, r.ruleSet)),
    github: (r) => renderGithub(ciFromCheck(r.result, r.ruleSet)),
  },
  bump: {
    text: (r) => renderBumpText(r.result),
    json: (r) => renderJson(r.result),
    sarif: (r, o) => renderSarif(ciFromBump(r.result, r.ruleSet, r.pack), exitCodeFor(r), { category: o.sarifCategory }),
    junit: (r) => renderJunit(ciFromBump(r.result, r.ruleSet, r.pack)),
    github: (r) => renderGithub(ciFromBump(r.result, r.ruleSet, r.pack)),
  },
  series: {
    text: (r) => renderSeriesText(r.result),
    json: (r) => renderJson(r.result),
    sarif: (r, o) => renderSarif(ciFromSeries(r.result, r.ruleSet, r.pack), exitCodeFor(r), { category: o.sarifCategory }),
    junit: (r) => renderJunit(ciFromSeries(r.result, r.ruleSet, r.pack)),
    github: (r) => renderGithub(ciFromSeries(r.result, r.ruleSet, r.pack)),
  },
  collect: {
    text: (r) => renderCollectText(r.result, r.written),
    json: (r) => renderJson(collectInventory(r.result, r.written)),
  },
  matrix: {
    text: renderMatrixText,
    json: renderMatrixJson,
    ndjson: renderMatrixNdjson,
  },
  traits: {
    placement: (r) => renderPlacement(r.profiles),
    nfd: (r) => renderNfd(r.profiles),
    json: (r) => renderTraitsJson(r.profiles, r.options),
  },
  'rule-list': {
    text: renderRuleListText,
    json: (r) => renderJson(r.rules),
  },
  rule: {
    text: renderRuleText,
    json: renderRuleJson,
  },
  'own-rule': {
    text: renderOwnRuleText,
    json: (r) => renderJson({ id: r.id, title: r.rule.title, purpose: r.rule.purpose, blocks: r.rule.blocks, bump: r.rule.bump, reference: r.rule.reference }),
  },
  annotate: {
    xml: (r) => `${r.annotation.element}\n`,
    virsh: (r) => `${r.annotation.virsh}\n`,
  },
  vm: {
    text: renderVmText,
    json: (r) => renderJson(r.result),
  },
  hook: {
    text: renderHookText,
  },
};

/** `report` in `format`: a document, or the pieces of a streamed one (matrix). */
export function render<R extends Report>(report: R, format: FormatOf<R['kind']>, opts: RenderOptions = {}): RenderedOf<R['kind']> {
  // RENDERERS' type gives each kind's renderers that kind's report; TypeScript cannot follow
  // report.kind from the report to its row, so the row is read as taking R.
  const renderers = RENDERERS[report.kind] as Readonly<Record<FormatOf<R['kind']>, (report: R, opts: RenderOptions) => RenderedOf<R['kind']>>>;
  return renderers[format](report, opts);
}
