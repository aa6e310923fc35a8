import type { RuleSet } from '../rules/rule-set.js';
import type { DirectionResult, Finding, Profile, Tier, Verdict } from '../types.js';
import { capacityOf, checkVm, type HostEntry, type VmResult } from '../vm/vm.js';
import { deviceTypeOf } from './device-type.js';
import { ProfileTable } from './profile-table.js';

/** One host of the fleet: its device entries (paths below the host) with their profiles before the rollout. */
export interface FleetHost {
  readonly name: string;
  readonly entries: readonly HostEntry[];
}

/** Where a VM runs: its host and, per device, the entry of that host it runs on. */
export interface PlacedVm {
  readonly name: string;
  readonly host: string;
  readonly devices: readonly string[];
}

export interface RolloutInput {
  readonly hosts: readonly FleetHost[];
  readonly vms: readonly PlacedVm[];
  /** The release's profiles: each replaces, on an upgraded host, the profiles of its device type. */
  readonly release: readonly HostEntry[];
  /** Which hosts the rollout upgrades (default: all). */
  readonly upgrade?: (host: string) => boolean;
  /** At most this many hosts per wave (default 1). */
  readonly waveSize?: number;
}

/** A VM moved live off a host of the wave; each device names its entry before and after. */
export interface PlanMove {
  vm: string;
  from: string;
  to: string;
  devices: { from: string; to: string }[];
}

/** One wave: its VMs move away live, then its hosts are upgraded together. */
export interface PlanWave {
  hosts: string[];
  moves: PlanMove[];
  /** VMs that stay on a host of this wave (no live target): they are upgraded in place. */
  stranded: string[];
}

/** A VM that could not be kept running across the upgrade of its host. */
export interface StrandedVm {
  vm: string;
  host: string;
  /** Why no host took it live at that step: capacity, or the findings of the nearest host, in words. */
  reason: string;
  /** The wave (1-based) that upgraded its host. */
  step: number;
  /** The host whose findings the reason quotes (the one that came nearest), or null. */
  nearest: string | null;
  findings: Finding[];
}

/** How many hosts take a VM live, its devices as they run, capacity aside: before the rollout and after it. */
export interface VmCourse {
  vm: string;
  from: string;
  to: string;
  /** Live moves the plan makes of it (a VM that lands on a host still to upgrade moves again). */
  moves: number;
  liveBefore: number;
  liveAfter: number;
}

/** Can the VM's devices, on their profiles after the rollout, go back to the ones it started on (new -> old)? */
export interface RollbackCheck {
  vm: string;
  verdict: Verdict;
  tier: Tier;
  findings: Finding[];
}

/** A rollout plan (migration-capability.md section 4). */
export interface RolloutPlan {
  /** No VM stranded. */
  ok: boolean;
  waves: PlanWave[];
  stranded: StrandedVm[];
  rollback: RollbackCheck[];
  vms: VmCourse[];
}

interface EntryState {
  readonly name: string;
  readonly old: number;
  readonly new: number;
  /** Free instances now: taken as VMs land, freed as they leave. */
  free: number;
}

/** Hosts already upgraded are the best targets (nothing moves twice), then hosts the rollout leaves alone, then hosts still to upgrade. */
const UPGRADED = 0;
const UNTOUCHED = 1;
const PENDING = 2;
type HostClass = typeof UPGRADED | typeof UNTOUCHED | typeof PENDING;

interface HostState {
  readonly name: string;
  readonly entries: EntryState[];
  cls: HostClass;
  readonly vms: Set<number>;
}

interface VmState {
  readonly name: string;
  readonly start: number;
  readonly startIds: readonly number[];
  host: number;
  /** Entry index on `host`, per device. */
  devs: number[];
}

interface Move {
  vm: number;
  from: number;
  fromDevs: number[];
  to: number;
  toDevs: number[];
}

const TIER_RANK: Record<Tier, number> = { live: 2, cold: 1, none: 0 };

