// Hostile input, as an attacker or a careless admin would give it: every class of the trust
// issue through the real command line (exit code, one stderr line naming the input, bounded
// time) or the library, with inputs at the limits. Timing itself belongs in bench/: the bounds
// here are generous guards against hangs and quadratic regressions.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { readDomainXml } from '../../src/hook/domain-xml.js';
import { splitHookArguments } from '../../src/cli/hook-arguments.js';
import { inventoryFromProfiles } from '../../src/matrix/inventory.js';
import { profileFromAttributes } from '../../src/read/read-profile.js';
import { withUnreadable } from '../../src/read/skipped-attributes.js';
import type { Profile } from '../../src/types.js';
import { bump } from '../../src/verdict/bump.js';
import { check } from '../../src/verdict/check.js';
import { ensureBuilt } from '../helpers/build.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { bundled, prof } from '../helpers/profiles.js';
import { scratch } from '../helpers/scratch.js';
import { SysfsTree } from '../helpers/sysfs-tree.js';

ensureBuilt();

const GVT = bundled('intel-gvt-g/i915-GVTg_V5_4@1.2.0');
/** No /etc/devmig/hook.json of the machine running the tests may leak in. */
const ENV = { ...process.env, DEVMIG_HOOK_CONFIG: '' };
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/** The contract for bad input: exit 101, nothing on stdout, one stderr line naming `names`, no stack, promptly. */
function refusedAsInput(t: Test, run: CliRun, names: string, what: RegExp, label: string): void {
  t.equal(run.signal, null, `${label}: finished by itself (not killed by the test's timeout)`);
  t.equal(run.status, 101, `${label}: exit 101`);
  t.equal(run.stdout, '', `${label}: no partial verdict on stdout`);
  const lines = run.stderr.trimEnd().split('\n');
  t.equal(lines.length, 1, `${label}: one stderr line: ${run.stderr}`);
  t.ok(lines[0]!.includes(names), `${label}: the line names ${names}: ${lines[0]}`);
  t.match(lines[0], what, `${label}: says what is wrong`);
  t.notMatch(run.stderr, /\n\s+at |internal error/, `${label}: no stack trace, no internal error`);
}

const cli = (args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}) => runCli(args, { timeout: 20_000, ...opts });

/** A FIFO and a link to /dev/zero: the two files that hang or grow a plain reader. */
function hazards(dir: string, name: string): { fifo: string; zero: string } {
  const tree = new SysfsTree(dir).fifo(`fifo-${name}`);
  symlinkSync('/dev/zero', join(dir, `zero-${name}`));
  return { fifo: tree.path(`fifo-${name}`), zero: join(dir, `zero-${name}`) };
}

t.test('1. the hook: libvirt\'s arguments are data, whatever a guest is named', async (t) => {
  const xml = (name: string) => `<domain type='kvm'><name>${name}</name><devices>
    <hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>
  </devices></domain>`;
  // An empty host: the device (with no devmig metadata) must be refused, which proves the check ran.
  const host = new SysfsTree(scratch('devmig-hostile-hook-')).dir('class').root;
  for (const guest of ['--help', '--version', '--mode=extended', '--timeout=600', '--', '-h', '--sysfs=/']) {
    const run = cli(['hook', 'qemu', guest, 'migrate', 'begin', '-', '--sysfs', host], { input: xml(guest), env: ENV });
    t.equal(run.status, 100, `guest ${guest}: refused, not let through (${run.stderr})`);
    t.equal(run.stdout, '', `guest ${guest}: nothing on stdout (libvirt would take it as a new domain XML)`);
    t.match(run.stderr, new RegExp(`^devmig: ${guest.replace(/[-=]/g, '\\$&')}: hostdev c2177883`), `guest ${guest}: one line naming the guest and the device`);
  }
  t.same(splitHookArguments(['--sysfs', '/s', 'qemu', '--help', 'migrate', 'begin', '-', '--timeout', '5']),
    { options: ['--sysfs', '/s', '--timeout', '5'], libvirt: ['qemu', '--help', 'migrate', 'begin', '-'] }, 'options before and after the five words; the words are data');
  t.same(splitHookArguments(['--', '--rules', 'x', 'migrate', 'begin', '-']).libvirt, ['--rules', 'x', 'migrate', 'begin', '-'], '-- ends the options');
  const other = cli(['hook', 'qemu', '--help', 'started', 'begin', '-'], { env: ENV });
  t.equal(other.status, 0, 'another operation still succeeds at once');
  t.equal(other.stdout, '', 'and prints nothing');
});

