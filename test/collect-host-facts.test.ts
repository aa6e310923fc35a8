// Host facts collect reads beside sysfs (procfs, module versions, PCI revision, nvidia-smi),
// and the imports from libvirt node-device XML, mdevctl and devlink, on third-party data
// (test/fixtures/third-party/README.md) and the sample hosts of examples/hosts/.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { Ajv } from 'ajv';
import { collect } from '../src/collect/collect.js';
import { parseNvidiaSmiXml, readNvidiaSmiXml, runNvidiaSmi } from '../src/collect/nvidia-smi.js';
import { InputError } from '../src/errors.js';
import type { Skipped } from '../src/read/fs-safe.js';
import { readProfile } from '../src/read/read-profile.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const THIRD = join(repoRoot, 'test/fixtures/third-party');
const HOSTS = join(repoRoot, 'examples/hosts');
const M10_XML = join(THIRD, 'nvidia-smi/tesla-m10-vgpu-host.xml');
const A100_XML = join(THIRD, 'nvidia-smi/a100-sxm4-v12.xml');
const host = (name: string) => ({ sysfs: join(HOSTS, name, 'sys'), proc: join(HOSTS, name, 'proc') });
const validateInventory = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(join(repoRoot, 'schema/collect-output.schema.json'), 'utf8')));

