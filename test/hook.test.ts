import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import t from 'tap';
import { InputError } from '../src/errors.js';
import { readDomainXml } from '../src/hook/domain-xml.js';
import { loadHookConfig, packOptionsOf } from '../src/hook/hook-config.js';
import { pciAddress } from '../src/hook/hostdev.js';
import { readDevmigMetadata, renderMetadata, virshMetadataCommand } from '../src/hook/metadata.js';
import { DEVMIG_XMLNS } from '../src/hook/namespace.js';
import { parseXmlDocument } from '../src/read/xml.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli, type CliRun } from './helpers/cli.js';
import { GVT_PARENT, GVT_TYPES, GVT_UUID, gvtHost } from './helpers/gvt-host.js';
import { SysfsTree } from './helpers/sysfs-tree.js';

ensureBuilt();

/** Every temporary directory this file makes, removed at the end. */
const made: string[] = [];
t.teardown(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });
const tempDir = (prefix: string) => { const d = mkdtempSync(join(tmpdir(), prefix)); made.push(d); return d; };

const UUID = GVT_UUID;
const HISI_VF = '0000:41:00.4';
const fixture = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/libvirt', name), 'utf8');
const GVT_XML = fixture('gvt-g-guest.xml');
const HISI_XML = fixture('hisi-acc-guest.xml');

/** A HiSilicon ZIP VF bound to hisi_acc_vfio_pci. */
function hisiHost(qpNum: string): SysfsTree {
  const s = new SysfsTree(tempDir('devmig-hook-sysfs-'));
  s.pciDevice(HISI_VF, {
    vendor: '0x19e5', device: '0xa251', subsystem_vendor: '0x19e5', subsystem_device: '0x0000',
    qp_num: qpNum, que_iso_cfg: '0', 'migration/magic': '0xaaccfeeddecadede', 'migration/stream_version': '2.0',
  }, { driver: 'hisi_acc_vfio_pci' });
  return s;
}

/** The domain XML with `element` added to its <metadata> (creating one when absent), as `virsh metadata --set` leaves it. */
function withMetadata(xml: string, element: string): string {
  return xml.includes('</metadata>')
    ? xml.replace('</metadata>', `${element}\n  </metadata>`)
    : xml.replace('</uuid>', `</uuid>\n  <metadata>\n${element}\n  </metadata>`);
}

/** No /etc/devmig/hook.json of the machine running the tests may leak in. */
const ENV = { ...process.env, DEVMIG_HOOK_CONFIG: '' };

function annotateCli(xml: string, sysfs: string, ...more: string[]): CliRun {
  return runCli(['annotate', '--sysfs', sysfs, ...more], { input: xml, timeout: 30_000 });
}

/** The hook as libvirt runs it: four arguments after the script name, the domain XML on stdin. */
function hookCli(args: string[], input: string | undefined, env: NodeJS.ProcessEnv = ENV): CliRun {
  return runCli(['hook', 'qemu', ...args], { input, env, timeout: 30_000 });
}

const srcGvt = gvtHost(['V5_2', 'V5_4'], 'V5_4');
const annotated = annotateCli(GVT_XML, srcGvt.root);
const gvtMigrating = withMetadata(GVT_XML, annotated.stdout.trimEnd());

t.test('annotate records the running mdev type as a devmig metadata element', async (t) => {
  t.equal(annotated.status, 0, annotated.stderr);
  t.equal(annotated.stderr, '');
  t.match(annotated.stdout, /^<devmig:devices xmlns:devmig="https:\/\/devmig\.dev\/xmlns\/domain\/1">\n/);
  const dom = readDomainXml(gvtMigrating, 'guest1.xml');
  t.same(dom.hostdevs, [{ kind: 'mdev', uuid: UUID, alias: 'hostdev0' }], 'the USB hostdev is not a migration device');
  t.equal(dom.metadata?.length, 1);
  const d = dom.metadata![0]!;
  t.same(d.ref, { kind: 'mdev', uuid: UUID }, 'an mdev is known by its UUID alone');
  t.equal(d.type, 'i915-GVTg_V5_4');
  t.equal(d.family, 'gvt-g');
  t.strictSame(Object.fromEntries(d.attributes), {
    description: GVT_TYPES.V5_4.description, device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_4',
    name: 'GVTg_V5_4', 'parent/device': '0x5912', 'parent/vendor': '0x8086', software_version: '1.2.0',
    'host/kernel_release': readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim(),
  }, 'the type profile as collect reads it (with this host\'s kernel from /proc), multi-line description intact, available_instances left out');
});