/** When no host can be drained, this many of the hosts still to upgrade (fewest VMs first) are weighed for the fewest stranded. */
const STRANDING_CANDIDATES = 16;

/** Is score `a` above `b`, compared element by element? */
function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/**
 * Plans a driver rollout over a fleet (migration-capability.md section 4):
 * - hosts go in waves of at most `waveSize`; a wave's VMs move live to hosts outside it, with
 *   free instances (taken as VMs land, freed as they leave), then its hosts are upgraded: each
 *   device profile is replaced by the release's profile of its type (one the release lacks is
 *   kept), each entry keeping its own free instances;
 * - greedy: hosts are taken fewest VMs first (then by name); a wave takes each host in turn
 *   whose VMs can all move now; a VM goes to an upgraded host before an untouched one, before
 *   one still to upgrade (so it rarely moves twice). A host that could not be drained waits
 *   until an upgrade frees an instance its blocked VM could take. When no host can be drained,
 *   of the first STRANDING_CANDIDATES hosts the one stranding fewest VMs is upgraded alone, its
 *   other VMs moved;
 * - pair verdicts are asked of a ProfileTable (once per distinct pair); a VM of several devices
 *   is placed with checkVm (assignment and VM rules, as `devmig vm`), on free instances.
 * Greedy is not complete: an order exists that it misses when a VM's early choice of host takes
 * the instance a later VM alone could use (README, "Rollout plans").
 */
export function planRollout(input: RolloutInput, forward: (s: Profile, t: Profile) => DirectionResult, ruleSet: RuleSet): RolloutPlan {
  return new Planner(input, new ProfileTable(forward, ruleSet), ruleSet).run();
}

class Planner {
  private readonly hosts: HostState[];
  private readonly vms: VmState[];
  private readonly hostIndex = new Map<string, number>();
  /** Per class, profile id -> hosts holding a free entry of that profile. */
  private readonly pools: Map<number, Set<number>>[] = [new Map(), new Map(), new Map()];
  private readonly waveSize: number;
  private readonly toUpgrade: (host: string) => boolean;
  /** Stamps marking the hosts of the wave being built, and the hosts that received a VM in it. */
  private readonly inWave: Uint32Array;
  private readonly received: Uint32Array;
  private stamp = 1;
  /**
   * A host that could not be drained is tried again only once something it waits for appears:
   * a free entry, outside a wave, of a profile its blocked VM could go to live (`waiting`, by
   * profile id). Without this every wave would retry every blocked host.
   */
  private readonly ready: Uint8Array;
  private readonly waiting = new Map<number, number[]>();
  /** Hosts by the profiles of their entries (`shapeKey`): checks that ignore capacity run once per shape. */
  private readonly shapeOf: string[] = [];
  private readonly shapeHosts = new Map<string, Set<number>>();
  /** Shape keys in the order they first appeared. */
  private readonly shapeKeys: string[] = [];
  /** vmAgainst results by devices and shape. */
  private readonly against = new Map<string, VmResult>();
  /** Per VM devices (ids and names), every shape seen so far, nearest first (whyStranded). */
  private readonly ranked = new Map<string, { seen: number; list: { key: string; r: VmResult; score: number[] }[] }>();

