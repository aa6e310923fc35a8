import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { onPath, sarifMultitool, skipWithout } from './helpers/consumer-tools.js';
import { gvtSeries } from './helpers/gvt-series.js';
import { scratch } from './helpers/scratch.js';

// The CI formats as their consumers read them: SARIF through Microsoft's SARIF multitool (the
// validator GitHub's documentation points to) and the OASIS schema, JUnit through xmllint with
// Jenkins' and Ant's schemas (test/fixtures/third-party/junit/).

ensureBuilt();

const Ajv04 = ajvDraft04.default;
const sarifAjv = new Ajv04({ strict: false, allErrors: true });
ajvFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(join(repoRoot, 'schema/sarif-2.1.0.json'), 'utf8')));

const work = scratch('devmig-consumers-');
const series = gvtSeries();
const gvt = (v: string) => join(series, `i915-GVTg_V5_4@${v}`);
const bundled = (rel: string) => join(repoRoot, 'device-profiles', rel);

/** devmig's output for ARGS, written to a file as a workflow step would (`> FILE`). */
function produce(name: string, args: string[]) {
  const r = runCli(args);
  const file = join(work, name);
  writeFileSync(file, r.stdout);
  return { ...r, file };
}

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; help: { text: string }; defaultConfiguration: { level: string } }[] } };
    automationDetails: { id: string };
    invocations: { executionSuccessful: boolean; exitCode: number; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
    results: { ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

const sarifCases = {
  series: ['bump', '--series', series, '--format', 'sarif'],
  check: ['check', gvt('1.2.0'), gvt('1.3.0'), '--format', 'sarif'],
  // mdpy has no migration attributes on either side: those results point at the profile folder.
  absent: ['check', bundled('kernel-samples/mdpy-vga'), bundled('kernel-samples/mdpy-xga'), '--format', 'sarif'],
  category: ['bump', '--series', series, '--format', 'sarif', '--sarif-category', 'devmig-gvt'],
  inputError: ['bump', '--series', join(work, 'no-such-series'), '--format', 'sarif'],
};
const sarif = Object.fromEntries(Object.entries(sarifCases).map(([name, args]) => {
  const r = produce(`${name}.sarif`, args);
  return [name, { ...r, log: JSON.parse(r.stdout) as SarifLog }];
})) as Record<keyof typeof sarifCases, ReturnType<typeof produce> & { log: SarifLog }>;

t.test('schema/sarif-2.1.0.json is still the OASIS file the README names', async (t) => {
  const digest = createHash('sha256').update(readFileSync(join(repoRoot, 'schema/sarif-2.1.0.json'))).digest('hex');
  t.equal(digest, 'ddddcccbf95c7c50c037b5b07eff4140556278ca574ff374db46786b5fce7949');
  t.match(readFileSync(join(repoRoot, 'README.md'), 'utf8'), digest);
});

t.test('every SARIF log validates against the OASIS SARIF 2.1.0 schema', async (t) => {
  for (const [name, s] of Object.entries(sarif)) t.ok(validateSarif(s.log), `${name}: ${JSON.stringify(validateSarif.errors?.slice(0, 3))}`);
});

/** The multitool's verdict on the logs, in one run (it starts slowly): per file, its error and warning results as `RULE LEVEL path`. */
function multitoolFindings(bin: string, files: string[]): Map<string, string[]> {
  const out = join(work, 'validation.sarif');
  const r = spawnSync(bin, ['validate', ...files, '--output', out, '--log', 'ForceOverwrite', '--level', 'Error;Warning', '--kind', 'Fail', '--rule-kind', 'Sarif;Gh', '--quiet'], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`sarif-multitool validate: exit ${r.status}: ${r.stdout}${r.stderr}`);
  type Finding = { ruleId: string; level?: string; message: { text?: string; arguments?: string[] }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] };
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: Finding[] }[] };
  const byFile = new Map(files.map((f) => [f, [] as string[]]));
  for (const x of log.runs[0]!.results ?? []) {
    const file = files.find((f) => decodeURIComponent(x.locations[0]!.physicalLocation.artifactLocation.uri).endsWith(f))!;
    byFile.get(file)!.push(`${x.ruleId} ${x.level ?? 'warning'} ${x.message.arguments?.[0] ?? x.message.text ?? ''}`);
  }
  return byFile;
}

