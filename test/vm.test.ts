// Whole-VM verdicts (shared/spec/migration-capability.md section 2): each device on its own
// target instance within available_instances, the best VM tier (most live, then most placed,
// then entry order), a cold fallback, and the p2p_required VM rule.
import t from 'tap';
import { profileFromAttributes } from '../src/read/read-profile.js';
import type { Profile } from '../src/types.js';
import { assign } from '../src/vm/assign.js';
import { checkVm, type HostEntry, type VmDevice } from '../src/vm/vm.js';
import { createForwardChecker } from '../src/verdict/check.js';
import { ruleSetFor } from '../src/verdict/checker.js';

const P2P = 'stop_copy p2p pre_copy';
const mdev = (type: string, extra: Record<string, string> = {}): Record<string, string> => ({ device_api: 'vfio-pci', mdev_type: type, 'migration/features': P2P, ...extra });
const profile = (name: string, attrs: Record<string, string>): Profile => profileFromAttributes(name, attrs);
const device = (name: string, attrs: Record<string, string>): VmDevice => ({ name, profile: profile(name, attrs) });
const entry = (name: string, attrs: Record<string, string>): HostEntry => ({ entry: name, profile: profile(name, attrs) });
const vm = (devices: VmDevice[], host: HostEntry[]) => checkVm(devices, host, createForwardChecker(), ruleSetFor());

t.test('assignment: each device its own instance, capacity counted', async (t) => {
  const two = [device('gpu0', mdev('acme-1')), device('gpu1', mdev('acme-1'))];
  const r = vm(two, [entry('p/acme-1', mdev('acme-1', { available_instances: '2' }))]);
  t.same(r.devices.map((d) => [d.name, d.target, d.tier]), [['gpu0', 'p/acme-1', 'live'], ['gpu1', 'p/acme-1', 'live']], 'two instances of one type take two devices');
  t.equal(r.verdict, 'compatible');
  const full = vm(two, [entry('p/acme-1', mdev('acme-1', { available_instances: '1' }))]);
  t.same(full.devices.map((d) => d.target), ['p/acme-1', null], 'one free instance: the second device has no target');
  t.equal(full.tier, 'none', 'a device with no target at all: no migration for the VM');
  const noCount = vm(two, [entry('p/acme-1', mdev('acme-1'))]);
  t.same(noCount.devices.map((d) => d.target), ['p/acme-1', null], 'absent available_instances: one');
  const zero = vm([two[0]!], [entry('p/acme-1', mdev('acme-1', { available_instances: '0' }))]);
  t.equal(zero.devices[0]!.target, null, 'none left');
});

t.test('assignment: several types, and the best VM tier over a greedy order', async (t) => {
  // gpu0 can go live to A or B, gpu1 only to A: a greedy first-fit would put gpu0 on A and leave gpu1 without.
  const gpu0 = device('gpu0', mdev('acme-1'));
  const gpu1 = device('gpu1', mdev('acme-2'));
  const host = [entry('a/acme-2', mdev('acme-2')), entry('b/acme-1', mdev('acme-1'))];
  const r = vm([gpu0, gpu1], host);
  t.same(r.devices.map((d) => d.target), ['b/acme-1', 'a/acme-2']);
  const flexible = [entry('x/acme-1', mdev('acme-1')), entry('y/acme-1', mdev('acme-1'))];
  t.same(vm([gpu0], flexible).devices.map((d) => d.target), ['x/acme-1'], 'ties go to the first entry');
});

t.test('assignment: a device with no live target takes a cold one; live beats placed', async (t) => {
  const old = device('nic0', mdev('acme-1', { software_version: '1.3.0' }));
  const r = vm([old], [entry('h/acme-1', mdev('acme-1', { software_version: '1.2.0' }))]);
  t.same([r.devices[0]!.target, r.devices[0]!.tier, r.tier], ['h/acme-1', 'cold', 'cold'], 'a minor older target: cold fallback');
  t.ok(r.devices[0]!.findings.some((f) => f.rule === 'standard/software_version_incompatible'), 'the pair\'s findings say why');
  // Weights: one live device is worth more than any number of placed-but-cold ones.
  t.same(assign(2, [1, 1], [{ device: 0, target: 0, tier: 'live' }, { device: 1, target: 0, tier: 'cold' }, { device: 1, target: 1, tier: 'cold' }]), [0, 1]);
  t.same(assign(2, [1], [{ device: 0, target: 0, tier: 'cold' }, { device: 1, target: 0, tier: 'live' }]), [-1, 0], 'the live device wins the one instance');
  t.same(assign(3, [2, 1], [{ device: 0, target: 0, tier: 'live' }, { device: 1, target: 0, tier: 'live' }, { device: 2, target: 0, tier: 'live' }, { device: 2, target: 1, tier: 'live' }]), [0, 0, 1], 'capacity 2 on the first entry');
});

t.test('VM rule p2p_required: two or more devices need p2p on both hosts', async (t) => {
  const noP2p = mdev('acme-1', { 'migration/features': 'stop_copy' });
  const r = vm([device('a', noP2p), device('b', mdev('acme-1'))], [entry('h/acme-1', mdev('acme-1', { available_instances: '4' }))]);
  t.same(r.devices.map((d) => d.tier), ['live', 'live'], 'each pair alone is live');
  t.equal(r.tier, 'cold', 'the VM is not: QEMU refuses several devices without P2P');
  t.match(r.findings, [{ rule: 'standard/p2p_required', attribute: 'migration/features', severity: 'break', blocks: 'live', missing: ['a'] }]);
  t.same(vm([device('a', noP2p)], [entry('h/acme-1', mdev('acme-1'))]).findings, [], 'one device needs no P2P');
  const targetLacks = vm([device('a', mdev('acme-1')), device('b', mdev('acme-1'))], [entry('h/acme-1', mdev('acme-1', { available_instances: '2', 'migration/features': 'stop_copy' }))]);
  t.match(targetLacks.findings, [{ rule: 'standard/p2p_required', missing: ['a', 'b'] }], 'the target side counts too');
  const nv = { device_api: 'vfio-pci', mdev_type: 'nvidia-256', 'nvidia/migration': 'supported', 'nvidia/ecc': 'enabled', 'nvidia/host_driver_version': '535.161.05' };
  const two = vm([device('v0', nv), device('v1', nv)], [entry('h/nvidia-256', { ...nv, available_instances: '8' })]);
  t.match(two.findings, [{ rule: 'standard/p2p_required', missing: ['v0', 'v1'] }], 'an NVIDIA vGPU lacks p2p unless its profile states migration/features');
});
