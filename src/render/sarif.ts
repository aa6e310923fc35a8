import { createHash } from 'node:crypto';
import { packageInfo } from '../generated/package-info.js';
import { isDir, type CiItem, type CiReport, type CiRule, type CiStep } from './ci-report.js';
import { failureEffect } from './rule-effect.js';

/** A relative path as a SARIF uri-reference: each segment percent-encoded, `@`, `+`, `,`, `=` kept readable (`:` stays encoded so no segment reads as a scheme). */
function uriOf(path: string): string {
  return path.split('/').map((seg) => encodeURIComponent(seg).replace(/%(40|2B|2C|3D)/g, (m) => decodeURIComponent(m))).join('/');
}

function ruleDescriptor(r: CiRule) {
  const help = [
    r.purpose,
    `On failure: ${failureEffect(r)}; a release that trips it needs a ${r.bump} version bump.`,
    r.reference ? `Reference: ${r.reference}.` : '',
    `Details and an example: devmig explain ${r.id}`,
  ].filter(Boolean).join(' ');
  return {
    id: r.id,
    shortDescription: { text: r.title },
    ...(r.purpose ? { fullDescription: { text: r.purpose } } : {}),
    help: { text: help },
    defaultConfiguration: { level: r.level },
    properties: { tags: [r.id.split('/')[0]!], blocks: r.blocks, bump: r.bump },
  };
}

/**
 * `automationDetails.id`: the category before the last `/` (GitHub code scanning replaces an
 * earlier upload of the same category only), `devmig/<command>` unless one is named.
 */
function automationId(command: string, category: string | undefined): string {
  const c = category ?? `devmig/${command}`;
  return c.endsWith('/') ? c : `${c}/`;
}

/** The one run of a devmig SARIF log, around its results and its invocation. */
function sarifLog(command: string, category: string | undefined, rules: CiRule[], invocation: object, results: object[]): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: packageInfo.name, version: packageInfo.version, informationUri: packageInfo.homepage, rules: rules.map(ruleDescriptor) } },
      automationDetails: { id: automationId(command, category) },
      invocations: [invocation],
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A fingerprint per result, stable across runs (rule, step, attribute, file, change) and unique
 * within the log: results alike in all of those are told apart by their order.
 */
function fingerprints(report: CiReport): (step: CiStep, item: CiItem) => string {
  const seen = new Map<string, number>();
  return (step, item) => {
    const key = [report.command, step.key, item.rule, item.attribute, item.file, item.properties.change ?? ''].join('\0');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  };
}

/**
 * Where a result points: the attribute file (line 1: an attribute file holds one value), or the
 * profile folder when neither side has the attribute; the attribute as a logical location.
 */
function locationOf(item: CiItem) {
  const dir = isDir(item.file);
  return {
    physicalLocation: {
      artifactLocation: { uri: `${uriOf(item.file)}${dir ? '/' : ''}`, uriBaseId: '%SRCROOT%' },
      ...(dir ? {} : { region: { startLine: 1 } }),
    },
    logicalLocations: [{ name: item.attribute, kind: 'member' }],
  };
}

export interface SarifOptions {
  /** `automationDetails.id`'s category (`--sarif-category`): two logs of one workflow with distinct categories do not replace each other. */
  category?: string;
}

/**
 * SARIF 2.1.0 (validated in the tests with the SARIF multitool and against schema/sarif-2.1.0.json):
 * one run, a rule descriptor per rule that applied, a result per reported item at the file it is
 * about. An `allow` suppression becomes a SARIF suppression (accepted, with its reason).
 */
export function renderSarif(report: CiReport, exitCode: number, opts: SarifOptions = {}): string {
  const index = new Map(report.rules.map((r, i) => [r.id, i]));
  const fingerprint = fingerprints(report);
  const results = report.steps.flatMap((step) => step.items.map((item) => ({
    ruleId: item.rule,
    ruleIndex: index.get(item.rule)!,
    level: item.level,
    message: { text: item.message },
    locations: [locationOf(item)],
    partialFingerprints: { 'devmigResult/v1': fingerprint(step, item) },
    ...(item.suppression?.level === 'allow'
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: item.suppression.reason }] }
      : {}),
    properties: { step: step.name, ...item.properties, ...(item.suppression ? { suppressedBy: item.suppression.file, suppressionReason: item.suppression.reason } : {}) },
  })));
  return sarifLog(report.command, opts.category, report.rules, { executionSuccessful: true, exitCode }, results);
}

/**
 * The log of a run that could not judge (exit 101: an input error): no result, the error as a
 * tool execution notification, so a workflow that uploads the log `if: always()` still has a
 * valid one that says why.
 */
export function renderSarifError(command: string, message: string, exitCode: number, opts: SarifOptions = {}): string {
  const notification = { level: 'error', message: { text: message } };
  return sarifLog(command, opts.category, [], { executionSuccessful: false, exitCode, toolExecutionNotifications: [notification] }, []);
}
