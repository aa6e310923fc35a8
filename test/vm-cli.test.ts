// devmig vm through the real command line on examples/vm/, its input errors, the libvirt hook
// deciding a multi-device guest with the same assignment, and wrong kinds of input to check.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import t from 'tap';
import { renderMetadata } from '../src/hook/metadata.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';
import { SysfsTree } from './helpers/sysfs-tree.js';

ensureBuilt();
const example = (rel: string) => join(repoRoot, 'examples/vm', rel);
const ENV = { ...process.env, DEVMIG_HOOK_CONFIG: '' };
const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schema', name), 'utf8'));
const validateVm = new Ajv({ strict: true, allErrors: true }).addSchema(schema('check-output.schema.json')).compile(schema('vm-output.schema.json'));

t.test('devmig vm on the examples: an assignment, and a VM refused for P2P', async (t) => {
  const pair = runCli(['vm', example('vm-mlx5-pair'), example('host'), '--format', 'json']);
  t.equal(pair.status, 0, pair.stderr);
  const doc = JSON.parse(pair.stdout) as { verdict: string; tier: string; devices: { name: string; target: string | null; tier: string }[]; findings: unknown[] };
  t.ok(validateVm(doc), `valid against schema/vm-output.schema.json: ${JSON.stringify(validateVm.errors)}`);
  const refused = JSON.parse(runCli(['vm', example('vm-zip-and-nic'), example('host'), '--format', 'json']).stdout);
  t.ok(validateVm(refused), `a refusal too: ${JSON.stringify(validateVm.errors)}`);
  t.same(doc.devices.map((d) => [d.name, d.target, d.tier]), [['nic0', '0000:3b:00.2', 'live'], ['nic1', '0000:3b:00.3', 'live']], 'each VF on its own target');
  t.same([doc.verdict, doc.tier, doc.findings], ['compatible', 'live', []]);
  const mixed = runCli(['vm', example('vm-zip-and-nic'), example('host')]);
  t.equal(mixed.status, 100);
  t.match(mixed.stdout, /incompatible, cold migration only: P2P missing in a multi-device VM/);
  t.match(mixed.stdout, /^ {2}zip0 +live +0000:41:00\.4$/m, 'the table: device, tier, target');
  t.match(mixed.stdout, /break migration\/features: P2P missing in a multi-device VM: zip0 lacks p2p/);
});

t.test('devmig vm: a libvirt domain XML whose devmig metadata holds each device\'s profile', async (t) => {
  const dir = scratch('devmig-vm-xml-');
  const file = join(dir, 'two-vfs.xml');
  writeFileSync(file, guest(['0000:3b:00.2', '0000:3b:00.3'], [asProfile(MLX5), asProfile(MLX5)]));
  const r = runCli(['vm', file, example('host'), '--format', 'json']);
  t.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { devices: { name: string; target: string | null; tier: string }[] };
  t.same(doc.devices.map((d) => [d.name, d.target, d.tier]), [['0000:3b:00.2', '0000:3b:00.2', 'live'], ['0000:3b:00.3', '0000:3b:00.3', 'live']], 'devices named by their PCI address, each on its own VF');
  const bare = join(dir, 'bare.xml');
  writeFileSync(bare, `<domain><name>bare</name><devices><hostdev mode='subsystem' type='pci'><source><address domain='0x0000' bus='0x3b' slot='0x00' function='0x2'/></source></hostdev></devices></domain>`);
  const refused = runCli(['vm', bare, example('host')]);
  t.equal(refused.status, 101, 'a device without devmig metadata: an input error');
  t.match(refused.stderr, /hostdev 0000:3b:00\.2 has no devmig metadata recording its source profile \(run devmig annotate on the source host\)/);
});

t.test('devmig vm: wrong kinds of input are errors naming the input', async (t) => {
  const empty = scratch('devmig-vm-empty-');
  const cases: [string[], string, RegExp][] = [
    [[empty, example('host')], empty, /holds no device profile/],
    [[example('host/0000:41:00.4'), example('host')], example('host/0000:41:00.4'), /a folder holding attribute files is one profile/],
    [[example('vm-mlx5-pair'), example('host/0000:41:00.4')], example('host/0000:41:00.4'), /this folder is one profile, not a host inventory/],
    [[example('vm-mlx5-pair'), join(empty, 'nope')], join(empty, 'nope'), /no such file or directory/],
  ];
  for (const [args, named, why] of cases) {
    const r = runCli(['vm', ...args]);
    t.equal(r.status, 101, `${args.join(' ')}: exit 101`);
    t.equal(r.stdout, '');
    t.equal(r.stderr.trimEnd().split('\n').length, 1, 'one line');
    t.ok(r.stderr.includes(named), `names ${named}`);
    t.match(r.stderr, why);
  }
});

