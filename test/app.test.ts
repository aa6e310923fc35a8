// The application layer (src/app/): each command is one library call returning a report, and the
// command line only renders it. So the library and `devmig COMMAND` must agree byte for byte, in
// every format, with the same exit status, suppression files included.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import t, { type Test } from 'tap';
import {
  annotateReport, bumpReport, check, checkReport, collectReport, exitCodeFor, explainReport, FLUSH, FORMATS,
  incomingMigrationReport, matrixReport, readProfile, render, seriesReport, traitsReport,
  type Report, type FormatOf, type HookReport,
} from '../src/index.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { gvtSeriesCopy } from './helpers/gvt-series.js';
import { scratch } from './helpers/scratch.js';
import { SysfsTree } from './helpers/sysfs-tree.js';

ensureBuilt();
// JUnit documents carry the time they were written: one fixed time for the library and the CLI.
process.env.SOURCE_DATE_EPOCH = '1700000000';

/** The document a report renders to, streamed pieces joined. */
function text<R extends Report>(report: R, format: FormatOf<R['kind']>): string {
  const rendered = render(report, format);
  return typeof rendered === 'string' ? rendered : [...rendered].filter((p) => p !== FLUSH).join('');
}

/** `devmig ARGS --format F` for each format against the library's report (built afresh per format when it is streamed). */
function agreesWithCli<R extends Report>(t: Test, report: () => R, args: string[], formats: readonly FormatOf<R['kind']>[], input?: string): void {
  for (const format of formats) {
    // Paths in the CI formats are relative to the working directory: run the CLI from ours.
    const cli = runCli([...args, '--format', format], { cwd: process.cwd(), ...(input === undefined ? {} : { input }) });
    const r = report();
    t.equal(text(r, format), cli.stdout, `${args[0]} --format ${format}: the same document`);
    t.equal(exitCodeFor(r), cli.status, `${args[0]} --format ${format}: the same exit status (${cli.stderr})`);
  }
}

// A release series whose 1.2.0 -> 1.3.0 step drops ppgtt without a major bump, with both
// rules that report it suppressed: the step passes only when the suppressions are applied.
const series = gvtSeriesCopy();
writeFileSync(join(series, 'devmig.toml'), [
  '[[suppress]]', 'rule = "gvt-g/pv_mode_narrowed"', 'attributes = ["pv_mode"]', 'level = "warn"', 'reason = "reviewed"',
  '[[suppress]]', 'rule = "standard/feature_removed_without_major"', 'attributes = ["software_version"]', 'level = "allow"', 'reason = "reviewed too"',
  '',
].join('\n'));
const [r120, r130] = [join(series, 'i915-GVTg_V5_4@1.2.0'), join(series, 'i915-GVTg_V5_4@1.3.0')];
/** A suppression file that lowers nothing these releases trip. */
const unrelated = join(scratch('devmig-app-'), 'unrelated.toml');
writeFileSync(unrelated, '[[suppress]]\nrule = "standard/device_api_changed"\nattributes = ["device_api"]\nlevel = "warn"\nreason = "unrelated"\n');

t.test('checkReport applies the suppression file beside TARGET, as devmig check does', async (t) => {
  const plain = check(readProfile(r120), readProfile(r130));
  t.equal(plain.verdict, 'incompatible', 'check() alone: the engine, no suppressions');
  const report = checkReport(r120, r130);
  t.match(report.result, { verdict: 'compatible', tier: 'live', relation: 'superset' });
  t.match(report.result.findings.find((f) => f.rule === 'gvt-g/pv_mode_narrowed'), { severity: 'warn', suppressed: { was: 'break', file: join(series, 'devmig.toml') } });
  t.same(JSON.parse(runCli(['check', r120, r130, '--format', 'json']).stdout), JSON.parse(JSON.stringify(report.result)), 'the JSON the command prints');
  agreesWithCli(t, () => checkReport(r120, r130), ['check', r120, r130], FORMATS.check);
});

t.test('checkReport takes a named suppression file instead', async (t) => {
  t.equal(checkReport(r120, r130, { suppressions: unrelated }).result.verdict, 'incompatible');
  agreesWithCli(t, () => checkReport(r120, r130, { suppressions: unrelated }), ['check', r120, r130, '--suppressions', unrelated], ['json']);
});

