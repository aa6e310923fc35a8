import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { Ajv } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// CommonJS packages: under NodeNext their default import is module.exports, whose `default` is the export.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
import { InputError } from '../src/errors.js';
import { loadSuppressions, today } from '../src/suppress/load-suppressions.js';
import { ruleSetFor } from '../src/verdict/checker.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { gvtSeriesCopy } from './helpers/gvt-series.js';

ensureBuilt();

const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schema', name), 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addSchema(schema('check-output.schema.json')).addSchema(schema('bump-output.schema.json'));
const validateSeries = ajv.compile(schema('series-output.schema.json'));
const validateCheck = ajv.getSchema('https://devmig.dev/schema/check-output.schema.json')!;
const sarifAjv = new Ajv04({ strict: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(schema('sarif-2.1.0.json'));

const PV = `rule = "gvt-g/pv_mode_narrowed"\nattributes = ["pv_mode"]\nreason = "ppgtt was never used by shipped guests; accepted in review 123"`;

function seriesWith(file: string, text: string): string {
  const dir = gvtSeriesCopy();
  writeFileSync(join(dir, file), text);
  return dir;
}

t.test('a warn suppression with a reason turns the pv_mode break into a warning: exit 0', (t) => {
  const dir = seriesWith('devmig.toml', `[[suppress]]\n${PV}\nlevel = "warn"\nexpires = 2999-12-31\n`);
  const r = runCli(['bump', '--series', dir, '--format', 'json']);
  t.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  t.ok(validateSeries(doc), JSON.stringify(validateSeries.errors));
  t.equal(doc.suppressions, join(dir, 'devmig.toml'));
  const step = doc.steps[1];
  t.match(step, { oldVersion: '1.2.0', newVersion: '1.3.0', required: 'patch', declared: 'minor', ok: true, minimumVersion: '1.2.1' });
  const pv = step.changes.find((c: { attribute: string }) => c.attribute === 'pv_mode');
  t.match(pv, { required: 'patch', suppressed: { was: 'major', level: 'warn', expires: '2999-12-31', reason: /accepted in review 123/ } });
  t.same(step.findings.map((f: { rule: string; attribute: string; severity: string }) => [f.rule, f.attribute, f.severity]), [['gvt-g/pv_mode_narrowed', 'pv_mode', 'warn']]);

  const sarif = JSON.parse(runCli(['bump', '--series', dir, '--format', 'sarif']).stdout);
  t.ok(validateSarif(sarif));
  const results = sarif.runs[0].results as { ruleId: string; level: string }[];
  t.same(results.filter((x) => x.level !== 'note').map((x) => [x.ruleId, x.level]), [['gvt-g/pv_mode_narrowed', 'warning']]);

  const gh = runCli(['bump', '--series', dir, '--format', 'github']);
  t.equal(gh.status, 0);
  t.match(gh.stdout, /^::warning file=[^,]*i915-GVTg_V5_4@1\.3\.0\/pv_mode,title=gvt-g\/pv_mode_narrowed::/m);
  t.notMatch(gh.stdout, /^::error/m);

  const junit = runCli(['bump', '--series', dir, '--format', 'junit']).stdout;
  t.match(junit, /<testsuite name="[^"]*" tests="\d+" failures="0"/);
  t.notMatch(junit, /<failure|failures="[1-9]/);
  t.end();
});

t.test('bump OLD NEW reads the suppression file beside NEW', (t) => {
  const dir = seriesWith('devmig.toml', `[[suppress]]\n${PV}\nlevel = "warn"\n`);
  const r = runCli(['bump', join(dir, 'i915-GVTg_V5_4@1.2.0'), join(dir, 'i915-GVTg_V5_4@1.3.0')]);
  t.equal(r.status, 0, r.stdout);
  t.match(r.stdout, /ok: required patch, declared minor/);
  t.match(r.stdout, /warn +pv_mode lost ppgtt.*\(suppressed: ppgtt was never used/);
  t.end();
});

t.test('an expired suppression is itself an error (exit 100) naming the file', (t) => {
  const dir = seriesWith('devmig.toml', `[[suppress]]\n${PV}\nlevel = "warn"\nexpires = "2000-01-01"\n`);
  const r = runCli(['bump', '--series', dir, '--format', 'json']);
  t.equal(r.status, 100);
  const doc = JSON.parse(r.stdout);
  t.ok(validateSeries(doc), JSON.stringify(validateSeries.errors));
  t.equal(doc.findings.length, 1);
  t.match(doc.findings[0], { rule: 'suppress/expired', severity: 'break', attribute: 'pv_mode', file: join(dir, 'devmig.toml'), message: /expired on 2000-01-01/ });
  t.equal(doc.steps[1].ok, false, 'the expired suppression is not applied');
  const gh = runCli(['bump', '--series', dir, '--format', 'github']).stdout;
  t.match(gh, /^::error file=[^,]*devmig\.toml,title=suppress\/expired::/m);
  t.match(gh, /^::error file=[^,]*pv_mode,title=gvt-g\/pv_mode_narrowed::/m);
  const pair = runCli(['bump', join(dir, 'i915-GVTg_V5_4@1.1.0'), join(dir, 'i915-GVTg_V5_4@1.2.0')]);
  t.equal(pair.status, 100, 'a step the suppression does not touch still fails while it is expired');
  t.end();
});

t.test('.devmig.json with level allow: information only, a SARIF suppression with the reason', (t) => {
  const dir = seriesWith('.devmig.json', JSON.stringify({ suppress: [{ rule: 'gvt-g/pv_mode_narrowed', attributes: ['pv_mode'], level: 'allow', reason: 'driver 1.3 guests never used ppgtt' }] }));
  const r = runCli(['bump', '--series', dir, '--format', 'sarif']);
  t.equal(r.status, 0);
  const sarif = JSON.parse(r.stdout);
  t.ok(validateSarif(sarif), JSON.stringify(validateSarif.errors));
  const pv = (sarif.runs[0].results as { ruleId: string; level: string; suppressions?: { justification: string }[] }[]).find((x) => x.ruleId === 'gvt-g/pv_mode_narrowed')!;
  t.equal(pv.level, 'note');
  t.same(pv.suppressions, [{ kind: 'external', status: 'accepted', justification: 'driver 1.3 guests never used ppgtt' }]);
  const json = JSON.parse(runCli(['bump', '--series', dir, '--format', 'json']).stdout);
  t.same(json.steps[1].findings, [], 'allow adds no warning');
  t.end();
});

t.test('check: suppressions beside TARGET lower findings and recompute verdict and tier', (t) => {
  const dir = seriesWith('devmig.toml', `[[suppress]]\n${PV}\nlevel = "warn"\n\n[[suppress]]\nrule = "standard/feature_removed_without_major"\nattributes = ["software_version"]\nlevel = "allow"\nreason = "version policy handled by bump"\n`);
  const args = ['check', join(dir, 'i915-GVTg_V5_4@1.2.0'), join(dir, 'i915-GVTg_V5_4@1.3.0'), '--format', 'json'];
  const r = runCli(args);
  t.equal(r.status, 0, r.stdout);
  const doc = JSON.parse(r.stdout);
  t.ok(validateCheck(doc), JSON.stringify(validateCheck.errors));
  t.match(doc, { verdict: 'compatible', tier: 'live' });
  const pv = doc.findings.find((f: { rule: string }) => f.rule === 'gvt-g/pv_mode_narrowed');
  t.match(pv, { severity: 'warn', suppressed: { was: 'break', level: 'warn' } });
  t.notOk('blocks' in pv, 'a lowered finding no longer blocks a tier');
  t.match(doc.findings.find((f: { rule: string }) => f.rule === 'standard/feature_removed_without_major'), { severity: 'info', suppressed: { level: 'allow' } });
  t.equal(doc.rollback.verdict, 'incompatible', 'rollback keeps its own break (software_version older on the target)');
  t.equal(doc.relation, 'superset');
  t.end();
});

t.test('broken suppression files are input errors naming the file (exit 101, one line)', (t) => {
  const cases: [string, string, RegExp][] = [
    ['devmig.toml', '[[suppress]\nrule = 1\n', /invalid TOML/],
    ['devmig.toml', `[[suppress]]\nrule = "gvt-g/pv_mode_narrowed"\nattributes = ["pv_mode"]\nlevel = "warn"\n`, /must have required property 'reason'/],
    ['devmig.toml', `[[suppress]]\n${PV}\nlevel = "ignore"\n`, /level must be equal to one of the allowed values/],
    ['devmig.toml', `[[suppress]]\n${PV}\nlevel = "warn"\nexpires = "2024-02-30"\n`, /not a calendar date/],
    ['devmig.toml', `[[suppress]]\n${PV.replace('gvt-g/pv_mode_narrowed', 'gvt-g/pv_mode_narowed')}\nlevel = "warn"\n`, /'gvt-g\/pv_mode_narowed' is not a known rule/],
    ['.devmig.json', '{"suppress": [', /invalid JSON/],
    ['.devmig.json', '{"suppress": [], "extra": true}', /additional properties 'extra'/],
  ];
  for (const [file, text, why] of cases) {
    const dir = seriesWith(file, text);
    const r = runCli(['bump', '--series', dir]);
    t.equal(r.status, 101, `${file}: ${text}`);
    t.match(r.stderr, `devmig: ${join(dir, file)}: `);
    t.match(r.stderr, why);
    t.equal(r.stderr.trim().split('\n').length, 1);
  }
  const both = seriesWith('devmig.toml', '');
  writeFileSync(join(both, '.devmig.json'), '{"suppress": []}');
  const r = runCli(['bump', '--series', both]);
  t.equal(r.status, 101);
  t.match(r.stderr, /keep one suppression file/);
  t.end();
});

t.test('loadSuppressions: expiry is inclusive of the expires day', (t) => {
  const dir = seriesWith('devmig.toml', `[[suppress]]\n${PV}\nlevel = "warn"\nexpires = 2025-06-30\n`);
  const rs = ruleSetFor();
  const file = join(dir, 'devmig.toml');
  t.equal(loadSuppressions(file, rs, '2025-06-30').active.length, 1, 'still valid on its last day');
  const after = loadSuppressions(file, rs, '2025-07-01');
  t.equal(after.active.length, 0);
  t.equal(after.expired[0]?.rule, 'suppress/expired');
  t.throws(() => loadSuppressions(join(dir, 'nope.toml'), rs), InputError);
  t.match(today(new Date(2024, 0, 5)), '2024-01-05');
  t.end();
});