t.test('matrix: one host is not a fleet, nor is one profile as the targets', async (t) => {
  const fleet = (side: string) => join(repoRoot, 'examples/fleet', side);
  for (const [args, dir, why] of [
    [['--sources', join(repoRoot, 'examples/vm/host'), '--targets', fleet('targets')], 'examples/vm/host', /looks like one host's inventory \(3 of its folders are device profiles\)/],
    [['--sources', fleet('sources'), '--targets', join(repoRoot, 'device-profiles/kernel-samples/mtty-1')], 'device-profiles/kernel-samples/mtty-1', /this folder is one profile.*matrix --sources/],
  ] as const) {
    const r = runCli(['matrix', ...args]);
    t.equal(r.status, 101, `${dir}: an input error, not attribute groups read as devices`);
    t.match(r.stderr, why);
    t.equal(r.stdout, '');
  }
});

t.test('check: a folder of profiles or a host inventory is not a profile', async (t) => {
  const one = join(repoRoot, 'device-profiles/kernel-samples/mtty-1');
  for (const [folder, count] of [['device-profiles/intel-gvt-g', 19], ['examples/vm/host', 3]] as const) {
    const r = runCli(['check', one, join(repoRoot, folder)]);
    t.equal(r.status, 101, `${folder}: an input error, not dozens of breaks`);
    t.match(r.stderr, new RegExp(`a folder of ${count} profiles .*did you mean \`devmig bump --series\`, \`devmig matrix\` or \`devmig vm\``));
  }
  const dir = scratch('devmig-noident-');
  new SysfsTree(dir).attributes('', { colour: 'blue' });
  const r = runCli(['check', one, dir]);
  t.equal(r.status, 101);
  t.match(r.stderr, /holds no device_api, mdev_type, driver or driver link: not a device profile/);
});

/** A host with the given variant-driver VFs, as a sysfs tree. */
function host(vfs: Record<string, Vf>): string {
  const s = new SysfsTree(scratch('devmig-vm-hook-'));
  for (const [addr, { driver, attrs }] of Object.entries(vfs)) s.pciDevice(addr, attrs, { driver });
  return s.root;
}

interface Vf { driver: string; attrs: Record<string, string> }
const MLX5: Vf = { driver: 'mlx5_vfio_pci', attrs: { vendor: '0x15b3', device: '0x101e', 'migration/known_tags': 'FW_DATA' } };
const HISI: Vf = { driver: 'hisi_acc_vfio_pci', attrs: { vendor: '0x19e5', device: '0xa251', qp_num: '64', que_iso_cfg: '0', 'migration/magic': '0xaaccfeeddecadede', 'migration/stream_version': '2.0' } };
const asProfile = (d: Vf) => new Map([['device_api', 'vfio-pci'], ['driver', d.driver], ...Object.entries(d.attrs)]);

/** A guest with PCI hostdevs at `addresses`, each with devmig metadata recording `profiles[i]`. */
function guest(addresses: string[], profiles: Map<string, string>[]): string {
  const hostdevs = addresses.map((a) => {
    const [domain, bus, slotFn] = [a.slice(0, 4), a.slice(5, 7), a.slice(8)];
    const [slot, fn] = slotFn.split('.');
    return `<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x${domain}' bus='0x${bus}' slot='0x${slot}' function='0x${fn}'/></source></hostdev>`;
  }).join('\n');
  const meta = renderMetadata(addresses.map((address, i) => ({ ref: { kind: 'pci' as const, address }, attributes: profiles[i]! })));
  return `<domain type='kvm'><name>two-vfs</name><metadata>\n${meta}\n</metadata><devices>${hostdevs}</devices></domain>`;
}

t.test('the hook decides a multi-device guest with the same assignment and VM rules', async (t) => {
  const hook = (sysfs: string, xml: string) => runCli(['hook', 'qemu', 'two-vfs', 'migrate', 'begin', '-', '--sysfs', sysfs], { input: xml, env: ENV });
  const twoNics = guest(['0000:3b:00.2', '0000:3b:00.3'], [asProfile(MLX5), asProfile(MLX5)]);
  const ok = hook(host({ '0000:3b:00.2': MLX5, '0000:3b:00.3': MLX5 }), twoNics);
  t.equal(ok.status, 0, `two mlx5 VFs with P2P, two free VFs: accepted (${ok.stderr})`);
  t.equal(ok.stdout, '');
  const oneFree = hook(host({ '0000:3b:00.9': MLX5 }), twoNics);
  t.equal(oneFree.status, 100, 'one free VF for two devices: refused');
  t.equal(oneFree.stderr.trimEnd().split('\n').length, 1, 'one line, for the device left without a target');
  t.match(oneFree.stderr, /^devmig: two-vfs: hostdev 0000:3b:00\.3 /, 'the second device: the one free VF went to the first');
  const mixed = guest(['0000:3b:00.2', '0000:41:00.4'], [asProfile(MLX5), asProfile(HISI)]);
  const noP2p = hook(host({ '0000:3b:00.2': MLX5, '0000:41:00.4': HISI }), mixed);
  t.equal(noP2p.status, 100, 'a device without P2P in a two-device guest: refused');
  const lines = noP2p.stderr.trimEnd().split('\n');
  t.equal(lines.length, 2, 'one line per device');
  for (const [i, addr] of ['0000:3b:00.2', '0000:41:00.4'].entries()) t.match(lines[i], new RegExp(`^devmig: two-vfs: hostdev ${addr.replace(/\./g, '\\.')} .*P2P missing in a multi-device VM`));
});