  constructor(input: RolloutInput, private readonly table: ProfileTable, private readonly ruleSet: RuleSet) {
    this.waveSize = Math.max(1, Math.floor(input.waveSize ?? 1));
    this.toUpgrade = input.upgrade ?? (() => true);
    const releaseByType = new Map<string, Profile>();
    for (const r of input.release) {
      const type = deviceTypeOf(r.profile, ruleSet);
      if (type !== null && !releaseByType.has(type)) releaseByType.set(type, r.profile);
    }
    // The upgraded profile of each distinct old one (its type's release profile, its own available_instances).
    const upgraded = new Map<number, number>();
    const newId = (old: number): number => {
      let id = upgraded.get(old);
      if (id !== undefined) return id;
      const profile = table.profile(old);
      const type = deviceTypeOf(profile, ruleSet);
      const release = type === null ? undefined : releaseByType.get(type);
      if (release === undefined) id = old;
      else {
        const attributes = new Map(release.attributes);
        const instances = profile.attributes.get('available_instances');
        if (instances === undefined) attributes.delete('available_instances');
        else attributes.set('available_instances', instances);
        id = table.add({ ...release, attributes });
      }
      upgraded.set(old, id);
      return id;
    };
    this.hosts = input.hosts.map((h, i) => {
      this.hostIndex.set(h.name, i);
      return {
        name: h.name,
        cls: this.toUpgrade(h.name) ? PENDING : UNTOUCHED,
        vms: new Set(),
        entries: h.entries.map((e) => {
          const old = table.add(e.profile);
          return { name: e.entry, old, new: old, free: capacityOf(e.profile) };
        }),
      };
    });
    for (const h of this.hosts) {
      if (h.cls === PENDING) h.entries.forEach((e, i) => { h.entries[i] = { ...e, new: newId(e.old) }; });
    }
    this.vms = input.vms.map((v, i) => {
      const host = this.hostIndex.get(v.host);
      if (host === undefined) throw new Error(`internal: VM ${v.name} on unknown host ${v.host}`);
      const h = this.hosts[host]!;
      const devs = v.devices.map((d) => {
        const e = h.entries.findIndex((x) => x.name === d);
        if (e < 0) throw new Error(`internal: VM ${v.name} on unknown entry ${d} of ${v.host}`);
        return e;
      });
      h.vms.add(i);
      return { name: v.name, start: host, startIds: devs.map((e) => h.entries[e]!.old), host, devs };
    });
    // An entry that states no available_instances is one instance, taken by the VM devices on it.
    for (const v of this.vms) {
      for (const e of v.devs) {
        const entry = this.hosts[v.host]!.entries[e]!;
        if (!this.table.profile(entry.old).attributes.has('available_instances')) entry.free--;
      }
    }
    this.hosts.forEach((h, i) => h.entries.forEach((e) => this.refresh(i, this.current(h, e))));
    this.inWave = new Uint32Array(this.hosts.length);
    this.received = new Uint32Array(this.hosts.length);
    this.ready = new Uint8Array(this.hosts.length).fill(1);
    this.hosts.forEach((_, h) => this.placeShape(h));
  }

  private placeShape(h: number): void {
    const key = this.shapeKey(h);
    this.shapeOf[h] = key;
    let set = this.shapeHosts.get(key);
    if (set === undefined) {
      this.shapeHosts.set(key, (set = new Set()));
      this.shapeKeys.push(key);
    }
    set.add(h);
  }

  /** Hosts blocked on a VM that could go live to `profile` may be drained now. */
  private wake(profile: number): void {
    const hosts = this.waiting.get(profile);
    if (hosts === undefined) return;
    for (const h of hosts) this.ready[h] = 1;
    this.waiting.delete(profile);
  }

  /** Host `h` could not be drained because of `vm`: wait for a free entry it could go to. */
  private block(h: number, vm: number): void {
    this.ready[h] = 0;
    for (const id of new Set(this.idsOf(this.vms[vm]!))) {
      for (const q of this.table.liveFrom(id)) {
        let hosts = this.waiting.get(q);
        if (hosts === undefined) this.waiting.set(q, (hosts = []));
        hosts.push(h);
      }
    }
  }

  private current(h: HostState, e: EntryState): number {
    return h.cls === UPGRADED ? e.new : e.old;
  }

  /** Keep the pool of `profile` right for host `h`: in it exactly when one of its entries of that profile is free. */
  private refresh(h: number, profile: number): void {
    const host = this.hosts[h]!;
    const has = host.entries.some((e) => e.free > 0 && this.current(host, e) === profile);
    const pool = this.pools[host.cls]!;
    let set = pool.get(profile);
    if (has) {
      if (set === undefined) pool.set(profile, (set = new Set()));
      set.add(h);
    } else set?.delete(h);
  }