t.test('bumpReport and seriesReport apply the folder\'s suppressions, as devmig bump does', async (t) => {
  const step = bumpReport(r120, r130);
  t.match(step.result, { required: 'patch', declared: 'minor', ok: true });
  t.equal(step.pack, 'gvt-g');
  agreesWithCli(t, () => bumpReport(r120, r130), ['bump', r120, r130], FORMATS.bump);
  agreesWithCli(t, () => bumpReport(r120, r130, { policy: 'rename-on-major' }), ['bump', r120, r130, '--policy', 'rename-on-major'], ['json']);
  const all = seriesReport(series);
  t.match(all.result, { ok: true, suppressions: join(series, 'devmig.toml') });
  t.same(all.result.releases.map((r) => r.version), ['1.1.0', '1.2.0', '1.3.0']);
  agreesWithCli(t, () => seriesReport(series), ['bump', '--series', series], FORMATS.series);
});

t.test('collectReport reads a host and writes its profiles, as devmig collect does', async (t) => {
  const host = new SysfsTree(scratch('devmig-app-sysfs-'));
  host.pciDevice('0000:00:02.0', { vendor: '0x8086', device: '0x5912', class: '0x030000' }, { driver: 'i915' });
  host.mdevType('0000:00:02.0', 'i915-GVTg_V5_4', { device_api: 'vfio-pci', name: 'GVTg_V5_4', available_instances: '2' });
  // The CLI reads /proc and runs nvidia-smi by default; the library reads only what it is given.
  const proc = scratch('devmig-app-proc-');
  mkdirSync(join(proc, 'sys', 'kernel'), { recursive: true });
  writeFileSync(join(proc, 'sys', 'kernel', 'osrelease'), '6.8.0-45-generic\n');
  agreesWithCli(t, () => collectReport({ sysfs: host.root, proc, set: { 'x/y': '1' } }), ['collect', '--sysfs', host.root, '--proc', proc, '--no-nvidia-smi', '--set', 'x/y=1'], FORMATS.collect);
  const out = scratch('devmig-app-out-');
  const written = collectReport({ sysfs: host.root, proc, out: join(out, 'lib') });
  t.equal(written.result.profiles[0]!.profile.attributes.get('host/kernel_release'), '6.8.0-45-generic');
  t.same(written.written, [join(out, 'lib', '0000:00:02.0', 'i915-GVTg_V5_4')]);
  t.equal(readProfile(written.written![0]!).attributes.get('mdev_type'), 'i915-GVTg_V5_4', 'check reads back what it wrote');
  t.equal(text(written, 'json'), runCli(['collect', '--sysfs', host.root, '--proc', proc, '--no-nvidia-smi', '--out', join(out, 'cli'), '--format', 'json']).stdout.replaceAll(join(out, 'cli'), join(out, 'lib')));
});

t.test('matrixReport streams its rows; its exit status is known once they are read', async (t) => {
  const [sources, targets] = ['examples/fleet/sources', 'examples/fleet/targets'].map((p) => join(repoRoot, p)) as [string, string];
  const report = matrixReport(sources, targets);
  t.throws(() => exitCodeFor(report), /once its rows have been read/, 'no status before the rows: unknown is never a pass');
  const pieces = [...render(report, 'ndjson')];
  const flushes = pieces.filter((p) => p === FLUSH).length;
  t.equal(flushes, report.sources.profiles.length, 'a flush after each distinct source profile');
  t.match(report.tally, { complete: true, rowsRead: report.sources.deviceCount });
  agreesWithCli(t, () => matrixReport(sources, targets), ['matrix', '--sources', sources, '--targets', targets], FORMATS.matrix);
  const dir = scratch('devmig-app-index-');
  const [lib, cli] = [join(dir, 'lib.idx'), join(dir, 'cli.idx')];
  agreesWithCli(t, () => matrixReport(sources, targets, { saveSourcesIndex: lib, mode: 'extended' }), ['matrix', '--sources', sources, '--targets', targets, '--save-sources-index', cli, '--mode', 'extended'], ['json']);
  t.equal(readFileSync(lib, 'utf8'), readFileSync(cli, 'utf8'), 'the same index file');
});