const multitool = sarifMultitool();
t.test('the SARIF multitool (npx @microsoft/sarif-multitool validate) finds no error and no warning', { skip: skipWithout(t, 'the SARIF multitool', multitool !== undefined, 'npm ci installs the @microsoft/sarif-multitool devDependency') }, async (t) => {
  // A log broken on purpose rides along: the validator does reject (a line 0 breaks the schema).
  const broken = join(work, 'broken.sarif');
  writeFileSync(broken, readFileSync(sarif.check.file, 'utf8').replace('"startLine": 1', '"startLine": 0'));
  const findings = multitoolFindings(multitool!, [...Object.values(sarif).map((s) => s.file), broken]);
  t.ok(findings.get(broken)!.some((f) => / error .*region\.startLine$/.test(f)), `the broken log is rejected: ${findings.get(broken)!.join('; ')}`);
  for (const [name, s] of Object.entries(sarif)) {
    const folders = new Set(s.log.runs[0]!.results.flatMap((r, i) => (r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('/') ? [`runs[0].results[${i}].locations[0].physicalLocation`] : [])));
    // A folder has no lines: the multitool's advice to give every location a region (SARIF2017) cannot apply to it.
    t.same(findings.get(s.file)!.filter((f) => !(f.startsWith('SARIF2017 warning ') && folders.has(f.split(' ')[2]!))), [], name);
  }
  t.ok([...Object.values(sarif)].some((s) => s.log.runs[0]!.results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('/'))), 'a folder location was among the logs checked');
});

t.test('SARIF: every location names a path that exists, every fingerprint is unique', async (t) => {
  for (const [name, s] of Object.entries(sarif)) {
    const results = s.log.runs[0]!.results;
    for (const r of results) {
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
      t.ok(existsSync(join(repoRoot, decodeURIComponent(uri))), `${name}: ${r.ruleId} at ${uri} exists`);
    }
    const prints = results.map((r) => r.partialFingerprints['devmigResult/v1']);
    t.equal(new Set(prints).size, results.length, `${name}: ${results.length} results, as many fingerprints`);
  }
  const absent = sarif.absent.log.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('/'));
  t.ok(absent.length > 0, 'an attribute neither mdpy profile has points at a profile folder');
  t.ok(absent.every((r) => /device-profiles\/kernel-samples\/mdpy-(vga|xga)\/$/.test(r.locations[0]!.physicalLocation.artifactLocation.uri)));
  const again = JSON.parse(runCli(sarifCases.series).stdout) as SarifLog;
  t.same(again.runs[0]!.results.map((r) => r.partialFingerprints), sarif.series.log.runs[0]!.results.map((r) => r.partialFingerprints), 'fingerprints are stable across runs');
});

t.test('SARIF: category, tool version and home page, rule levels and help texts', async (t) => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  t.equal(sarif.series.log.runs[0]!.automationDetails.id, 'devmig/bump/');
  t.equal(sarif.category.log.runs[0]!.automationDetails.id, 'devmig-gvt/', '--sarif-category names the category');
  t.same(sarif.category.log.runs[0]!.results, sarif.series.log.runs[0]!.results, 'and changes nothing else');
  const blank = runCli([...sarifCases.series, '--sarif-category', ' ']);
  t.equal(blank.status, 101);
  t.match(blank.stderr, /^devmig: --sarif-category: expected a category name/);
  const driver = sarif.check.log.runs[0]!.tool.driver;
  t.match(driver, { name: pkg.name, version: pkg.version });
  t.match(driver.informationUri, /^https:\/\//);

  const specs = new Map<string, { onFail?: string; blocks: string }>();
  for (const f of ['standard', 'gvt-g']) {
    const pack = JSON.parse(readFileSync(join(repoRoot, 'rules', `${f}.json`), 'utf8')) as { id: string; rules: { id: string; onFail?: string; blocks: string; compare: string }[] };
    for (const r of pack.rules) specs.set(`${pack.id}/${r.id}`, r);
  }
  const levels = new Map(driver.rules.map((r) => [r.id, r.defaultConfiguration.level]));
  t.equal(levels.get('standard/available_instances_exhausted'), 'warning', 'a warn rule is a warning');
  t.equal(levels.get('standard/attribute_misspelt'), 'warning');
  t.equal(levels.get('gvt-g/pv_mode_narrowed'), 'error');
  for (const r of driver.rules) {
    const spec = specs.get(r.id)!;
    if (spec.onFail === 'warn') t.equal(r.defaultConfiguration.level, 'warning', r.id);
    t.notMatch(r.help.text, /cold migration and cold migration/, `${r.id}: help reads well`);
    if (spec.onFail !== 'warn') t.match(r.help.text, spec.blocks === 'cold' ? /On failure: blocks live and cold migration;/ : /On failure: blocks live migration \(cold migration stays possible\);/, r.id);
  }
});

t.test('explain says what every cold rule blocks in plain words', async (t) => {
  const packs = readdirSync(join(repoRoot, 'rules')).map((f) => JSON.parse(readFileSync(join(repoRoot, 'rules', f), 'utf8')) as { id: string; rules: { id: string; blocks: string; onFail?: string }[] });
  const cold = packs.flatMap((p) => p.rules.filter((r) => r.blocks === 'cold' && r.onFail !== 'warn').map((r) => `${p.id}/${r.id}`));
  t.ok(cold.length >= 9, `${cold.length} rules leave no migration at all`);
  for (const id of cold) {
    const r = runCli(['explain', id]);
    t.equal(r.status, 0);
    t.match(r.stdout, /\nOn failure: blocks live and cold migration\n/, id);
  }
});

