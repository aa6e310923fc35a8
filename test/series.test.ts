import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';
import { Ajv } from 'ajv';
import { InputError } from '../src/errors.js';
import { bumpSeries } from '../src/series/bump-series.js';
import { discoverSeries } from '../src/series/discover-series.js';
import { ruleSetFor } from '../src/verdict/checker.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { BUNDLED_SERIES, bundledSeriesPresent, flatRelease, gvtSeries } from './helpers/gvt-series.js';
import { scratch } from './helpers/scratch.js';

ensureBuilt();

const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schema', name), 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addSchema(schema('check-output.schema.json')).addSchema(schema('bump-output.schema.json'));
const validateSeries = ajv.compile(schema('series-output.schema.json'));

function tmp(): string {
  return scratch('devmig-series-test-');
}

t.test('bump --series on the GVT-g series: the 1.2.0 -> 1.3.0 step needs major, declares minor', (t) => {
  const dir = gvtSeries();
  const r = runCli(['bump', '--series', dir, '--format', 'json']);
  t.equal(r.status, 100, r.stderr);
  const doc = JSON.parse(r.stdout);
  t.ok(validateSeries(doc), JSON.stringify(validateSeries.errors));
  t.same(doc.releases.map((x: { version: string }) => x.version), ['1.1.0', '1.2.0', '1.3.0']);
  t.equal(doc.ok, false);
  t.equal(doc.steps.length, 2);
  const [first, second] = doc.steps;
  t.match(first, { oldVersion: '1.1.0', newVersion: '1.2.0', required: 'patch', declared: 'minor', ok: true });
  t.match(second, { oldVersion: '1.2.0', newVersion: '1.3.0', required: 'major', declared: 'minor', ok: false, minimumVersion: '2.0.0' });
  t.same(second.changes.filter((c: { required: string }) => c.required === 'major').map((c: { attribute: string; rule: string }) => [c.attribute, c.rule]),
    [['pv_mode', 'gvt-g/pv_mode_narrowed']]);
  t.end();
});

t.test('text report: one line per step with required, declared and the minimum correct version', (t) => {
  const r = runCli(['bump', '--series', gvtSeries()]);
  t.equal(r.status, 100);
  t.match(r.stdout, /1\.1\.0 -> 1\.2\.0 -> 1\.3\.0: VIOLATION \(1 of 2 steps insufficient\)/);
  t.match(r.stdout, /\(1\.2\.0\) -> .*\(1\.3\.0\): VIOLATION: required major, declared minor; minimum correct version 2\.0\.0/);
  t.match(r.stdout, /\(1\.1\.0\) -> .*\(1\.2\.0\): ok: required patch, declared minor/);
  t.end();
});

t.test('the bundled series-ok passes (exit 0)', { skip: !bundledSeriesPresent && 'bundled series not present' }, (t) => {
  const dir = join(repoRoot, 'device-profiles/intel-gvt-g/series-ok/i915-GVTg_V5_8');
  const r = runCli(['bump', '--series', relative(repoRoot, dir), '--format', 'json']);
  t.equal(r.status, 0, r.stdout + r.stderr);
  const doc = JSON.parse(r.stdout);
  t.ok(validateSeries(doc), JSON.stringify(validateSeries.errors));
  t.ok(doc.steps.every((s: { ok: boolean }) => s.ok));
  t.end();
});

t.test('releases are ordered by semver precedence, not by name; pre-releases before their release', (t) => {
  const dir = tmp();
  // Names sort the other way round on purpose.
  flatRelease(join(dir, 'a'), '1.1.0');
  flatRelease(join(dir, 'b'), '1.1.0-rc.10');
  flatRelease(join(dir, 'c'), '1.1.0-rc.2');
  flatRelease(join(dir, 'd'), '1.1.0-beta.1');
  flatRelease(join(dir, 'e'), '1.0.0');
  writeFileSync(join(dir, 'README.md'), 'notes, not a release\n');
  const releases = discoverSeries(dir, ruleSetFor());
  t.same(releases.map((r) => r.version.version), ['1.0.0', '1.1.0-beta.1', '1.1.0-rc.2', '1.1.0-rc.10', '1.1.0']);
  t.same(releases.map((r) => r.path.slice(dir.length + 1)), ['e', 'd', 'c', 'b', 'a']);
  const result = bumpSeries(dir, releases, {}, null);
  t.equal(result.steps.length, 4);
  t.equal(result.ok, true, 'no capability change: every declared bump suffices');
  t.end();
});

t.test('two releases with one version are an input error naming both', (t) => {
  const dir = tmp();
  flatRelease(join(dir, 'first'), '1.2.0');
  flatRelease(join(dir, 'second'), '1.2.0+build.7');
  t.throws(() => discoverSeries(dir, ruleSetFor()), InputError);
  const r = runCli(['bump', '--series', dir]);
  t.equal(r.status, 101);
  t.match(r.stderr, join(dir, 'first'));
  t.match(r.stderr, join(dir, 'second'));
  t.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  t.end();
});

t.test('a release without a version, a missing folder and an empty folder are input errors', (t) => {
  const dir = tmp();
  flatRelease(join(dir, 'ok'), '1.0.0');
  writeFileSync(join(dir, 'noversion'), 'device_api=vfio-pci\nmdev_type=i915-GVTg_V5_4\n');
  let r = runCli(['bump', '--series', dir]);
  t.equal(r.status, 101);
  t.match(r.stderr, /noversion: no software_version/);
  r = runCli(['bump', '--series', join(dir, 'missing')]);
  t.equal(r.status, 101);
  t.match(r.stderr, /no such series directory/);
  const empty = tmp();
  mkdirSync(join(empty, '.git'));
  r = runCli(['bump', '--series', empty]);
  t.equal(r.status, 101);
  t.match(r.stderr, /holds no release profile/);
  t.end();
});

t.test('a single release has no step and passes', (t) => {
  const dir = tmp();
  flatRelease(join(dir, 'only'), '1.0.0');
  const r = runCli(['bump', '--series', dir, '--format', 'json']);
  t.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  t.ok(validateSeries(doc));
  t.same(doc.steps, []);
  t.end();
});

t.test('a release that removes a feature with a patch bump fails its step only', (t) => {
  const dir = tmp();
  flatRelease(join(dir, 'r1'), '2.0.0');
  flatRelease(join(dir, 'r2'), '2.1.0', 'none+ppgtt+context+dmabuf');
  flatRelease(join(dir, 'r3'), '2.1.1', 'none+context+dmabuf');
  const r = runCli(['bump', '--series', dir, '--format', 'json']);
  t.equal(r.status, 100);
  const doc = JSON.parse(r.stdout);
  t.same(doc.steps.map((s: { required: string; declared: string; ok: boolean }) => [s.required, s.declared, s.ok]), [['minor', 'minor', true], ['major', 'patch', false]]);
  t.equal(doc.steps[1].minimumVersion, '3.0.0');
  t.end();
});

t.test('OLD NEW and --series are exclusive, and one of them is required (usage errors)', (t) => {
  let r = runCli(['bump']);
  t.equal(r.status, 1);
  t.match(r.stderr, /--series DIR/);
  r = runCli(['bump', 'a', 'b', '--series', BUNDLED_SERIES]);
  t.equal(r.status, 1);
  t.match(r.stderr, /not both/);
  t.end();
});