  private setFree(h: number, e: number, delta: number): void {
    const host = this.hosts[h]!;
    const entry = host.entries[e]!;
    entry.free += delta;
    this.refresh(h, this.current(host, entry));
  }

  private apply(m: Move): void {
    const v = this.vms[m.vm]!;
    for (const e of m.fromDevs) this.setFree(m.from, e, +1);
    for (const e of m.toDevs) this.setFree(m.to, e, -1);
    this.hosts[m.from]!.vms.delete(m.vm);
    this.hosts[m.to]!.vms.add(m.vm);
    v.host = m.to;
    v.devs = m.toDevs;
  }

  private undo(m: Move): void {
    this.apply({ vm: m.vm, from: m.to, fromDevs: m.toDevs, to: m.from, toDevs: m.fromDevs });
  }

  private entriesOf(h: number): HostEntry[] {
    const host = this.hosts[h]!;
    return host.entries.map((e) => ({ entry: e.name, profile: this.table.profile(this.current(host, e)) }));
  }

  private devicesOf(ids: readonly number[], names: readonly string[]): { name: string; profile: Profile }[] {
    return ids.map((id, i) => ({ name: names[i]!, profile: this.table.profile(id) }));
  }

  /** The VM's devices by the entries they run on now. */
  private deviceNames(v: VmState): string[] {
    const host = this.hosts[v.host]!;
    return v.devs.map((e) => host.entries[e]!.name);
  }

  private idsOf(v: VmState): number[] {
    const host = this.hosts[v.host]!;
    return v.devs.map((e) => this.current(host, host.entries[e]!));
  }

  /** A live target for the VM outside the wave, on free instances: the best class first. */
  private findTarget(vm: number): Move | null {
    const v = this.vms[vm]!;
    const ids = this.idsOf(v);
    const first = this.table.liveFrom(ids[0]!);
    const tried = ids.length === 1 ? undefined : new Set<number>();
    for (const pool of this.pools) {
      for (const q of first) {
        const set = pool.get(q);
        if (set === undefined) continue;
        for (const g of set) {
          if (g === v.host || this.inWave[g] === this.stamp || tried?.has(g)) continue;
          const host = this.hosts[g]!;
          if (ids.length === 1) {
            const e = host.entries.findIndex((x) => x.free > 0 && this.current(host, x) === q);
            return { vm, from: v.host, fromDevs: v.devs, to: g, toDevs: [e] };
          }
          tried!.add(g);
          const entries = this.entriesOf(g);
          const r = checkVm(this.devicesOf(ids, ids.map(String)), entries, this.table.forward, this.ruleSet, undefined, host.entries.map((e) => Math.max(0, e.free)));
          if (r.tier === 'live') return { vm, from: v.host, fromDevs: v.devs, to: g, toDevs: r.devices.map((d) => entries.findIndex((x) => x.entry === d.target)) };
        }
      }
    }
    return null;
  }

  /** Move the host's VMs away (applied); with `partial`, keep going past a VM that has no target. */
  private evacuate(h: number, partial: boolean): { moves: Move[]; stuck: number[] } {
    const moves: Move[] = [];
    const stuck: number[] = [];
    for (const vm of [...this.hosts[h]!.vms].sort((a, b) => a - b)) {
      const m = this.findTarget(vm);
      if (m === null) {
        stuck.push(vm);
        if (!partial) break;
        continue;
      }
      this.apply(m);
      moves.push(m);
    }
    return { moves, stuck };
  }