t.test('exit 101 still writes a valid SARIF log naming the error', async (t) => {
  const s = sarif.inputError;
  t.equal(s.status, 101);
  t.match(s.stderr, /^devmig: .*no-such-series: no such series directory\n$/, 'one line on stderr, as ever');
  const run = s.log.runs[0]!;
  t.same(run.results, []);
  t.match(run.invocations[0], { executionSuccessful: false, exitCode: 101, toolExecutionNotifications: [{ level: 'error', message: { text: /no-such-series: no such series directory$/ } }] });
  const check = runCli(['check', join(work, 'none'), gvt('1.2.0'), '--format', 'sarif', '--sarif-category', 'pair']);
  t.equal(check.status, 101);
  t.equal((JSON.parse(check.stdout) as SarifLog).runs[0]!.automationDetails.id, 'pair/');
  const text = runCli(['check', join(work, 'none'), gvt('1.2.0')]);
  t.equal(text.stdout, '', 'the text format writes nothing on stdout');
  const gh = runCli(['check', join(work, 'none'), gvt('1.2.0'), '--format', 'github']);
  t.match(gh.stdout, /^::error title=devmig check::.*none: /);
});

const junitCases = {
  series: ['bump', '--series', series, '--format', 'junit'],
  check: ['check', gvt('1.2.0'), gvt('1.3.0'), '--format', 'junit'],
  inputError: ['bump', gvt('1.2.0'), join(work, 'missing'), '--format', 'junit'],
};
const junit = Object.fromEntries(Object.entries(junitCases).map(([name, args]) => [name, produce(`${name}.xml`, args)]));
const schemas = { jenkins: 'jenkins-xunit-junit-10.xsd', ant: 'ant-junit.xsd' };

t.test('JUnit validates against Jenkins\' and Ant\'s schemas (xmllint --schema)', { skip: skipWithout(t, 'xmllint', onPath('xmllint'), 'apt-get install libxml2-utils') }, async (t) => {
  for (const [schema, file] of Object.entries(schemas)) {
    for (const [name, doc] of Object.entries(junit)) {
      const r = spawnSync('xmllint', ['--noout', '--schema', join(repoRoot, 'test/fixtures/third-party/junit', file), doc.file], { encoding: 'utf8' });
      t.equal(r.status, 0, `${schema}: ${name}: ${r.stderr.trim()}`);
    }
  }
  // The schemas do reject: a testcase without its classname fails Ant's.
  const broken = join(work, 'broken.xml');
  writeFileSync(broken, readFileSync(junit.check!.file, 'utf8').replace(/ classname="[^"]*"/, ''));
  t.not(spawnSync('xmllint', ['--noout', '--schema', join(repoRoot, 'test/fixtures/third-party/junit', schemas.ant), broken]).status, 0);
});

t.test('JUnit carries what both schemas ask for, and an <error> when the run could not judge', async (t) => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });
  const suites = (xml.parse(junit.series!.stdout) as { testsuites: { testsuite: Record<string, unknown>[] } }).testsuites.testsuite;
  suites.forEach((s, i) => {
    t.match(s, { id: String(i), package: 'devmig.bump', time: '0', skipped: '0', errors: '0' });
    t.match(s.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    t.ok(typeof s.hostname === 'string' && s.hostname.length > 0);
    t.match(s.properties, { property: [{ name: 'devmig.version' }, { name: 'step' }] });
  });
  const e = junit.inputError!;
  t.equal(e.status, 101);
  const doc = xml.parse(e.stdout) as { testsuites: { testsuite: { errors: string; testcase: { error: { message: string; type: string } }[] }[] } };
  t.equal(doc.testsuites.testsuite[0]!.errors, '1');
  t.match(doc.testsuites.testsuite[0]!.testcase[0]!.error, { type: 'input-error', message: /missing: / });
  const fixed = runCli(junitCases.series, { env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
  t.match(fixed.stdout, /timestamp="2023-11-14T22:13:20"/, 'SOURCE_DATE_EPOCH fixes the timestamp');
});

t.test('suppress/expired points at a section of a document the package ships', async (t) => {
  const pack = JSON.parse(readFileSync(join(repoRoot, 'rules/suppress.json'), 'utf8')) as { reference: string; rules: { id: string; reference: string }[] };
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { files: string[] };
  for (const reference of [pack.reference, pack.rules.find((r) => r.id === 'expired')!.reference]) {
    const [, file, anchor] = /^([\w./-]+)#([\w-]+)/.exec(reference) ?? [];
    t.ok(file && anchor, `${reference}: FILE#ANCHOR`);
    // npm ships README.md whatever `files` says.
    t.ok(file === 'README.md' || pkg.files.some((f) => file!.startsWith(f)), `${file} is in the package`);
    const slugs = readFileSync(join(repoRoot, file!), 'utf8').split('\n').filter((l) => /^#+ /.test(l))
      .map((l) => l.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-'));
    t.ok(slugs.includes(anchor!), `${file} has a heading #${anchor}`);
  }
});
