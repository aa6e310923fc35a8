// Text output through the real binary: colour only on a terminal or when asked (never in a
// machine format), wrapping on a terminal, paths said once, and matrix --sources with one profile.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { bundled } from './helpers/profiles.js';
import { scratch } from './helpers/scratch.js';

ensureBuilt();

/** The environment with no colour variable of its own, plus `extra`. */
function envWith(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...rest } = process.env;
  return { ...rest, ...extra };
}

const ESC = '\x1b[';
const gvt = (v: string) => bundled(`intel-gvt-g/i915-GVTg_V5_4@${v}`);
const fleet = (rel: string) => join(repoRoot, 'examples/fleet', rel);

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

  const both = runCli(['matrix', '--sources', fleet(device), '--targets', fleet(device)]);
  t.equal(both.status, 101, 'the same profile as the targets too: refused there, a fleet is needed');
  t.match(both.stderr, /igpu-00\.02\.0_i915-GVTg_V5_4: this folder is one profile/);

  const dir = scratch('devmig-one-');
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
