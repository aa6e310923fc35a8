// The command line as a person meets it, through the real binary: one-line usage errors with
// the nearest name, colour on request only, completion, help and examples that run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { nearestName } from '../src/cli/usage-error.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { bundled } from './helpers/profiles.js';

ensureBuilt();

/** The environment with no colour variable of its own, plus `extra`. */
function envWith(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...rest } = process.env;
  return { ...rest, ...extra };
}

const ESC = '\x1b[';
const gvt = (v: string) => bundled(`intel-gvt-g/i915-GVTg_V5_4@${v}`);
const fleet = (rel: string) => join(repoRoot, 'examples/fleet', rel);

t.test('a usage error is one line: the reason, the nearest name, where the help is; exit 1', async (t) => {
  const cases: [string[], string][] = [
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--foramt', 'json'], 'devmig: unknown option --foramt; did you mean --format? (devmig check --help)'],
    [['chek', gvt('0.1.0'), gvt('0.2.0')], 'devmig: unknown command chek; did you mean check? (devmig --help)'],
    [['matrx'], 'devmig: unknown command matrx; did you mean matrix? (devmig --help)'],
    [['frobnicate'], 'devmig: unknown command frobnicate (devmig --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--format', 'jsn'], 'devmig: --format \'jsn\' is not text, json, sarif, junit or github; did you mean json? (devmig check --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--mode', 'lenient'], 'devmig: --mode \'lenient\' is not strict or extended (devmig check --help)'],
    [['bump', '--series'], 'devmig: --series needs a value (devmig bump --help)'],
    [['bump', '--series', '--format', 'json'], 'devmig: --series needs a value (devmig bump --help)'],
    [['bump', '--series='], 'devmig: --series needs a value (devmig bump --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--format'], 'devmig: --format needs a value (devmig check --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--mode', '--format', 'json'], 'devmig: --mode needs a value (devmig check --help)'],
    [['matrix', '--targets', fleet('targets')], 'devmig: missing --sources (devmig matrix --help)'],
    [['matrix', '--sources', fleet('sources'), '--targets', fleet('targets'), '--save-source-index', 'x.json'], 'devmig: unknown option --save-source-index; did you mean --save-sources-index? (devmig matrix --help)'],
    [['check', gvt('0.1.0')], 'devmig: check needs 2 arguments (devmig check <source> <target>), got 1 (devmig check --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), 'extra'], 'devmig: unexpected argument \'extra\' (devmig check --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--color=sometimes'], 'devmig: --color \'sometimes\' is not auto, always or never (devmig check --help)'],
    [['help', 'chek'], 'devmig: no command chek; did you mean check? (devmig --help)'],
    [['bump', 'a', 'b', '--series', 'dir'], 'devmig: give either OLD NEW or --series DIR, not both (devmig bump --help)'],
    [[], 'devmig: name a command: devmig check SOURCE TARGET, devmig bump OLD NEW, ... (devmig --help)'],
  ];
  for (const [args, line] of cases) {
    const r = runCli(args);
    t.equal(r.status, 1, `devmig ${args.join(' ')}: exit 1`);
    t.equal(r.stderr, `${line}\n`, 'exactly this one line, not the help');
    t.equal(r.stdout, '', 'nothing on stdout');
  }
});

t.test('the nearest name: a typo away, or the only name begun', async (t) => {
  const options = ['format', 'suppressions', 'save-sources-index', 'save-targets-index', 'sources', 'targets', 'mode'];
  t.equal(nearestName('foramt', options), 'format');
  t.equal(nearestName('targest', options), 'targets');
  t.equal(nearestName('save-targets', options), 'save-targets-index', 'a prefix of one name');
  t.equal(nearestName('save', options), undefined, 'a prefix of two names is no guess');
  t.equal(nearestName('x', options), undefined, 'nothing near');
  t.equal(nearestName('verbose', options), undefined);
  t.equal(nearestName('', options), undefined);
});