t.test('annotate --format virsh prints a command whose --set argument is the element unprefixed, as libvirt takes it', async (t) => {
  const r = annotateCli(GVT_XML, srcGvt.root, '--format', 'virsh');
  t.equal(r.status, 0, r.stderr);
  t.match(r.stdout, /^virsh metadata guest1 --uri https:\/\/devmig\.dev\/xmlns\/domain\/1 --key devmig --set '<devices>\n/);
  t.match(r.stdout, / --live --config\n$/);
  // Let a shell parse it, with `virsh` a function printing its arguments NUL-separated.
  const argv = spawnSync('bash', ['-c', `virsh() { printf '%s\\0' "$@"; }\n${r.stdout}`], { encoding: 'utf8' }).stdout.split('\0');
  const set = argv[argv.indexOf('--set') + 1]!;
  t.notMatch(set, /devmig:|xmlns/, 'libvirt declares the namespace and prefixes the elements itself (--key)');
  t.equal(set, annotated.stdout.trimEnd().replaceAll('devmig:', '').replace(` xmlns:devmig="${DEVMIG_XMLNS}"`, ''), 'the same element otherwise');
});

t.test('annotate refuses what it cannot profile, naming the device', async (t) => {
  const notRunning = annotateCli(GVT_XML, gvtHost(['V5_4']).root);
  t.equal(notRunning.status, 101);
  t.match(notRunning.stderr, new RegExp(`^devmig: stdin: hostdev ${UUID}: no bus/mdev/devices/${UUID} `));
  const plain = annotateCli(fixture('plain-guest.xml'), srcGvt.root);
  t.equal(plain.status, 101);
  t.match(plain.stderr, /domain plain has no mdev or PCI hostdev/);
  const hisiOnGvt = annotateCli(HISI_XML, srcGvt.root);
  t.equal(hisiOnGvt.status, 101);
  t.match(hisiOnGvt.stderr, /hostdev 0000:41:00\.4: not bound to a VFIO variant driver/);
});

t.test('hook: a compatible target exits 0 and prints nothing', async (t) => {
  for (const [what, tree] of [['type offered, mdev not created yet', gvtHost(['V5_2', 'V5_4'])], ['mdev created as the same type', gvtHost(['V5_4'], 'V5_4')]] as const) {
    const r = hookCli(['guest1', 'migrate', 'begin', '-', '--sysfs', tree.root], gvtMigrating);
    t.equal(r.status, 0, `${what}: ${r.stderr}`);
    t.equal(r.stdout, '', `${what}: empty stdout keeps the XML unchanged`);
    t.equal(r.stderr, '', what);
  }
});

t.test('hook: the sysfs root comes from DEVMIG_SYSFS or the config file when libvirt passes no flags', async (t) => {
  const tree = gvtHost(['V5_4']);
  const viaEnv = hookCli(['guest1', 'migrate', 'begin', '-'], gvtMigrating, { ...ENV, DEVMIG_SYSFS: tree.root });
  t.equal(viaEnv.status, 0, viaEnv.stderr);
  t.equal(viaEnv.stdout, '');
  const dir = tempDir('devmig-hookcfg-');
  const cfg = join(dir, 'hook.json');
  writeFileSync(cfg, JSON.stringify({ sysfs: tree.root, mode: 'strict', timeoutSeconds: 20 }));
  const viaConfig = hookCli(['guest1', 'migrate', 'begin', '-'], gvtMigrating, { ...process.env, DEVMIG_HOOK_CONFIG: cfg });
  t.equal(viaConfig.status, 0, viaConfig.stderr);
  t.equal(viaConfig.stdout, '');
  writeFileSync(cfg, JSON.stringify({ sysfs: tree.root, timeout: 5 }));
  const bad = hookCli(['guest1', 'migrate', 'begin', '-'], gvtMigrating, { ...process.env, DEVMIG_HOOK_CONFIG: cfg });
  t.equal(bad.status, 101);
  t.equal(bad.stderr, `devmig: ${cfg}: unknown key 'timeout' (known: sysfs, proc, nvidiaSmiXml, mode, rules, options, set, timeoutSeconds, nvidiaPolicy)\n`);
  const other = hookCli(['guest1', 'prepare', 'begin', '-'], GVT_XML, { ...process.env, DEVMIG_HOOK_CONFIG: cfg });
  t.equal(other.status, 0, 'a broken devmig config never stops a guest from starting');
});

t.test('hook: a built-in pack option as a key of its own (nvidiaPolicy) is that pack option, over options', async (t) => {
  t.strictSame(packOptionsOf({ options: { 'nvidia-policy': 'identical', other: 'x' }, nvidiaPolicy: 'compatible' }), { 'nvidia-policy': 'compatible', other: 'x' });
  t.strictSame(packOptionsOf({ sysfs: '/sys' }), {});
  const cfg = join(tempDir('devmig-hookcfg-'), 'hook.json');
  writeFileSync(cfg, JSON.stringify({ nvidiaPolicy: 'compatible', options: { 'nvidia-policy': 'identical' } }));
  t.strictSame(packOptionsOf(loadHookConfig({ DEVMIG_HOOK_CONFIG: cfg }).config), { 'nvidia-policy': 'compatible' }, 'as the configuration file gives it');
  writeFileSync(cfg, JSON.stringify({ nvidiaPolicy: 'newest' }));
  t.throws(() => loadHookConfig({ DEVMIG_HOOK_CONFIG: cfg }), new InputError(cfg, "'nvidiaPolicy' must be one of identical, compatible"));
});

t.test('hook: an incompatible target exits non-zero with one stderr line naming the device and the reason', async (t) => {
  const otherType = hookCli(['guest1', 'migrate', 'begin', '-', '--sysfs', gvtHost(['V5_2', 'V5_4'], 'V5_2').root], gvtMigrating);
  t.equal(otherType.status, 100);
  t.equal(otherType.stdout, '');
  const lines = otherType.stderr.trimEnd().split('\n');
  t.equal(lines.length, 1);
  t.match(lines[0], new RegExp(`^devmig: guest1: hostdev ${UUID} \\(i915-GVTg_V5_4\\): incompatible with this host: ${GVT_PARENT}/i915-GVTg_V5_2: .*device type differs: source i915-GVTg_V5_4, target i915-GVTg_V5_2$`),
    'the mdev created here is a V5_2: only its type is a candidate, and the type differs');

  const noV54 = hookCli(['guest1', 'migrate', 'begin', '-', '--sysfs', gvtHost(['V5_2']).root], gvtMigrating);
  t.equal(noV54.status, 100, 'strict mode: V5_4 does not go to a host offering V5_2 only');
  t.equal(noV54.stdout, '');
  t.match(noV54.stderr, new RegExp(`^devmig: guest1: hostdev ${UUID} \\(i915-GVTg_V5_4\\): incompatible with this host: ${GVT_PARENT}/i915-GVTg_V5_2: .*\\n$`));

  const noMdev = hookCli(['guest1', 'migrate', 'begin', '-', '--sysfs', hisiHost('64').root], gvtMigrating);
  t.equal(noMdev.status, 100);
  t.match(noMdev.stderr, /incompatible with this host: this host offers no mdev type\n$/);
});

t.test('hook: a device without devmig metadata is refused, pointing at devmig annotate', async (t) => {
  const tree = gvtHost(['V5_4']);
  const none = hookCli(['guest1', 'migrate', 'begin', '-', '--sysfs', tree.root], GVT_XML);
  t.equal(none.status, 100);
  t.equal(none.stdout, '');
  t.equal(none.stderr, `devmig: guest1: hostdev ${UUID} (mdev): cannot be checked, refused: no devmig metadata records its source profile; run 'devmig annotate' on the source host and store the result with 'virsh metadata' before migrating\n`);
  const otherUuid = hookCli(['guest1', 'migrate', 'begin', '-', '--sysfs', tree.root], gvtMigrating.replace(`uuid='${UUID}'`, "uuid='0e6a7d25-5c2e-4f41-8a8b-0d6c3f1e2a9b'"));
  t.equal(otherUuid.status, 100, 'metadata for another mdev does not count');
  t.match(otherUuid.stderr, /hostdev 0e6a7d25-5c2e-4f41-8a8b-0d6c3f1e2a9b \(mdev\): cannot be checked, refused/);
  const plain = hookCli(['plain', 'migrate', 'begin', '-', '--sysfs', '/nonexistent'], fixture('plain-guest.xml'));
  t.equal(plain.status, 0, 'a guest with no assigned device is let through without reading sysfs');
  t.equal(plain.stdout, '');
});

t.test('hook: PCI hostdevs of a variant driver are checked by address', async (t) => {
  const src = annotateCli(HISI_XML, hisiHost('64').root);
  t.equal(src.status, 0, src.stderr);
  t.match(src.stdout, /<devmig:device address="0000:41:00\.4" alias="hostdev0" type="hisi_acc_vfio_pci 0xa251" family="hisi-acc">/);
  const xml = withMetadata(HISI_XML, src.stdout.trimEnd());
  const same = hookCli(['zip-offload', 'migrate', 'begin', '-', '--sysfs', hisiHost('64').root], xml);
  t.equal(same.status, 0, same.stderr);
  t.equal(same.stdout, '');
  const fewerQueues = hookCli(['zip-offload', 'migrate', 'begin', '-', '--sysfs', hisiHost('128').root], xml);
  t.equal(fewerQueues.status, 100);
  t.equal(fewerQueues.stdout, '');
  t.match(fewerQueues.stderr, /^devmig: zip-offload: hostdev 0000:41:00\.4 \(hisi_acc_vfio_pci 0xa251\): incompatible with this host: 0000:41:00\.4: queue-pair count differs: source 64, target 128\n$/);
  // The migration XML gave the device this host's address: the alias still finds its metadata,
  // and with no device at that address here, any local variant-driver device may take it.
  const moved = xml.replace("bus='0x41'", "bus='0x42'");
  const viaAlias = hookCli(['zip-offload', 'migrate', 'begin', '-', '--sysfs', hisiHost('64').root], moved);
  t.equal(viaAlias.status, 0, viaAlias.stderr);
  const movedFewer = hookCli(['zip-offload', 'migrate', 'begin', '-', '--sysfs', hisiHost('128').root], moved);
  t.equal(movedFewer.status, 100);
  t.match(movedFewer.stderr, /^devmig: zip-offload: hostdev 0000:42:00\.4 \(hisi_acc_vfio_pci 0xa251\): incompatible with this host: 0000:41:00\.4: /);
});

t.test('hook: every other operation exits 0 at once, printing nothing, reading no stdin', async (t) => {
  for (const args of [['prepare', 'begin', '-'], ['start', 'begin', '-'], ['started', 'begin', '-'], ['stopped', 'end', '-'], ['release', 'end', '-'], ['release', 'end', 'migrated'], ['migrate', 'end', '-'], ['restore', 'begin', '-'], ['reconnect', 'begin', '-']]) {
    const r = hookCli(['guest1', ...args], undefined);
    t.equal(r.status, 0, args.join(' '));
    t.equal(r.stdout, '', args.join(' '));
    t.equal(r.stderr, '', args.join(' '));
  }
  // stdin left open, as a libvirt that has not finished writing would: the hook must not wait for it.
  const started = Date.now();
  const child = spawn(process.execPath, [join(repoRoot, 'bin/devmig.js'), 'hook', 'qemu', 'guest1', 'started', 'begin', '-'], { stdio: ['pipe', 'pipe', 'pipe'], env: ENV });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d; });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.stdin.destroy();
  t.equal(code, 0);
  t.equal(stdout, '');
  t.ok(Date.now() - started < 10_000, 'exited without waiting for stdin to close');
});

