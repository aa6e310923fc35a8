import { InputError } from '../errors.js';
import type { Inventory } from '../matrix/inventory.js';
import { profileKey } from '../matrix/profile-key.js';
import { describeDeviceType, deviceTypeOf } from '../plan/device-type.js';
import type { FleetHost, PlacedVm } from '../plan/rollout.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { HostEntry } from '../vm/vm.js';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The fleet's hosts with their device entries, both in name order. */
export function fleetHosts(inv: Inventory): FleetHost[] {
  const hosts = new Map<string, HostEntry[]>();
  for (const p of inv.profiles) {
    for (const d of p.devices) {
      let entries = hosts.get(d.host);
      if (entries === undefined) hosts.set(d.host, (entries = []));
      entries.push({ entry: d.device, profile: p.profile });
    }
  }
  return [...hosts.keys()].sort(byName).map((name) => ({ name, entries: hosts.get(name)!.sort((a, b) => byName(a.entry, b.entry)) }));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The VMs file: `{"vms": [{"name", "host", "devices": [entry...]}]}`, each host one of the
 * fleet's and each device one of its host's entries; one line naming the VM and what is wrong
 * otherwise. A device entry that states no available_instances is one instance: two devices on
 * it are refused.
 */
export function readPlacements(path: string, hosts: readonly FleetHost[], fleet: string): PlacedVm[] {
  const text = readTextFile(path, 'VMs file', FILE_LIMITS.vmPlacements);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(path, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isObject(doc) || !Array.isArray(doc.vms)) throw new InputError(path, 'expected {"vms": [{"name", "host", "devices": [...]}]}');
  const entriesOf = new Map(hosts.map((h) => [h.name, new Map(h.entries.map((e) => [e.entry, e]))]));
  const names = new Set<string>();
  const single = new Map<string, string>();
  return doc.vms.map((v: unknown, i: number) => {
    const at = `vms[${i}]`;
    if (!isObject(v) || typeof v.name !== 'string' || v.name === '' || typeof v.host !== 'string') throw new InputError(path, `${at} needs "name" and "host" strings`);
    const { name, host } = v;
    if (!Array.isArray(v.devices) || v.devices.length === 0 || v.devices.some((d) => typeof d !== 'string')) throw new InputError(path, `VM ${name}: "devices" must list its device entries (strings), at least one`);
    if (names.has(name)) throw new InputError(path, `VM ${name} is listed twice`);
    names.add(name);
    const entries = entriesOf.get(host);
    if (entries === undefined) throw new InputError(path, `VM ${name}: no host ${host} in the fleet ${fleet}`);
    for (const d of v.devices as string[]) {
      const entry = entries.get(d);
      if (entry === undefined) throw new InputError(path, `VM ${name}: host ${host} has no device entry ${d} (under ${fleet}/${host})`);
      if (!entry.profile.attributes.has('available_instances')) {
        const key = `${host}\0${d}`;
        const taken = single.get(key);
        if (taken !== undefined) throw new InputError(path, `VM ${name}: device entry ${host}/${d} is one instance (no available_instances) and ${taken} runs on it already`);
        single.set(key, name);
      }
    }
    return { name, host, devices: v.devices as string[] };
  });
}

/** The release's profiles, one per device type: two different profiles of one type are ambiguous (two copies of one are not). */
export function checkRelease(path: string, release: readonly HostEntry[], ruleSet: RuleSet): void {
  const seen = new Map<string, HostEntry>();
  for (const r of release) {
    const type = deviceTypeOf(r.profile, ruleSet);
    if (type === null) throw new InputError(`${path}/${r.entry}`, 'a release profile needs its device type (mdev_type, nvidia/vgpu_type, or driver and device)');
    const other = seen.get(type);
    if (other !== undefined && profileKey(other.profile) !== profileKey(r.profile)) throw new InputError(path, `${other.entry} and ${r.entry} are both ${describeDeviceType(type)}: a release gives one profile per device type`);
    seen.set(type, r);
  }
}