t.test('colour: only on a terminal or when asked, never in a machine format', async (t) => {
  const pair = [gvt('0.1.0'), gvt('1.0.0')];
  const plain = runCli(['check', ...pair], { env: envWith() });
  t.equal(plain.status, 100);
  t.notOk(plain.stdout.includes(ESC), 'piped: no colour');
  const always = runCli(['check', ...pair, '--color=always'], { env: envWith() });
  t.equal(always.status, 100);
  t.ok(always.stdout.includes(`${ESC}31mbreak${ESC}39m`), 'break in red');
  t.equal(always.stdout.replace(/\x1b\[\d+m/g, ''), plain.stdout, 'colour changes no word');
  t.ok(runCli(['check', ...pair, '--color'], { env: envWith() }).stdout.includes(ESC), 'a bare --color means always');

  const qat = [fleet('sources/src-kbl-gvt-a/qat-vf-6b.00.1'), fleet('targets/dst-kbl-gvt-c/qat-vf-6b.00.1')];
  const warn = runCli(['check', ...qat, '--color=always'], { env: envWith() });
  t.equal(warn.status, 0);
  t.ok(warn.stdout.includes(`${ESC}33mwarn${ESC}39m  pfvf_compat_version`), 'warn in yellow, its column still aligned');

  const colored = (args: string[], env: Record<string, string>) => runCli([...args, ...pair], { env: envWith(env) }).stdout.includes(ESC);
  t.notOk(colored(['check', '--color=auto'], { NO_COLOR: '1' }), 'NO_COLOR');
  t.ok(colored(['check'], { FORCE_COLOR: '1' }), 'FORCE_COLOR on a pipe');
  t.notOk(colored(['check'], { FORCE_COLOR: '0' }), 'FORCE_COLOR=0');
  t.notOk(colored(['check'], { NO_COLOR: '1', FORCE_COLOR: '1' }), 'NO_COLOR wins over FORCE_COLOR');
  t.ok(colored(['check', '--color=always'], { NO_COLOR: '1' }), 'the flag wins over NO_COLOR');
  t.notOk(colored(['check', '--color=never'], { FORCE_COLOR: '1' }), 'and over FORCE_COLOR');
  t.notOk(colored(['check', '--no-color'], { FORCE_COLOR: '1' }), '--no-color');

  for (const format of ['json', 'sarif', 'junit', 'github']) {
    const r = runCli(['check', ...pair, '--format', format, '--color=always'], { env: envWith({ FORCE_COLOR: '1' }) });
    t.equal(r.status, 100);
    t.notOk(r.stdout.includes(ESC), `${format}: never coloured`);
  }
  t.doesNotThrow(() => JSON.parse(runCli(['check', ...pair, '--format', 'json', '--color=always'], { env: envWith() }).stdout));

  const matrix = runCli(['matrix', '--sources', fleet('sources'), '--targets', fleet('targets'), '--color=always'], { env: envWith() });
  t.match(matrix.stdout, /\x1b\[33mcold\x1b\[39m {2}dst-hgx-h100-b/, 'matrix tiers: cold yellow');
  t.match(matrix.stdout, /\x1b\[31mnone\x1b\[39m {2}/, 'none red');
  const ndjson = runCli(['matrix', '--sources', fleet('sources'), '--targets', fleet('targets'), '--format', 'ndjson', '--color=always'], { env: envWith() });
  t.notOk(ndjson.stdout.includes(ESC), 'ndjson never coloured');
});

t.test('devmig completion prints a script that asks devmig for its commands and options', async (t) => {
  const script = runCli(['completion']);
  t.equal(script.status, 0);
  t.match(script.stdout, /devmig --get-yargs-completions/);
  t.match(script.stdout, /complete .*devmig/);
  const commands = runCli(['--get-yargs-completions', 'ma']).stdout.split('\n');
  for (const c of ['check', 'vm', 'bump', 'collect', 'matrix', 'traits', 'explain', 'hook', 'annotate', 'help', 'completion']) t.ok(commands.includes(c), `offers ${c}`);
  const options = runCli(['--get-yargs-completions', 'matrix', '--']).stdout.split('\n');
  for (const o of ['--sources', '--targets', '--format', '--color']) t.ok(options.includes(o), `matrix offers ${o}`);
});

/** The `devmig ...` lines of a help text's Examples section. */
function examplesOf(help: string): string[] {
  const at = help.indexOf('\nExamples:\n');
  if (at < 0) return [];
  const section = help.slice(at + '\nExamples:\n'.length).split('\n\n')[0]!;
  return section.split('\n').map((l) => l.trim().split(/ {2,}/)[0]!).filter((l) => l.includes('devmig '));
}

t.test('devmig help CMD is CMD --help, with examples that run as written', async (t) => {
  const main = runCli(['help']);
  t.equal(main.status, 0);
  t.equal(main.stdout, runCli(['--help']).stdout);
  t.ok(examplesOf(main.stdout).length >= 3, 'the main help has examples');
  const examples = [...examplesOf(main.stdout)];
  for (const command of ['check', 'vm', 'bump', 'collect', 'matrix', 'traits', 'explain', 'hook', 'annotate']) {
    const help = runCli(['help', command]);
    t.equal(help.status, 0);
    t.match(help.stdout, new RegExp(`^devmig ${command}\\b`), `help ${command} is ${command}'s help`);
    // One spawn each is plenty; two commands are compared with --help in full.
    if (command === 'matrix' || command === 'hook') t.equal(help.stdout, runCli([command, '--help']).stdout, `help ${command} prints ${command} --help`);
    const own = examplesOf(help.stdout);
    t.ok(own.length > 0, `${command} has examples`);
    t.ok(own.every((e) => e.startsWith(`devmig ${command}`) || e.includes(`| devmig ${command}`) || e.startsWith('virsh ')), `${command}'s examples are of ${command}`);
    examples.push(...own);
  }
  // Examples that read this host or need libvirt's stdin are left out; the others run on bundled data.
  for (const example of examples.filter((e) => !/collect|hook|annotate|help/.test(e))) {
    const r = runCli(example.split(' ').slice(1));
    t.ok(r.status === 0 || r.status === 100, `${example}: a verdict (exit ${r.status}) ${r.stderr}`);
    t.equal(r.stderr, '');
  }
});

t.test('matrix --sources takes one profile: which hosts can take this one device?', async (t) => {
  const device = 'sources/src-kbl-gvt-a/igpu-00.02.0_i915-GVTg_V5_4';
  const one = runCli(['matrix', '--sources', fleet(device), '--targets', fleet('targets'), '--format', 'json']);
  t.equal(one.status, 0, one.stderr);
  const doc = JSON.parse(one.stdout);
  t.match(doc.summary, { sourceDevices: 1, sourceProfiles: 1, targetDevices: 10 });
  const whole = JSON.parse(runCli(['matrix', '--sources', fleet('sources'), '--targets', fleet('targets'), '--format', 'json']).stdout);
  const same = whole.sources.find((s: { devices: { host: string; device: string }[] }) => s.devices.some((d) => `${d.host}/${d.device}` === 'src-kbl-gvt-a/igpu-00.02.0_i915-GVTg_V5_4'));
  t.same(doc.sources[0].targets, same.targets, 'the same verdicts as that device has in its fleet');
  const hostsOf = new Map<string, string[]>(doc.targets.map((g: { profile: string; devices: { host: string }[] }) => [g.profile, g.devices.map((d) => d.host)]));
  const live = doc.sources[0].targets.filter((g: { tier: string }) => g.tier === 'live').flatMap((g: { profile: string }) => hostsOf.get(g.profile));
  t.same(live, ['dst-kbl-gvt-b', 'dst-kbl-gvt-c'], 'the hosts that take it live');

  const text = runCli(['matrix', '--sources', fleet(device), '--targets', fleet('targets')]);
  t.equal(text.status, 0);
  const lines = text.stdout.split('\n');
  t.equal(lines[0], `sources in ${fleet('sources/src-kbl-gvt-a')}/`, 'the folder once, above the table');
  t.match(lines[2], /^igpu-00\.02\.0_i915-GVTg_V5_4 {2}live {2}dst-kbl-gvt-b\/igpu-00\.02\.0_i915-GVTg_V5_4 /, 'the device by its name below it');
  t.match(text.stdout, /1 source device on 1 host \(1 distinct profile\)/);

  const nvidia = runCli(['matrix', '--sources', bundled('nvidia-vgpu/nvidia-256-drv535.161.05'), '--targets', fleet('targets'), '--format', 'ndjson']);
  t.equal(nvidia.status, 100, 'no live target: exit 100');
  t.same(nvidia.stdout.trim().split('\n').map((l) => JSON.parse(l).kind).filter((k) => k !== 'target'), ['verdicts', 'source']);

  const dir = mkdtempSync(join(tmpdir(), 'devmig-one-'));
  const flat = join(dir, 'gvt.txt');
  writeFileSync(flat, 'device_api=vfio-pci\nmdev_type=i915-GVTg_V5_4\nsoftware_version=1.2.0\n');
  const fromFile = runCli(['matrix', '--sources', flat, '--targets', fleet('targets'), '--format', 'ndjson']);
  t.not(fromFile.status, 101, `a key=value profile file is one device too: ${fromFile.stderr}`);
  t.match(JSON.parse(fromFile.stdout.trim().split('\n').at(-1)!), { kind: 'source', device: 'gvt.txt' });
});

t.test('a series names its folder once, and each release within it', async (t) => {
  const dir = bundled('intel-gvt-g/series/i915-GVTg_V5_4');
  const r = runCli(['bump', '--series', dir]);
  t.equal(r.status, 100);
  const [head, ...steps] = r.stdout.trimEnd().split('\n');
  t.ok(head!.startsWith(`series ${dir}: `));
  t.notOk(steps.some((l) => l.includes(dir)), 'no step repeats the folder');
  t.ok(steps.includes('i915-GVTg_V5_4@1.2.0 (1.2.0) -> i915-GVTg_V5_4@1.3.0 (1.3.0): VIOLATION: required major, declared minor; minimum correct version 2.0.0'));
});

t.test('on a terminal, long findings wrap under their own column', async (t) => {
  const { checkReport } = await import('../src/app/check.js');
  const { render } = await import('../src/render/registry.js');
  const report = checkReport(gvt('0.1.0'), gvt('1.0.0'));
  const whole = render(report, 'text') as string;
  const narrow = render(report, 'text', { width: 72 }) as string;
  const findingLines = narrow.split('\n').filter((l) => /^ {2}(break|warn|info) /.test(l) || /^ {8}\S/.test(l));
  t.ok(findingLines.length > whole.split('\n').filter((l) => /^ {2}(break|warn|info) /.test(l)).length, 'some finding took two lines');
  for (const l of findingLines) t.ok(l.length <= 72 && l === l.trimEnd(), `within 72 columns, no trailing space: '${l}'`);
  t.same(narrow.split(/\s+/), whole.split(/\s+/), 'the same words in the same order');
  t.equal(render(report, 'text', { width: 20 }), whole, 'too narrow to help: left whole');
});