t.test('2. every file devmig reads is bounded, non-blocking, regular only', async (t) => {
  const dir = scratch('devmig-hostile-files-');
  const started = Date.now();
  // Profiles named on the command line.
  for (const [kind, path] of Object.entries(hazards(dir, 'profile'))) {
    refusedAsInput(t, cli(['check', GVT, path]), path, kind === 'fifo' ? /FIFO, not a regular file/ : /device node, not a regular file/, `profile ${kind}`);
  }
  // The suppression file found next to TARGET.
  for (const name of ['devmig.toml', '.devmig.json']) {
    const folder = scratch('devmig-hostile-supp-');
    const target = join(folder, 'target.json');
    writeFileSync(target, JSON.stringify({ format: 'devmig/profile@1', attributes: { device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_4' } }));
    if (name === 'devmig.toml') new SysfsTree(folder).fifo(name);
    else symlinkSync('/dev/zero', join(folder, name));
    refusedAsInput(t, cli(['check', GVT, target]), join(folder, name), /not a regular file/, `suppression ${name}`);
  }
  // Every file under --rules DIR, and a pack named directly.
  for (const [kind, path] of Object.entries(hazards(dir, 'pack'))) {
    const rulesDir = scratch('devmig-hostile-rules-');
    symlinkSync(path, join(rulesDir, `${kind}.json`));
    refusedAsInput(t, cli(['check', GVT, GVT, '--rules', rulesDir]), join(rulesDir, `${kind}.json`), /rule pack is a (FIFO|device node)/, `rule pack ${kind} in --rules DIR`);
  }
  // The hook configuration.
  for (const [kind, path] of Object.entries(hazards(dir, 'config'))) {
    const run = cli(['hook', 'qemu', 'guest1', 'migrate', 'begin', '-'], { input: '<domain><name>guest1</name></domain>', env: { ...process.env, DEVMIG_HOOK_CONFIG: path } });
    refusedAsInput(t, run, path, /hook configuration is a/, `hook config ${kind}`);
  }
  // An inventory index and annotate's domain XML file.
  const { fifo } = hazards(dir, 'index');
  refusedAsInput(t, cli(['matrix', '--sources', fifo, '--targets', fifo]), fifo, /FIFO/, 'inventory index FIFO');
  const xmlZero = hazards(dir, 'xml').zero;
  refusedAsInput(t, cli(['annotate', '--domain-xml', xmlZero, '--sysfs', dir]), xmlZero, /device node/, 'annotate --domain-xml /dev/zero');
  // A regular file too large for its kind.
  const bigPack = join(dir, 'big-pack.json');
  writeFileSync(bigPack, `{"x": "${'a'.repeat(1024 * 1024 + 10)}"}`);
  refusedAsInput(t, cli(['check', GVT, GVT, '--rules', bigPack]), bigPack, /over the 1048576-byte limit/, 'a rule pack over 1 MiB');
  t.ok(Date.now() - started < 60_000, 'none of them hung');
});

t.test('2b. deep or huge documents are input errors, not crashes', async (t) => {
  const dir = scratch('devmig-hostile-deep-');
  const deepJson = join(dir, 'deep.json');
  writeFileSync(deepJson, `{"format":"devmig/profile@1","attributes":${'['.repeat(30_000)}${']'.repeat(30_000)}}`);
  refusedAsInput(t, cli(['check', GVT, deepJson]), deepJson, /invalid JSON|schema/, 'a 60 KB deeply nested JSON profile');
  const deepPack = join(dir, 'deep-pack.json');
  writeFileSync(deepPack, `{"a":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`);
  refusedAsInput(t, cli(['check', GVT, GVT, '--rules', deepPack]), deepPack, /schema|invalid JSON/, 'a deeply nested rule pack');
  const deepXml = `<domain><name>g</name>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</domain>`;
  refusedAsInput(t, cli(['hook', 'qemu', 'g', 'migrate', 'begin', '-', '--sysfs', dir], { input: deepXml, env: ENV }), 'g: domain XML on stdin', /malformed XML/, 'deep domain XML');
  const laughs = `<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><domain><name>&c;</name></domain>`;
  refusedAsInput(t, cli(['hook', 'qemu', 'g', 'migrate', 'begin', '-', '--sysfs', dir], { input: laughs, env: ENV }), 'g: domain XML on stdin', /DOCTYPE/, 'entity expansion');
  const external = `<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><domain><name>&e;</name></domain>`;
  refusedAsInput(t, cli(['hook', 'qemu', 'g', 'migrate', 'begin', '-', '--sysfs', dir], { input: external, env: ENV }), 'g: domain XML on stdin', /DOCTYPE/, 'external entity');
  const huge = `<domain><name>g</name><description>${'x'.repeat(5 * 1024 * 1024)}</description></domain>`;
  refusedAsInput(t, cli(['hook', 'qemu', 'g', 'migrate', 'begin', '-', '--sysfs', dir], { input: huge, env: ENV }), 'g: domain XML on stdin', /limit/, 'a 5 MiB domain XML');
  t.throws(() => readDomainXml('<domain><name>g</name><devices>\n<hostdev type=\'mdev\'><source><address uuid=\'x\'/></source></hostdev></devices></domain>', 'g.xml'), { name: 'InputError', message: /^g\.xml: / });
});

t.test('3. long values: linear time through the command line', async (t) => {
  const dir = scratch('devmig-hostile-long-');
  const worst = `${'a '.repeat(16 * 1024)}${' '.repeat(30 * 1024)}x`.slice(0, 64 * 1024 - 1);
  const profile = new SysfsTree(join(dir, 'p')).attributes('', { device_api: 'vfio-pci', mdev_type: 'acme-1', 'migration/features': 'stop_copy', description: `k${' '.repeat(64 * 1024 - 3)}:`, fw: worst }).root;
  const started = Date.now();
  const run = cli(['check', profile, profile, '--format', 'json']);
  t.equal(run.status, 0, run.stderr);
  t.ok(Date.now() - started < 10_000, `check of 64 KiB worst-case values in ${Date.now() - started} ms`);
  const packDir = join(dir, 'rules');
  new SysfsTree(packDir).file('bomb.json', JSON.stringify({
    format: 'devmig/rule-pack@1', id: 'bomb', title: 'Glob bomb', description: 'A user pack with a backtracking pattern.', reference: 'test',
    select: [{ attribute: 'mdev_type', prefix: 'bomb-' }],
    rules: [{
      id: 'glob_changed', title: 'Glob', purpose: 'Checks a glob bomb.', blocks: 'live', bump: 'major', reference: 'test',
      match: { patterns: [`${'**a'.repeat(12)}**b`] }, compare: 'equal', label: 'glob differs',
      example: { pass: { source: { x: '1' }, target: { x: '1' } }, fail: { source: { x: '1' }, target: { x: '2' } } },
    }],
  }));
  const long = new SysfsTree(join(dir, 'long')).attributes('', { device_api: 'vfio-pci', mdev_type: 'bomb-1', 'migration/features': 'stop_copy', [`${'a'.repeat(200)}`]: '1' }).root;
  const globStart = Date.now();
  const glob = cli(['check', long, long, '--rules', packDir]);
  t.equal(glob.status, 0, glob.stderr);
  t.ok(Date.now() - globStart < 10_000, `a glob bomb against a 200-character name in ${Date.now() - globStart} ms`);
});

t.test('4. skipped entries are reported, and unknown is never compatible', async (t) => {
  const dir = scratch('devmig-hostile-skipped-');
  const target = new SysfsTree(join(dir, 'target')).attributes('', { device_api: 'vfio-pci', mdev_type: 'acme-1', fw_state: '3' }).root;
  const source = new SysfsTree(join(dir, 'source')).attributes('', { device_api: 'vfio-pci', mdev_type: 'acme-1' }).fifo('fw_state').root;
  for (const format of ['text', 'json', 'sarif'] as const) {
    const run = cli(['check', source, target, '--format', format]);
    t.equal(run.status, 100, `${format}: an unreadable source attribute is never compatible`);
    t.match(run.stdout, /fw_state could not be read on the source \(FIFO, not read\)/, `${format}: the skipped entry is reported`);
    t.match(run.stdout, /standard\/attribute_unreadable/, `${format}: under its rule id`);
  }
  const doc = JSON.parse(cli(['check', source, target, '--format', 'json']).stdout) as { verdict: string; tier: string };
  t.same([doc.verdict, doc.tier], ['incompatible', 'cold']);
  // The target's unreadable entry is named by attribute however the path is spelt (./t, t/, a/../t).
  const fifoTarget = new SysfsTree(join(dir, 'fifo-target')).attributes('', { device_api: 'vfio-pci', mdev_type: 'acme-1' }).fifo('fw_state').root;
  for (const spelling of [`${dir}/./fifo-target`, `${fifoTarget}/`, `${dir}/source/../fifo-target`]) {
    t.equal(cli(['check', target, spelling]).status, 100, `target spelt ${spelling}: still incompatible`);
  }
  // The library: a source attribute any rule compares, unreadable, on each side in turn.
  const base = prof('p', { device_api: 'vfio-pci', mdev_type: 'acme-1', fw_state: '3' });
  const unreadable = (name: string) => withUnreadable(base, [name], 'read failed (EIO)');
  for (const name of ['device_api', 'mdev_type', 'fw_state']) {
    t.not(check(unreadable(name), base).verdict, 'compatible', `source ${name} unreadable`);
    t.not(check(base, unreadable(name)).verdict, 'compatible', `target ${name} unreadable (the source has it)`);
  }
  t.equal(check(unreadable('device_api'), base).tier, 'none', 'an unreadable identity blocks cold migration too');
  const note = check(withUnreadable(base, ['create'], 'write-only, not read'), base);
  t.equal(note.verdict, 'compatible', 'a write-only informational entry (create) decides nothing');
  t.ok(note.findings.some((f) => f.rule === 'standard/attribute_unreadable' && f.attribute === 'create' && f.severity === 'info'), 'but is reported');
  // bump: an unreadable attribute leaves the bump unknown.
  const v1 = prof('v1', { device_api: 'vfio-pci', software_version: '1.0.0', fw_state: '3' });
  const v2 = withUnreadable(prof('v2', { device_api: 'vfio-pci', software_version: '2.0.0', fw_state: '3' }), ['fw_state'], 'read failed (EIO)');
  const b = bump(v1, v2);
  t.equal(b.ok, false, 'bump is not ok when an attribute could not be read');
  t.ok(b.findings.some((f) => f.rule === 'standard/attribute_unreadable' && f.attribute === 'fw_state' && f.severity === 'break'), 'and says which attribute');
  const bumpRun = cli(['bump', source, target]);
  t.equal(bumpRun.status, 101, 'bump without versions is still an input error first');
});

t.test('5. --timeout is validated; the watchdog is always armed', async (t) => {
  for (const bad of ['abc', '0', '-1', 'Infinity', 'NaN', '601', '']) {
    const run = cli(['hook', '--timeout', bad, 'qemu', 'g', 'migrate', 'begin', '-'], { input: '<domain><name>g</name></domain>', env: ENV });
    t.equal(run.status, 1, `--timeout '${bad}': a usage error`);
    t.match(run.stderr, /--timeout must be a number of seconds in \(0, 600\]/, `--timeout '${bad}': says why`);
  }
  const dir = scratch('devmig-hostile-timeout-');
  const config = join(dir, 'hook.json');
  writeFileSync(config, JSON.stringify({ timeoutSeconds: 'abc' }));
  refusedAsInput(t, cli(['hook', 'qemu', 'g', 'migrate', 'begin', '-'], { input: '<domain><name>g</name></domain>', env: { ...process.env, DEVMIG_HOOK_CONFIG: config } }), config, /timeoutSeconds' must be a number of seconds/, 'config timeoutSeconds "abc"');
  const { incomingMigrationReport } = await import('../../src/app/hook.js');
  const { Readable } = await import('node:stream');
  await t.rejects(incomingMigrationReport('g', { timeoutSeconds: Number.NaN }, Readable.from(['<domain><name>g</name></domain>']), { DEVMIG_HOOK_CONFIG: '' }),
    { name: 'InputError', message: /timeoutSeconds: must be a number of seconds/ }, 'a library caller cannot disarm it either');
});

t.test('6. a user pack cannot redefine another pack\'s option or id', async (t) => {
  const dir = scratch('devmig-hostile-redefine-');
  const pack = (id: string, options: Record<string, unknown>) => ({
    format: 'devmig/rule-pack@1', id, title: 'Hostile', description: 'Redefines a built-in option.', reference: 'test',
    select: [{ attribute: 'mdev_type', prefix: 'evil-' }], options,
    rules: [{
      id: 'x_changed', title: 'x', purpose: 'Checks x.', blocks: 'live', bump: 'major', reference: 'test',
      match: { attributes: ['x'] }, compare: 'equal', label: 'x differs',
      example: { pass: { source: { x: '1' }, target: { x: '1' } }, fail: { source: { x: '1' }, target: { x: '2' } } },
    }],
  });
  const file = join(dir, 'evil.json');
  writeFileSync(file, JSON.stringify(pack('evil', { 'nvidia-policy': { description: 'off', values: ['off'], default: 'off' } })));
  const nv = bundled('nvidia-vgpu/nvidia-256-drv535.161.05');
  const run = cli(['check', nv, bundled('nvidia-vgpu/nvidia-256-drv535.183.04'), '--rules', file]);
  refusedAsInput(t, run, file, /option 'nvidia-policy' is already declared by pack 'nvidia-vgpu' \(rules\/nvidia-vgpu\.json\)/, 'nvidia-policy redefined');
  const twin = join(dir, 'twin.json');
  writeFileSync(twin, JSON.stringify(pack('qat', {})));
  refusedAsInput(t, cli(['check', GVT, GVT, '--rules', twin]), twin, /pack id 'qat' is already defined by pack 'qat' \(rules\/qat\.json\)/, 'a built-in pack id');
});

t.test('7. plan keys cannot collide; bad attribute names are refused', async (t) => {
  t.throws(() => profileFromAttributes('p', { '': 'x' }), { name: 'InputError', message: /p: an attribute name is empty/ });
  t.throws(() => profileFromAttributes('p', [['a\0b', 'x']]), { name: 'InputError', message: /holds a NUL character/ });
  t.throws(() => profileFromAttributes('p', { a: 'x\0y' }), { name: 'InputError', message: /the value holds a NUL character/ });
  // Profile objects built by hand bypass the reader: the engine refuses them the same way.
  const raw = (path: string, names: [string, string][]): Profile => ({ path, form: 'json', attributes: new Map(names), links: new Map(), skipped: [] });
  const split = raw('split', [['device_api', 'vfio-pci'], ['migration/features', 'stop_copy'], ['parent/vendor', '0x8086']]);
  t.equal(check(split, split).verdict, 'compatible', 'a warm plan for [device_api, parent/vendor]');
  t.throws(() => check(raw('joined', [['device_api\0parent/vendor', 'x']]), split), { name: 'InputError', message: /^joined: .*NUL/ }, 'the name that once shared its plan key is refused');
  t.throws(() => check(split, raw('empty', [['', 'x']])), { name: 'InputError', message: /^empty: an attribute name is empty/ });
  t.throws(() => inventoryFromProfiles([{ host: 'h', device: 'd', profile: raw('nul', [['device_api', 'vfio-pci\0fw\0x']]) }]), { name: 'InputError', message: /NUL/ }, 'an inventory cannot merge two profiles through a NUL');
});

t.test('8. the smaller ones', async (t) => {
  // hisi-acc stream magic: hex compares as a number, whatever the case or prefix.
  const hisi = (magic: string) => prof('h', { device_api: 'vfio-pci', driver: 'hisi_acc_vfio_pci', device: '0xa251', qp_num: '64', que_iso_cfg: '0', 'migration/magic': magic, 'migration/stream_version': '2.0' });
  t.equal(check(hisi('0xAACCFEEDDECADEDE'), hisi('0xaaccfeeddecadede')).verdict, 'compatible', 'V2 magic in either case');
  t.equal(check(hisi('0xcdcdcdcdfeedaacc'), hisi('0xAACCFEEDDECADEDE')).verdict, 'compatible', 'V1 into V2, target upper-case');
  t.equal(check(hisi('0xAACCFEEDDECADEDE'), hisi('0xcdcdcdcdfeedaacc')).verdict, 'incompatible', 'V2 into V1 still refused');
  // A second <devices> element: its hostdevs are read too.
  const two = readDomainXml(`<domain><name>g</name><devices/><devices><hostdev mode='subsystem' type='mdev'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev></devices></domain>`, 'g.xml');
  t.equal(two.hostdevs.length, 1, 'no hostdev escapes the check');
  // JSON string values may not hold NUL.
  const dir = scratch('devmig-hostile-small-');
  const nul = join(dir, 'nul.json');
  writeFileSync(nul, JSON.stringify({ format: 'devmig/profile@1', attributes: { device_api: 'vfio-pci', mdev_type: 'a\u0000b' } }));
  refusedAsInput(t, cli(['check', nul, nul]), nul, /NUL/, 'a JSON value holding NUL');
  // dynamic_resources naming an attribute the source lacks.
  const dyn = check(prof('s', { device_api: 'vfio-pci', dynamic_resources: 'aggregator' }), prof('t', { device_api: 'vfio-pci', dynamic_resources: 'aggregator', aggregator: '1' }));
  t.match(dyn.findings, [{ rule: 'standard/dynamic_resource_missing', severity: 'break', message: /aggregator \(listed in dynamic_resources\) does not exist on the source/ }]);
  t.equal(dyn.verdict, 'incompatible');
  // XML entity errors name the input.
  t.throws(() => readDomainXml('<domain><name>&bogus</name></domain>', 'guest.xml'), { name: 'InputError', message: /^guest\.xml: / });
});

t.test('Object.prototype is untouched by everything above', async (t) => {
  check(profileFromAttributes('p', { __proto__: 'x', constructor: 'y', polluted: 'z' } as Record<string, string>), prof('t', { device_api: 'vfio-pci' }));
  check(profileFromAttributes('p', [['__proto__', 'x'], ['constructor', 'y']]), profileFromAttributes('t', [['__proto__', 'x']]));
  t.same(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeBefore);
  t.equal((({}) as Record<string, unknown>)['polluted'], undefined);
});