t.test('hook: malformed input on migrate begin is one line and a non-zero exit', async (t) => {
  const r = hookCli(['guest1', 'migrate', 'begin', '-'], GVT_XML.replace('</devices>', '</device>'));
  t.equal(r.status, 101);
  t.equal(r.stdout, '');
  t.match(r.stderr, /^devmig: guest1: domain XML on stdin: malformed XML at line \d+, column \d+: [^\n]+\n$/);
  const notDomain = hookCli(['net0', 'migrate', 'begin', '-'], '<network><name>default</name></network>');
  t.equal(notDomain.status, 101);
  t.equal(notDomain.stderr, 'devmig: net0: domain XML on stdin: not a libvirt domain XML document (the root element is <network>, expected <domain>)\n');
  const empty = hookCli(['guest1', 'migrate', 'begin', '-'], '');
  t.equal(empty.status, 101);
  t.match(empty.stderr, /^devmig: guest1: domain XML on stdin: malformed XML/);
});

t.test('hook: bounded time, under timeout(1) as libvirt would wish', async (t) => {
  const bin = join(repoRoot, 'bin/devmig.js');
  const tree = gvtHost(['V5_4']);
  const ok = spawnSync('timeout', ['20', process.execPath, bin, 'hook', 'qemu', 'guest1', 'migrate', 'begin', '-', '--sysfs', tree.root], { input: gvtMigrating, encoding: 'utf8', env: ENV });
  t.equal(ok.status, 0, ok.stderr);
  t.equal(ok.stdout, '');
  // stdin never closed: the watchdog refuses after --timeout rather than hang libvirt.
  const started = Date.now();
  const child = spawn('timeout', ['20', process.execPath, bin, 'hook', 'qemu', 'guest1', 'migrate', 'begin', '-', '--sysfs', tree.root, '--timeout', '1'], { stdio: ['pipe', 'pipe', 'pipe'], env: ENV });
  child.stdin.write(gvtMigrating.slice(0, 200));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d; });
  child.stderr.on('data', (d: Buffer) => { stderr += d; });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, sig) => resolve([c, sig])));
  child.stdin.destroy();
  t.not(code, 0, 'refused');
  t.not(code, 124, 'ended by its own watchdog, not by timeout(1)');
  t.ok(Date.now() - started < 15_000);
  t.equal(stdout, '');
  t.equal(signal, 'SIGKILL', 'timeout(1) passes on the SIGKILL its child took from the watchdog');
  t.equal(stderr, 'devmig: guest1: migrate begin: no decision within 1 s (domain XML not closed on stdin, or sysfs too slow); refusing the migration\n');
});