/** PATH with a fake `nvidia-smi` running `script` (sh) ahead of everything, so the real runner is exercised end to end. */
function fakeNvidiaSmi(script: string): NodeJS.ProcessEnv {
  const bin = scratch('devmig-fake-smi-');
  writeFileSync(join(bin, 'nvidia-smi'), `#!/bin/sh\n${script}\n`);
  chmodSync(join(bin, 'nvidia-smi'), 0o755);
  return { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
}

/** A PATH without nvidia-smi, so tests say the same on a GPU machine. */
const NO_SMI: NodeJS.ProcessEnv = { ...process.env, PATH: scratch('devmig-no-smi-') };
const cli = (args: string[], env: NodeJS.ProcessEnv = NO_SMI) => runCli(args, { env, timeout: 60_000 });
const attrs = (dir: string) => Object.fromEntries(readProfile(dir).attributes);

t.test('nvidia-smi -q -x of a real vGPU host and a bare-metal GPU', async (t) => {
  const m10 = readNvidiaSmiXml(M10_XML);
  t.equal(m10.driverVersion, '390.94');
  t.same([...m10.gpus.keys()], ['0000:1a:00.0', '0000:1b:00.0'], 'GPU ids read as sysfs names the boards');
  t.same(m10.gpus.get('0000:1a:00.0'), { vendor: '0x10de', device: '0x13bd' }, 'ECC N/A (the M10 has none) stays unknown, never "disabled"');
  const a100 = readNvidiaSmiXml(A100_XML);
  t.equal(a100.driverVersion, '535.54.03');
  t.same(a100.gpus.get('0000:01:00.0'), { ecc: 'enabled', vendor: '0x10de', device: '0x20b2' }, 'current_ecc lower-cased');
  t.throws(() => parseNvidiaSmiXml('<domain/>', 'x.xml'), { message: /x\.xml: not nvidia-smi -q -x output \(root element <domain>/ });
  t.throws(() => parseNvidiaSmiXml('<nvidia_smi_log><gpu>', 'x.xml'), InputError);
});

t.test('collect on the M10 vGPU host with its nvidia-smi output: NVIDIA profiles live against themselves', async (t) => {
  const h = host('m10-vgpu');
  const out = join(scratch('devmig-m10-'), 'm10-vgpu');
  const run = cli(['collect', '--sysfs', h.sysfs, '--proc', h.proc, '--nvidia-smi-xml', M10_XML, '--out', out, '--format', 'json']);
  t.equal(run.status, 0, run.stderr);
  const doc = JSON.parse(run.stdout);
  t.ok(validateInventory(doc), JSON.stringify(validateInventory.errors));
  t.same(doc.profiles.map((p: { id: string }) => p.id), ['0000:1a:00.0/nvidia-155', '0000:1a:00.0/nvidia-36', '0000:1b:00.0/nvidia-155', '0000:1b:00.0/nvidia-36']);
  const facts = doc.profiles[0].facts;
  t.equal(facts['nvidia/host_driver_version'], M10_XML, 'each fact names its origin');
  t.equal(facts['nvidia/migration'], join(h.proc, 'driver/nvidia/params'));
  t.equal(facts['nvidia/registry_dwords'], join(h.proc, 'driver/nvidia/params'));
  t.equal(facts['host/kernel_release'], join(h.proc, 'sys/kernel/osrelease'));
  t.equal(facts['host/driver_version'], join(h.sysfs, 'module/nvidia/version'));
  const a = join(out, '0000:1a:00.0/nvidia-155');
  t.same(attrs(a), {
    available_instances: '4', device_api: 'vfio-pci', 'host/driver_version': '390.94', 'host/kernel_release': '4.18.0-80.el8.x86_64',
    mdev_type: 'nvidia-155', name: 'GRID M10-2B', 'nvidia/host_driver_version': '390.94', 'nvidia/migration': 'supported',
    'nvidia/registry_dwords': 'RMEnableVgpuMigration=1', 'parent/device': '0x13bd', 'parent/revision': '0xa2', 'parent/vendor': '0x10de',
  }, 'the names the nvidia-vgpu pack reads; no nvidia/ecc: nvidia-smi says N/A');
  const self = cli(['check', a, a, '--format', 'json']);
  t.equal(self.status, 0, self.stdout);
  t.equal(JSON.parse(self.stdout).tier, 'live');
  const otherBoard = cli(['check', a, join(out, '0000:1b:00.0/nvidia-155')]);
  t.equal(otherBoard.status, 0, 'the second M10 board takes it live');
  const index = JSON.parse(readFileSync(join(out, '.devmig-host.json'), 'utf8'));
  t.equal(index.devices[0].attributes['nvidia/migration'], 'supported', 'the host index holds the facts too');

  // Without the procfs params nothing states that migration is enabled: unknown, never live.
  const noProc = cli(['collect', '--sysfs', h.sysfs, '--nvidia-smi-xml', M10_XML, '--proc', scratch('devmig-empty-proc-'), '--out', join(scratch('devmig-m10b-'), 'h')]);
  t.equal(noProc.status, 0, noProc.stderr);
  const unknown = cli(['check', a.replace(out, out), join(noProc.stdout.match(/(\S+\/0000:1a:00\.0\/nvidia-155)/)![1]!)]);
  t.equal(unknown.status, 100);
  t.match(unknown.stdout, /nvidia\/migration is missing on the target/);
});

t.test('an A100 host: ECC from nvidia-smi, board ids where sysfs gave none', async (t) => {
  const r = collect({ imports: { mdevctl: [join(THIRD, 'mdevctl/types-full.json')] }, nvidiaSmi: { xml: A100_XML } });
  const nv = r.profiles.find((p) => p.id === '0000:00:03.0/nvidia-155')!;
  t.equal(nv.profile.attributes.get('nvidia/host_driver_version'), '535.54.03');
  t.notOk(nv.profile.attributes.has('nvidia/ecc'), 'no GPU at 0000:00:03.0 in that output: its ECC is not guessed from another board');
  const gvtLike = r.profiles.find((p) => p.id === '0000:00:02.0/mdev_type1')!;
  t.notOk(gvtLike.profile.attributes.has('nvidia/host_driver_version'), 'NVIDIA facts go to NVIDIA profiles only');
  t.equal(r.root, null, 'only imports: sysfs not read');
});

t.test('nvidia-smi on PATH is run, bounded in time and size, never hung on', async (t) => {
  const h = host('m10-vgpu');
  const ok = cli(['collect', '--sysfs', h.sysfs, '--proc', h.proc, '--format', 'json'], fakeNvidiaSmi(`[ "$1 $2" = "-q -x" ] || exit 9\ncat '${M10_XML}'`));
  t.equal(ok.status, 0, ok.stderr);
  t.equal(JSON.parse(ok.stdout).profiles[0].facts['nvidia/host_driver_version'], 'nvidia-smi -q -x', 'the origin is the command');
  t.equal(cli(['collect', '--sysfs', h.sysfs, '--proc', h.proc, '--no-nvidia-smi', '--format', 'json'], fakeNvidiaSmi(`cat '${M10_XML}'`)).stdout.includes('nvidia-smi -q -x'), false, '--no-nvidia-smi');

  const skipped = (script: string) => {
    const s: Skipped[] = [];
    const started = Date.now();
    t.equal(runNvidiaSmi(s, fakeNvidiaSmi(script)), null);
    return { reasons: s.map((x) => `${x.path}: ${x.reason}`), ms: Date.now() - started };
  };
  const hung = skipped('sleep 8 & sleep 8');
  t.match(hung.reasons, [/^nvidia-smi -q -x: no answer within 5 s, killed; NVIDIA facts unknown$/]);
  t.ok(hung.ms < 15_000, `returned after ${hung.ms} ms although a child still holds its output open`);
  t.match(skipped('head -c 20000000 /dev/zero | tr "\\0" x').reasons, [/output over the \d+-byte limit, killed/]);
  t.match(skipped('echo "<nvidia_smi_log>"; exit 3').reasons, [/exited with status 3/]);
  t.match(skipped('echo "not xml <"').reasons, [/malformed XML|not nvidia-smi/]);
  t.same(runNvidiaSmi([], NO_SMI), null, 'not on PATH: nothing to say');
});

t.test('collect --nvidia-smi-xml: a bad file exits 101 with one line naming it', async (t) => {
  const h = host('m10-vgpu');
  const dir = scratch('devmig-bad-smi-');
  const cases: [string, string | null, RegExp][] = [
    ['missing.xml', null, /no such nvidia-smi XML/],
    ['domain.xml', '<domain type="kvm"/>', /not nvidia-smi -q -x output/],
    ['broken.xml', '<nvidia_smi_log><gpu></nvidia_smi_log>', /malformed XML/],
    ['nul.xml', '<nvidia_smi_log>\0</nvidia_smi_log>', /binary or non-UTF-8/],
  ];
  for (const [name, content, why] of cases) {
    const file = join(dir, name);
    if (content !== null) writeFileSync(file, content);
    const r = cli(['collect', '--sysfs', h.sysfs, '--nvidia-smi-xml', file]);
    t.equal(r.status, 101, name);
    t.match(r.stderr, new RegExp(`^devmig: ${file.replace(/[.]/g, '\\.')}: .*\n$`), `${name}: one line naming the file`);
    t.match(r.stderr, why);
  }
});

t.test('host facts on the sample hosts: kernel release, module version, PCI revision', async (t) => {
  const hisi = collect(host('hisi-zip'));
  const vf = hisi.profiles.find((p) => p.id === '0000:41:00.4')!;
  t.equal(vf.profile.attributes.get('revision'), '0x21', 'the variant-driver VF\'s own revision');
  t.equal(vf.profile.attributes.get('host/kernel_release'), '6.8.0-45-generic');
  t.notOk(vf.profile.attributes.has('host/driver_version'), 'hisi_acc_vfio_pci declares no module version: unknown');
  const h100 = collect(host('h100-sriov'));
  t.same(h100.profiles.map((p) => [p.id, p.profile.attributes.get('parent/revision'), p.profile.attributes.get('host/driver_version')]), [
    ['0000:41:00.4/1130', '0xa1', '570.172.07'], ['0000:41:00.4/1131', '0xa1', '570.172.07'],
  ], 'a VF\'s board revision comes from its physical function');
  t.equal(h100.profiles[0]!.origins?.get('parent/revision'), join(HOSTS, 'h100-sriov/sys/devices/pci0000:00/0000:41:00.0/revision'));
  t.notOk(collect({ sysfs: host('hisi-zip').sysfs }).profiles[0]!.profile.attributes.has('host/kernel_release'), 'no procfs named to the library: unknown');
  const noProc = cli(['collect', '--sysfs', host('hisi-zip').sysfs, '--proc', join(HOSTS, 'no-such-proc')]);
  t.equal(noProc.status, 101);
  t.equal(noProc.stderr, `devmig: ${join(HOSTS, 'no-such-proc')}: cannot read the procfs root (ENOENT)\n`);
});

t.test('libvirt node devices give the profiles sysfs would', async (t) => {
  const files = ['pci_0000_02_10_7_mdev_types.xml', 'css_0_0_fffe_mdev_types.xml', 'ap_matrix_mdev_types.xml'].map((f) => join(THIRD, 'libvirt', f));
  const r = collect({ imports: { nodedev: files } });
  t.same(r.profiles.map((p) => p.id), ['0.0.fffe/vfio_ccw-io', '0000:02:10.7/foo1', '0000:02:10.7/foo2', 'matrix/vfio_ap-passthrough'], 'parents named as class/mdev_bus names them');
  t.same(Object.fromEntries(r.profiles[1]!.profile.attributes), {
    available_instances: '1', device_api: 'vfio-pci', mdev_type: 'foo1', name: 'bar1', 'parent/device': '0x10ca', 'parent/vendor': '0x8086',
  });
  t.equal(r.profiles[1]!.origins?.get('mdev_type'), files[0]);
  const out = join(scratch('devmig-nodedev-'), 'h1');
  const run = cli(['collect', '--from-nodedev', ...files, '--out', out]);
  t.equal(run.status, 0, run.stderr);
  t.equal(cli(['check', join(out, '0000:02:10.7/foo1'), join(out, '0000:02:10.7/foo1')]).status, 100, 'read back by check; no driver states migration: unknown, never live');
  const foo = cli(['check', join(out, '0000:02:10.7/foo1'), join(out, '0000:02:10.7/foo2'), '--format', 'json']);
  t.equal(JSON.parse(foo.stdout).tier, 'none', 'two types never mix');
  const bad = join(scratch('devmig-bad-nodedev-'), 'dev.xml');
  writeFileSync(bad, "<device><name>pci_0000_00_02_0</name><capability type='pci'><capability type='mdev_types'><type><name>x</name></type></capability></capability></device>");
  const refused = cli(['collect', '--from-nodedev', bad]);
  t.equal(refused.status, 101);
  t.match(refused.stderr, /^devmig: \S+dev\.xml: an mdev <type> at line 1, column \d+ without a usable id attribute \(''\)\n$/);
  writeFileSync(bad, '<!DOCTYPE d [<!ENTITY a "aaaa">]><device>&a;</device>');
  t.match(cli(['collect', '--from-nodedev', bad]).stderr, /a DOCTYPE declaration at line 1, column 1 is not accepted/, 'libvirt writes no DOCTYPE');
});

t.test('mdevctl types --dumpjson gives the same profiles; vm reads a host collected from it', async (t) => {
  const file = join(THIRD, 'mdevctl/types-full.json');
  const out = join(scratch('devmig-mdevctl-'), 'target');
  const run = cli(['collect', '--from-mdevctl', file, '--set', 'nvidia/migration=supported', '--out', out, '--format', 'json']);
  t.equal(run.status, 0, run.stderr);
  const doc = JSON.parse(run.stdout);
  t.same(doc.profiles.map((p: { id: string; family: string | null }) => [p.id, p.family]), [
    ['0.0.26ab/vfio_ccw-io', null], ['0000:00:02.0/mdev_type1', null], ['0000:00:02.0/mdev_type2', null], ['0000:00:02.0/mdev_type3', null],
    ['0000:00:03.0/nvidia-155', 'nvidia-vgpu'], ['0000:00:03.0/nvidia-36', 'nvidia-vgpu'],
  ]);
  t.equal(doc.profiles[4].facts['nvidia/migration'], '--set');
  t.same(attrs(join(out, '0000:00:03.0/nvidia-155')), { available_instances: '4', device_api: 'vfio-pci', mdev_type: 'nvidia-155', name: 'GRID M10-2B', 'nvidia/migration': 'supported' });
  // A VM whose one vGPU is an M10-2B: the collected host takes it (the host driver version unknown on both sides only warns).
  const vmDir = scratch('devmig-mdevctl-vm-');
  writeFileSync(join(vmDir, 'vgpu0.json'), JSON.stringify({ format: 'devmig/profile@1', attributes: attrs(join(out, '0000:00:03.0/nvidia-155')) }));
  const vm = cli(['vm', vmDir, out, '--format', 'json']);
  const verdict = JSON.parse(vm.stdout);
  t.equal(verdict.devices[0].target, '0000:00:03.0/nvidia-155', 'the target entry is the collected type');
  t.equal(verdict.tier, 'live', vm.stdout);
  t.equal(vm.status, 0);
  for (const [content, why] of [['{"0000:00:02.0": []}', /top level: not an array/], ['[{"0000:00:02.0": [{"t": {"name": {}}}]}]', /0000:00:02\.0\/t: name is neither text nor a number/], ['[', /not valid JSON/]] as const) {
    const bad = join(scratch('devmig-bad-mdevctl-'), 'types.json');
    writeFileSync(bad, content);
    const r = cli(['collect', '--from-mdevctl', bad]);
    t.equal(r.status, 101);
    t.match(r.stderr, new RegExp(`^devmig: ${bad}: .*\n$`));
    t.match(r.stderr, why);
  }
});

t.test('devlink port functions: migratable becomes migration/enabled, disable means no migration', async (t) => {
  const off = join(THIRD, 'devlink/port-show-migratable-disable.json');
  const on = join(THIRD, 'devlink/port-show-migratable-enable.json');
  const alone = collect({ imports: { devlink: [off] } });
  t.same(alone.profiles.map((p) => [p.id, Object.fromEntries(p.profile.attributes)]), [['0000:06:00.0/vf1', { 'migration/enabled': 'false', 'migration/features': '' }]], 'no sysfs: a profile of its own, PF/vf<N>');
  t.equal(alone.profiles[0]!.origins?.get('migration/enabled'), `${off} (pci/0000:06:00.0/2)`);

  // With sysfs: the VF (PF's virtfn1) bound to mlx5_vfio_pci gets the fact on its own profile.
  const sys = scratch('devmig-devlink-sys-');
  const dev = (a: string) => join(sys, 'devices/pci0000:00', a);
  const put = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `${text}\n`);
  };
  const { symlinkSync } = await import('node:fs');
  for (const [addr, id, driver] of [['0000:06:00.0', '0x101d', 'mlx5_core'], ['0000:06:00.2', '0x101e', 'mlx5_vfio_pci']] as const) {
    put(join(dev(addr), 'vendor'), '0x15b3');
    put(join(dev(addr), 'device'), id);
    mkdirSync(join(sys, 'bus/pci/drivers', driver), { recursive: true });
    symlinkSync(`../../../bus/pci/drivers/${driver}`, join(dev(addr), 'driver'));
    mkdirSync(join(sys, 'bus/pci/devices'), { recursive: true });
    symlinkSync(`../../../devices/pci0000:00/${addr}`, join(sys, 'bus/pci/devices', addr));
  }
  symlinkSync('../0000:06:00.2', join(dev('0000:06:00.0'), 'virtfn1'));
  const joined = (file: string) => collect({ sysfs: sys, imports: { devlink: [file] } }).profiles;
  t.same(joined(on).map((p) => [p.id, p.profile.attributes.get('migration/enabled'), p.profile.attributes.get('driver')]), [['0000:06:00.2', 'true', 'mlx5_vfio_pci']]);
  const disabled = joined(off)[0]!;
  t.equal(disabled.profile.attributes.get('migration/features'), '', 'a VF devlink says is not migratable has no migration');
  const out = join(scratch('devmig-devlink-out-'), 'h');
  t.equal(cli(['collect', '--sysfs', sys, '--from-devlink', off, '--out', out]).status, 0);
  const c = cli(['check', join(out, '0000:06:00.2'), join(out, '0000:06:00.2'), '--format', 'json']);
  t.equal(c.status, 100);
  t.ok(JSON.parse(c.stdout).findings.some((f: { rule: string }) => f.rule === 'standard/migration_unsupported'), c.stdout);
  const bad = join(scratch('devmig-bad-devlink-'), 'ports.json');
  writeFileSync(bad, '{"port":{"pci/0000:06:00.0/2":{"flavour":"pcivf","vfnum":1,"function":{"migratable":"maybe"}}}}');
  const r = cli(['collect', '--from-devlink', bad]);
  t.equal(r.status, 101);
  t.equal(r.stderr, `devmig: ${bad}: pci/0000:06:00.0/2: function.migratable is 'maybe', expected enable or disable (expected devlink -j port show output)\n`);
});

t.test('the hook reads host facts too: a target kernel older than the driver\'s migration support refuses', async (t) => {
  const guest = readFileSync(join(HOSTS, 'hisi-zip/zip-offload-annotated.xml'), 'utf8');
  const hook = (proc: string) => runCli(['hook', 'qemu', 'zip-offload', 'migrate', 'begin', '-'], {
    input: guest, timeout: 60_000, env: { ...NO_SMI, DEVMIG_SYSFS: host('hisi-zip').sysfs, DEVMIG_PROC: proc, DEVMIG_HOOK_CONFIG: '' },
  });
  t.equal(hook(host('hisi-zip').proc).status, 0, 'kernel 6.8: hisi_acc_vfio_pci migrates');
  const old = scratch('devmig-old-proc-');
  mkdirSync(join(old, 'sys/kernel'), { recursive: true });
  writeFileSync(join(old, 'sys/kernel/osrelease'), '5.10.0-28-arm64\n');
  const refused = hook(old);
  t.equal(refused.status, 100);
  t.match(refused.stderr, /hisi_acc_vfio_pci implements stop_copy from Linux 5\.18: the target runs 5\.10\.0-28-arm64/);
});
