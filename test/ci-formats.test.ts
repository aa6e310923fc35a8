import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// CommonJS packages: under NodeNext their default import is module.exports, whose `default` is the export.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
import { XMLParser } from 'fast-xml-parser';
import { escapeData, escapeProperty } from '../src/render/github.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { gvtSeries } from './helpers/gvt-series.js';
import { scratch } from './helpers/scratch.js';

ensureBuilt();

// schema/sarif-2.1.0.json is the OASIS SARIF 2.1.0 (errata 01) schema, a draft-04 schema.
const sarifAjv = new Ajv04({ strict: false, allErrors: true });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(join(repoRoot, 'schema/sarif-2.1.0.json'), 'utf8')));

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });
const pack = (id: string) => JSON.parse(readFileSync(join(repoRoot, 'rules', `${id}.json`), 'utf8')) as { rules: { id: string; title: string; purpose: string; when?: unknown }[] };
/** gvt-g's rules and the standard ones: the testcases of a GVT-g step. */
const gvtRuleCount = pack('gvt-g').rules.length + pack('standard').rules.filter((r) => !r.when).length;

interface SarifResult { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; properties: Record<string, string>; suppressions?: unknown[] }
interface Testcase { name: string; classname: string; failure?: { message: string } }
interface Testsuite { name: string; tests: string; failures: string; testcase: Testcase[] }

function sarifOf(args: string[]) {
  const r = runCli([...args, '--format', 'sarif']);
  const doc = JSON.parse(r.stdout);
  return { status: r.status, doc, results: doc.runs[0].results as SarifResult[] };
}

function junitOf(args: string[]) {
  const r = runCli([...args, '--format', 'junit']);
  const doc = xml.parse(r.stdout) as { testsuites: { testsuite: Testsuite[] } };
  // Ant's schema allows no attribute on <testsuites>: the totals are the suites' sums.
  const failures = doc.testsuites.testsuite.reduce((n, s) => n + Number(s.failures), 0);
  return { status: r.status, suites: doc.testsuites.testsuite, failures };
}

t.test('SARIF of the series validates against SARIF 2.1.0 and names pv_mode and the major bump', (t) => {
  const { status, doc, results } = sarifOf(['bump', '--series', gvtSeries()]);
  t.equal(status, 100);
  t.ok(validateSarif(doc), JSON.stringify(validateSarif.errors?.slice(0, 3)));
  const errors = results.filter((r) => r.level === 'error');
  t.equal(errors.length, 1, 'one error: the 1.2.0 -> 1.3.0 pv_mode removal');
  const e = errors[0]!;
  t.equal(e.ruleId, 'gvt-g/pv_mode_narrowed');
  t.match(e.message.text, /^pv_mode removed: needs a major bump but 1\.2\.0 -> 1\.3\.0 is a minor bump \(minimum correct version 2\.0\.0\)/);
  t.match(e.properties, { required: 'major', declared: 'minor', minimumVersion: '2.0.0' });
  const uri = e.locations[0]!.physicalLocation.artifactLocation.uri;
  t.match(uri, /i915-GVTg_V5_4@1\.3\.0\/pv_mode$/);
  t.notOk(uri.startsWith('/'), 'relative to the current directory');
  t.ok(existsSync(join(repoRoot, decodeURIComponent(uri))), 'points at the attribute file that changed');
  const rule = doc.runs[0].tool.driver.rules[e.ruleIndex];
  const spec = pack('gvt-g').rules.find((r) => r.id === 'pv_mode_narrowed')!;
  t.match(rule, { id: 'gvt-g/pv_mode_narrowed', shortDescription: { text: spec.title }, fullDescription: { text: spec.purpose } });
  t.match(rule.help.text, /major version bump/);
  t.end();
});

t.test('JUnit of the series: a suite per step, a testcase per rule, exactly one failure', (t) => {
  const { status, suites, failures } = junitOf(['bump', '--series', gvtSeries()]);
  t.equal(status, 100);
  t.equal(suites.length, 2);
  for (const s of suites) {
    t.equal(s.testcase.length, gvtRuleCount, `${s.name}: every applicable rule, passing ones included`);
    t.equal(Number(s.tests), s.testcase.length);
  }
  t.equal(suites[0]!.testcase.filter((c) => c.failure).length, 0, '1.1.0 -> 1.2.0 passes');
  const failing = suites[1]!.testcase.filter((c) => c.failure);
  t.same(failing.map((c) => c.name), ['gvt-g/pv_mode_narrowed']);
  t.equal(suites[1]!.failures, '1');
  t.equal(failing[0]!.classname, 'devmig bump 1.2.0 -> 1.3.0');
  t.match(failing[0]!.failure!.message, /pv_mode removed: needs a major bump/);
  t.equal(failures, 1);
  t.end();
});