t.test('the watchdog ends a process whose main thread is stuck in synchronous work', async (t) => {
  // Plain node on a bundle, as dist/devmig.cjs runs: a loader such as tsx would sit between the worker and the process.
  // The shell, and the thread that stands in where no shell can be started.
  for (const start of ['startWatchdog', 'threadWatchdog']) {
    const script = join(tempDir('devmig-watchdog-'), 'stuck.mjs');
    buildSync({
      stdin: { contents: `import { ${start} } from './src/hook/watchdog.ts'; ${start}(300, 'gave up (${start})\\n'); for (;;) {}`, resolveDir: repoRoot, loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'error',
    });
    const started = Date.now();
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
    t.equal(r.signal, 'SIGKILL', start);
    t.equal(r.stderr, `gave up (${start})\n`, `${start}: its own watchdog, not the 20 s spawn limit`);
    t.ok(Date.now() - started < 15_000);
  }
});

t.test('a disarmed watchdog, or one whose process ends, leaves no process behind', async (t) => {
  const dir = tempDir('devmig-watchdog-');
  const token = `devmig-test-${process.pid}-${Date.now()}`;
  for (const [name, body] of [
    ['disarmed', `const disarm = startWatchdog(60_000, '${token}-disarmed'); disarm();`],
    ['exited', `startWatchdog(60_000, '${token}-exited'); process.exitCode = 3;`],
  ] as const) {
    const script = join(dir, `${name}.mjs`);
    buildSync({
      stdin: { contents: `import { startWatchdog } from './src/hook/watchdog.ts'; ${body}`, resolveDir: repoRoot, loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'error',
    });
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
    t.equal(r.stderr, '', `${name}: nothing said`);
    t.ok(r.status === 0 || r.status === 3, `${name}: ended on its own, not killed (${r.status} ${r.signal})`);
    // The shell names its message in its arguments: none may still run.
    const left = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`${token}-${name}`);
      } catch {
        return false;
      }
    });
    t.same(left, [], `${name}: no watchdog shell left running`);
  }
});

