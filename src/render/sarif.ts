import type { CiLevel, CiReport, CiRule } from './ci-report.js';

/** A relative path as a SARIF uri-reference: each segment percent-encoded, `@`, `+`, `,`, `=` kept readable (`:` stays encoded so no segment reads as a scheme). */
function uriOf(path: string): string {
  return path.split('/').map((seg) => encodeURIComponent(seg).replace(/%(40|2B|2C|3D)/g, (m) => decodeURIComponent(m))).join('/');
}

function ruleDescriptor(r: CiRule) {
  const help = [
    r.purpose,
    `A failure blocks ${r.blocks} migration${r.blocks === 'live' ? ' (cold migration stays possible)' : ' and cold migration'}; a release that trips it needs a ${r.bump} version bump.`,
    r.reference ? `Reference: ${r.reference}.` : '',
    `Details and an example: devmig explain ${r.id}`,
  ].filter(Boolean).join(' ');
  return {
    id: r.id,
    shortDescription: { text: r.title },
    ...(r.purpose ? { fullDescription: { text: r.purpose } } : {}),
    help: { text: help },
    defaultConfiguration: { level: 'error' satisfies CiLevel },
    properties: { tags: [r.id.split('/')[0]!], blocks: r.blocks, bump: r.bump },
  };
}

/**
 * SARIF 2.1.0 (validated in the tests against schema/sarif-2.1.0.json): one run, a rule
 * descriptor per rule that applied, a result per reported item at the attribute file it is
 * about. An `allow` suppression becomes a SARIF suppression (accepted, with its reason).
 */
export function renderSarif(report: CiReport, exitCode: number): string {
  const index = new Map(report.rules.map((r, i) => [r.id, i]));
  const results = report.steps.flatMap((step) => step.items.map((item) => ({
    ruleId: item.rule,
    ruleIndex: index.get(item.rule)!,
    level: item.level,
    message: { text: item.message },
    locations: [{
      physicalLocation: { artifactLocation: { uri: uriOf(item.file), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
      logicalLocations: [{ name: item.attribute, kind: 'member' }],
    }],
    ...(item.suppression?.level === 'allow'
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: item.suppression.reason }] }
      : {}),
    properties: { step: step.name, ...item.properties, ...(item.suppression ? { suppressedBy: item.suppression.file, suppressionReason: item.suppression.reason } : {}) },
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'devmig', rules: report.rules.map(ruleDescriptor) } },
      automationDetails: { id: `devmig/${report.command}/` },
      invocations: [{ executionSuccessful: true, exitCode }],
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