  /** The host's entries take their new profiles; it leaves its wave, a target again for the VMs it can take. */
  private upgrade(h: number): void {
    const host = this.hosts[h]!;
    const before = host.entries.map((e) => this.current(host, e));
    for (const id of new Set(before)) this.pools[host.cls]!.get(id)?.delete(h);
    host.cls = UPGRADED;
    for (const e of host.entries) this.refresh(h, e.new);
    for (const e of host.entries) if (e.free > 0) this.wake(e.new);
    this.shapeHosts.get(this.shapeOf[h]!)!.delete(h);
    this.placeShape(h);
  }

  run(): RolloutPlan {
    const before = this.liveCounts();
    const vmCount = (h: number) => this.hosts[h]!.vms.size;
    const order = this.hosts.map((_, i) => i).filter((i) => this.hosts[i]!.cls === PENDING)
      .sort((a, b) => vmCount(a) - vmCount(b) || (this.hosts[a]!.name < this.hosts[b]!.name ? -1 : this.hosts[a]!.name > this.hosts[b]!.name ? 1 : 0));
    const done = new Uint8Array(this.hosts.length);
    let head = 0;
    const waves: PlanWave[] = [];
    const stranded: StrandedVm[] = [];
    let left = order.length;
    while (left > 0) {
      this.stamp++;
      while (done[order[head]!]) head++;
      const wave: number[] = [];
      const moves: Move[] = [];
      for (let k = head; k < order.length && wave.length < this.waveSize; k++) {
        const h = order[k]!;
        if (done[h] || !this.ready[h] || this.received[h] === this.stamp) continue;
        this.inWave[h] = this.stamp;
        const r = this.evacuate(h, false);
        if (r.stuck.length === 0) {
          wave.push(h);
          moves.push(...r.moves);
          for (const m of r.moves) this.received[m.to] = this.stamp;
        } else {
          for (const m of r.moves.reverse()) this.undo(m);
          this.inWave[h] = 0;
          this.block(h, r.stuck[0]!);
        }
      }
      let stuck: number[] = [];
      if (wave.length === 0) {
        // No host can be drained now: of the first few still to upgrade (fewest VMs first),
        // upgrade the one that strands fewest VMs, moving the others.
        let best = -1;
        let fewest = Infinity;
        for (let k = head, tried = 0; k < order.length && fewest > 1 && tried < STRANDING_CANDIDATES; k++) {
          const h = order[k]!;
          if (done[h]) continue;
          tried++;
          this.inWave[h] = this.stamp;
          const r = this.evacuate(h, true);
          for (const m of r.moves.reverse()) this.undo(m);
          this.inWave[h] = 0;
          if (r.stuck.length < fewest) [best, fewest] = [h, r.stuck.length];
        }
        this.inWave[best] = this.stamp;
        const r = this.evacuate(best, true);
        wave.push(best);
        moves.push(...r.moves);
        stuck = r.stuck;
        for (const vm of stuck) stranded.push({ ...this.whyStranded(vm), step: waves.length + 1 });
      }
      for (const h of wave) {
        this.upgrade(h);
        done[h] = 1;
        left--;
      }
      waves.push({
        hosts: wave.map((h) => this.hosts[h]!.name),
        moves: moves.map((m) => this.describe(m)),
        stranded: stuck.map((vm) => this.vms[vm]!.name),
      });
    }
    const after = this.liveCounts();
    const moved = new Map<string, number>();
    for (const w of waves) for (const m of w.moves) moved.set(m.vm, (moved.get(m.vm) ?? 0) + 1);
    const vms = this.vms.map((v, i) => ({ vm: v.name, from: this.hosts[v.start]!.name, to: this.hosts[v.host]!.name, moves: moved.get(v.name) ?? 0, liveBefore: before[i]!, liveAfter: after[i]! }));
    return { ok: stranded.length === 0, waves, stranded, rollback: this.rollback(), vms };
  }

  private describe(m: Move): PlanMove {
    const from = this.hosts[m.from]!;
    const to = this.hosts[m.to]!;
    return { vm: this.vms[m.vm]!.name, from: from.name, to: to.name, devices: m.fromDevs.map((e, i) => ({ from: from.entries[e]!.name, to: to.entries[m.toDevs[i]!]!.name })) };
  }