t.test('metadata: values survive the XML round trip; the namespace decides, not the prefix', async (t) => {
  const attributes = new Map([['description', '  leading blanks\nline & <two> "quoted" \'single\''], ['empty', ''], ['parent/vendor', '0x8086']]);
  const element = renderMetadata([{ ref: { kind: 'pci', address: HISI_VF }, attributes }]);
  const read = readDomainXml(withMetadata(GVT_XML, element), 'x.xml').metadata;
  t.strictSame(read && Object.fromEntries(read[0]!.attributes), Object.fromEntries(attributes));
  const otherPrefix = `<dm:devices xmlns:dm="${DEVMIG_XMLNS}"><dm:device uuid="${UUID.toUpperCase()}"><dm:attr name="mdev_type">i915-GVTg_V5_4</dm:attr></dm:device></dm:devices>`;
  const dom = readDomainXml(withMetadata(GVT_XML, otherPrefix), 'x.xml');
  t.same(dom.metadata?.map((d) => [d.ref, Object.fromEntries(d.attributes)]), [[{ kind: 'mdev', uuid: UUID }, { mdev_type: 'i915-GVTg_V5_4' }]]);
  const foreign = `<x:devices xmlns:x="https://example.com/other"><x:device uuid="${UUID}"/></x:devices>`;
  t.equal(readDomainXml(withMetadata(GVT_XML, foreign), 'x.xml').metadata, null, 'another application\'s element is not ours');
  const newer = `<devmig:devices xmlns:devmig="https://devmig.dev/xmlns/domain/2"/>`;
  t.throws(() => readDomainXml(withMetadata(GVT_XML, newer), 'x.xml'), new InputError('x.xml', 'devmig metadata at line 9, column 3 in namespace https://devmig.dev/xmlns/domain/2, which this devmig does not read (it reads https://devmig.dev/xmlns/domain/1); upgrade devmig'));
  const both = `<devmig:devices xmlns:devmig="${DEVMIG_XMLNS}"><devmig:device uuid="${UUID}" address="${HISI_VF}"><devmig:attr name="a">b</devmig:attr></devmig:device></devmig:devices>`;
  t.throws(() => readDomainXml(withMetadata(GVT_XML, both), 'x.xml'), /device #1 at line 9, column 68: needs exactly one of uuid= \(mdev\) or address= \(PCI\)/);
  const noMeta = parseXmlDocument(GVT_XML, 'x.xml');
  t.equal(readDevmigMetadata(noMeta.root, 'x.xml'), null);
  t.equal(virshMetadataCommand("it's", '<a/>'), `virsh metadata 'it'\\''s' --uri ${DEVMIG_XMLNS} --key devmig --set '<a/>' --live --config`);
});

t.test('PCI addresses are read as libvirt writes them', async (t) => {
  t.equal(pciAddress('0x0000', '0x41', '0x00', '0x4'), '0000:41:00.4');
  t.equal(pciAddress(undefined, '65', '0', '4'), '0000:41:00.4', 'domain defaults to 0; decimal accepted');
  t.equal(pciAddress('0x0000', '0x100', '0x00', '0x0'), undefined, 'bus out of range');
  t.equal(pciAddress('0x0000', '0x41', '0x00', undefined), undefined);
  const iface = GVT_XML.replace('</devices>', "<interface type='hostdev' managed='yes'><driver name='vfio'/><source><address type='pci' domain='0x0000' bus='0x3b' slot='0x02' function='0x1'/></source><mac address='52:54:00:6d:90:02'/></interface></devices>");
  t.same(readDomainXml(iface, 'x.xml').hostdevs.map((h) => h.kind === 'pci' ? h.address : h.uuid), [UUID, '0000:3b:02.1'], 'an SR-IOV VF given as <interface type=hostdev> is checked too');
});