t.test('GitHub annotations of the series: one ::error at the attribute file', (t) => {
  const r = runCli(['bump', '--series', gvtSeries(), '--format', 'github']);
  t.equal(r.status, 100);
  const lines = r.stdout.trim().split('\n');
  const errors = lines.filter((l) => l.startsWith('::error '));
  t.equal(errors.length, 1);
  t.match(errors[0], /^::error file=[^,]*i915-GVTg_V5_4@1\.3\.0\/pv_mode,title=gvt-g\/pv_mode_narrowed::pv_mode removed: needs a major bump/);
  t.equal(lines.filter((l) => l.startsWith('::warning ')).length, 0);
  t.match(lines.at(-1), /^devmig bump: 1 error\(s\), 0 warning\(s\) in 2 step\(s\)$/);
  t.end();
});

t.test('workflow-command escaping follows GitHub: %, CR, LF in data; also : and , in properties', (t) => {
  t.equal(escapeData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
  t.equal(escapeProperty('dir,x/a:b%\n'), 'dir%2Cx/a%3Ab%25%0A');
  t.end();
});

t.test('check formats: migration errors, rollback warnings, valid SARIF', (t) => {
  const dir = gvtSeries();
  const args = ['check', join(dir, 'i915-GVTg_V5_4@1.2.0'), join(dir, 'i915-GVTg_V5_4@1.3.0')];
  const { status, doc, results } = sarifOf(args);
  t.equal(status, 100);
  t.ok(validateSarif(doc), JSON.stringify(validateSarif.errors?.slice(0, 3)));
  t.same(results.filter((r) => r.level === 'error').map((r) => r.ruleId).sort(), ['gvt-g/pv_mode_narrowed', 'standard/feature_removed_without_major']);
  const rollback = results.filter((r) => r.properties.step!.startsWith('rollback'));
  t.ok(rollback.length > 0 && rollback.every((r) => r.level !== 'error'), 'rollback never decides the exit status, so never an error');
  const pv = results.find((r) => r.ruleId === 'gvt-g/pv_mode_narrowed')!;
  t.match(pv.locations[0]!.physicalLocation.artifactLocation.uri, /i915-GVTg_V5_4@1\.3\.0\/pv_mode$/);

  const junit = junitOf(args);
  t.same(junit.suites.map((s) => s.testcase.filter((c) => c.failure).length), [2, 0]);
  t.same(junit.suites.map((s) => s.testcase[0]!.classname), ['devmig check migration', 'devmig check rollback']);

  const gh = runCli([...args, '--format', 'github']);
  t.equal(gh.status, 100);
  t.equal(gh.stdout.split('\n').filter((l) => l.startsWith('::error ')).length, 2);
  t.end();
});

t.test('a compatible pair: exit 0, no SARIF result, no JUnit failure', (t) => {
  const p = join(gvtSeries(), 'i915-GVTg_V5_4@1.2.0');
  const { status, doc, results } = sarifOf(['check', p, p]);
  t.equal(status, 0);
  t.ok(validateSarif(doc));
  t.same(results, []);
  const junit = junitOf(['check', p, p]);
  t.equal(junit.failures, 0);
  t.equal(junit.suites[0]!.testcase.length, gvtRuleCount);
  t.end();
});

t.test('JSON profiles: a location is the profile file; XML and SARIF survive awkward values', (t) => {
  const dir = scratch('devmig-ci-');
  const write = (name: string, pv: string) => {
    writeFileSync(join(dir, name), JSON.stringify({ format: 'devmig/profile@1', attributes: { device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_4', software_version: '1.0.0', pv_mode: pv } }));
    return join(dir, name);
  };
  const s = write('src.json', 'none+a<b&"c\'d');
  const tt = write('dst file.json', 'none');
  const { doc, results } = sarifOf(['check', s, tt]);
  t.ok(validateSarif(doc), JSON.stringify(validateSarif.errors?.slice(0, 3)));
  const pv = results.find((r) => r.ruleId === 'gvt-g/pv_mode_narrowed')!;
  t.match(pv.locations[0]!.physicalLocation.artifactLocation.uri, /dst%20file\.json$/);
  const junit = junitOf(['check', s, tt]);
  const failed = junit.suites[0]!.testcase.find((c) => c.name === 'gvt-g/pv_mode_narrowed')!;
  t.match(failed.failure!.message, 'a<b&"c\'d', 'XML entities round-trip through a real parser');
  t.end();
});