  private shapeKey(h: number): string {
    const host = this.hosts[h]!;
    return host.entries.map((e) => this.current(host, e)).join(',');
  }

  /**
   * A VM's devices (by profile id) against the entries of a shape (its key lists their profile
   * ids), every entry taking them all (capacity aside); once per devices and shape.
   */
  private vmAgainst(ids: readonly number[], shape: string, names: readonly string[] = ids.map(String)): VmResult {
    const key = `${ids.join(',')}|${names.join('\0')}|${shape}`;
    let r = this.against.get(key);
    if (r === undefined) {
      const targets = shape === '' ? [] : shape.split(',').map(Number);
      r = ids.length === 1 ? this.deviceAgainst(ids[0]!, targets, names[0]!) : checkVm(this.devicesOf(ids, names),
        targets.map((id, i) => ({ entry: `entry ${i}`, profile: this.table.profile(id) })), this.table.forward, this.ruleSet, undefined, targets.map(() => ids.length));
      this.against.set(key, r);
    }
    return r;
  }

  /** checkVm for one device, capacity aside, without the matching: the best tier among the entries, the first such (no VM rule applies to one device). */
  private deviceAgainst(source: number, targets: readonly number[], name: string): VmResult {
    let best = -1;
    for (let i = 0; i < targets.length; i++) {
      const tier = this.table.verdict(source, targets[i]!).tier;
      if (best < 0 || TIER_RANK[tier] > TIER_RANK[this.table.verdict(source, targets[best]!).tier]) best = i;
    }
    const r = best < 0 ? undefined : this.table.verdict(source, targets[best]!);
    const placed = r !== undefined && r.tier !== 'none';
    const device = { name, target: placed ? `entry ${best}` : null, verdict: placed ? r.verdict : 'incompatible' as const, tier: placed ? r.tier : 'none' as const, findings: r?.findings ?? [] };
    return { verdict: device.verdict, tier: device.tier, devices: [device], findings: [] };
  }

  private takesLive(ids: readonly number[], h: number): boolean {
    const host = this.hosts[h]!;
    if (ids.length === 1) {
      const live = this.table.liveFrom(ids[0]!);
      return host.entries.some((e) => live.has(this.current(host, e)));
    }
    return this.vmAgainst(ids, this.shapeOf[h]!).tier === 'live';
  }

  /** Why no host outside the wave took the VM live: capacity, or the findings of the host that came nearest. */
  private whyStranded(vm: number): Omit<StrandedVm, 'step'> {
    const v = this.vms[vm]!;
    const ids = this.idsOf(v);
    const names = this.deviceNames(v);
    const base = { vm: v.name, host: this.hosts[v.host]!.name };
    // Shapes ranked once per devices (new shapes merged in as they appear): nearest is best tier,
    // then most devices live, then most placed, then the shape seen first.
    const key = `${ids.join(',')}|${names.join('\0')}`;
    let ranked = this.ranked.get(key);
    if (ranked === undefined) this.ranked.set(key, (ranked = { seen: 0, list: [] }));
    if (ranked.seen < this.shapeKeys.length) {
      for (const shape of this.shapeKeys.slice(ranked.seen)) {
        const r = this.vmAgainst(ids, shape, names);
        ranked.list.push({ key: shape, r, score: [TIER_RANK[r.tier], r.devices.filter((d) => d.tier === 'live').length, r.devices.filter((d) => d.target !== null).length] });
      }
      ranked.seen = this.shapeKeys.length;
      ranked.list.sort((a, b) => (isBetter(a.score, b.score) ? -1 : isBetter(b.score, a.score) ? 1 : 0));
    }
    // The nearest shape with a host outside the wave (one host stands for all of its shape).
    let best: { host: number; r: VmResult } | undefined;
    for (const { key: shape, r } of ranked.list) {
      for (const h of this.shapeHosts.get(shape)!) {
        if (this.inWave[h] !== this.stamp) {
          best = { host: h, r };
          break;
        }
      }
      if (best !== undefined) break;
    }
    if (best === undefined) return { ...base, reason: 'no host outside the wave', nearest: null, findings: [] };
    const nearest = this.hosts[best!.host]!.name;
    if (best!.r.tier === 'live') {
      return { ...base, reason: `no free instance: every host that takes it live (${nearest} and others like it) is full or in the wave`, nearest, findings: [] };
    }
    const findings = [...best!.r.devices.flatMap((d) => d.findings), ...best!.r.findings];
    const named = best!.r.devices.flatMap((d) => d.findings.filter((f) => f.severity === 'break').map((f) => `${names.length > 1 ? `${d.name}: ` : ''}${f.message}`));
    const said = [...named, ...best!.r.findings.filter((f) => f.severity === 'break').map((f) => f.message)];
    return { ...base, reason: `no live target; nearest ${nearest} (${best!.r.tier}): ${said.join('; ') || 'no device entry takes it'}`, nearest, findings };
  }