t.test('traitsReport, explainReport and annotateReport render as their commands print', async (t) => {
  const gvt = join(repoRoot, 'device-profiles/intel-gvt-g/i915-GVTg_V5_4@1.2.0');
  agreesWithCli(t, () => traitsReport([gvt, r130]), ['traits', gvt, r130], FORMATS.traits);
  agreesWithCli(t, () => explainReport(undefined), ['explain'], FORMATS['rule-list']);
  agreesWithCli(t, () => explainReport('pv_mode_narrowed'), ['explain', 'pv_mode_narrowed'], FORMATS.rule);
  agreesWithCli(t, () => explainReport('suppress/expired'), ['explain', 'suppress/expired'], FORMATS['own-rule']);
  t.match(explainReport('gvt-g/pv_mode_narrowed'), { kind: 'rule', pack: { id: 'gvt-g' }, example: { fail: { findings: [{ rule: 'gvt-g/pv_mode_narrowed' }] } } });
  t.throws(() => explainReport('pv_mode_narow'), { name: 'InputError', message: /did you mean gvt-g\/pv_mode_narrowed/ });

  const uuid = 'c2177883-f1bb-47f0-914d-32a22e3a8804';
  const host = new SysfsTree(scratch('devmig-app-annotate-'));
  host.pciDevice('0000:00:02.0', { vendor: '0x8086', device: '0x5912', class: '0x030000' }, { driver: 'i915' });
  host.mdevType('0000:00:02.0', 'i915-GVTg_V5_4', { device_api: 'vfio-pci', name: 'GVTg_V5_4', available_instances: '2' });
  const dev = `devices/pci0000:00/0000:00:02.0/${uuid}`;
  host.link(`${dev}/mdev_type`, '../mdev_supported_types/i915-GVTg_V5_4').link(`bus/mdev/devices/${uuid}`, `../../../${dev}`);
  const xml = join(repoRoot, 'test/fixtures/libvirt/gvt-g-guest.xml');
  agreesWithCli(t, () => annotateReport(xml, { sysfs: host.root }), ['annotate', '--domain-xml', xml, '--sysfs', host.root], FORMATS.annotate);
});

t.test('incomingMigrationReport: a device without metadata is refused, a guest without devices accepted', async (t) => {
  const env = { DEVMIG_HOOK_CONFIG: '' };
  const host = new SysfsTree(scratch('devmig-app-hook-'));
  host.pciDevice('0000:00:02.0', { vendor: '0x8086', device: '0x5912', class: '0x030000' }, { driver: 'i915' });
  const readFixture = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/libvirt', name), 'utf8');
  const fixture = (name: string) => runCli(['hook', 'qemu', 'guest1', 'migrate', 'begin', '-', '--sysfs', host.root], { input: readFixture(name), env: { ...process.env, ...env } });
  const refused = await incomingMigrationReport('guest1', { sysfs: host.root }, Readable.from([readFixture('gvt-g-guest.xml')]), env);
  t.match(refused, { kind: 'hook', guest: 'guest1', decisions: [{ ok: false, unknown: true }] });
  const cli = fixture('gvt-g-guest.xml');
  t.equal(text(refused, 'text'), cli.stderr, 'the refusal lines libvirt logs');
  t.equal(exitCodeFor(refused), cli.status);
  t.equal(cli.stdout, '', 'stdout stays empty: libvirt would take it as the domain XML');
  const plain = await incomingMigrationReport('guest1', { sysfs: host.root }, Readable.from([readFixture('plain-guest.xml')]), env);
  t.same(plain.decisions, []);
  t.equal(exitCodeFor(plain), 0);
  t.equal(text(plain, 'text'), '');
});

t.test('exitCodeFor: 0 when what was asked holds, 100 when not', async (t) => {
  const hook = (oks: boolean[]): HookReport => ({ kind: 'hook', guest: 'g', decisions: oks.map((ok, i) => ({ device: `d${i}`, type: 'mdev', ok })) });
  t.equal(exitCodeFor(hook([true, true])), 0);
  t.equal(exitCodeFor(hook([true, false])), 100);
  t.equal(exitCodeFor(hook([])), 0, 'a guest without assigned devices');
  t.equal(exitCodeFor(checkReport(r120, r130)), 0);
  t.equal(exitCodeFor(bumpReport(r120, r130, { suppressions: unrelated })), 100, 'ppgtt dropped in a minor bump');
});