  /**
   * A key for a VM's devices that needs no string for the usual VM of one device: its profile id.
   * Several devices: their ids and, when `names` is given, their names (VM findings name them).
   */
  private devicesKey(ids: readonly number[], names?: readonly string[]): number | string {
    if (ids.length === 1) return ids[0]!;
    return `${ids.join(',')}${names === undefined ? '' : `|${names.join('\0')}`}`;
  }

  /** new -> old per VM: each device, on the profile it ends on, against the profile it started on. */
  private rollback(): RollbackCheck[] {
    // One check per distinct (devices now, devices at the start): VMs that share it share the result.
    const memo = new Map<number | string, Map<number | string, Omit<RollbackCheck, 'vm'>>>();
    return this.vms.map((v) => {
      const now = this.idsOf(v);
      const names = now.length === 1 ? undefined : this.deviceNames(v);
      const [a, b] = [this.devicesKey(now, names), this.devicesKey(v.startIds)];
      let row = memo.get(a);
      if (row === undefined) memo.set(a, (row = new Map()));
      let r = row.get(b);
      if (r === undefined) {
        const labels = names ?? ['device'];
        const started = v.startIds.map((id, i) => ({ entry: labels[i]!, profile: this.table.profile(id) }));
        const back = checkVm(this.devicesOf(now, labels), started, this.table.forward, this.ruleSet, (d, t) => d === t, started.map(() => 1));
        r = { verdict: back.verdict, tier: back.tier, findings: [...back.devices.flatMap((d) => d.findings), ...back.findings] };
        row.set(b, r);
      }
      return { vm: v.name, ...r };
    });
  }

  /** Per VM, how many other hosts take it live as it runs now, capacity aside (each distinct VM against each distinct host once). */
  private liveCounts(): number[] {
    const shapes: { host: number; count: number }[] = [];
    const indexOf = new Map<string, number>();
    for (const [key, hosts] of this.shapeHosts) {
      if (hosts.size === 0) continue;
      indexOf.set(key, shapes.length);
      shapes.push({ host: hosts.values().next().value!, count: hosts.size });
    }
    const shapeOf = this.hosts.map((_, h) => indexOf.get(this.shapeOf[h]!)!);
    /** Per distinct VM: hosts that take it live, and per shape whether one host of it does. */
    const memo = new Map<number | string, { total: number; live: boolean[] }>();
    return this.vms.map((v) => {
      const ids = this.idsOf(v);
      const key = this.devicesKey(ids);
      let m = memo.get(key);
      if (m === undefined) {
        const live = shapes.map((s) => this.takesLive(ids, s.host));
        m = { total: shapes.reduce((n, s, i) => n + (live[i] ? s.count : 0), 0), live };
        memo.set(key, m);
      }
      return m.total - (m.live[shapeOf[v.host]!] ? 1 : 0);
    });
  }
}
