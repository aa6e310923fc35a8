import { capabilityOf } from '../evaluate/capability.js';
import { tierOf } from '../evaluate/evaluate-direction.js';
import { normalize } from '../normalize/normalized-profile.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { DirectionResult, Finding, Profile, Tier, Verdict } from '../types.js';
import { assign, type Edge } from './assign.js';

/** One device of the VM: its name and its source profile. */
export interface VmDevice {
  readonly name: string;
  readonly profile: Profile;
}

/** One target entry of the host: its path below the host (`0000:00:02.0/i915-GVTg_V5_4`) and profile. */
export interface HostEntry {
  readonly entry: string;
  readonly profile: Profile;
}

export interface VmDeviceResult {
  name: string;
  /** The target entry assigned, or null when none can take the device. */
  target: string | null;
  verdict: Verdict;
  tier: Tier;
  findings: Finding[];
}

/** The whole-VM verdict (migration-capability.md section 2). */
export interface VmResult {
  verdict: Verdict;
  tier: Tier;
  devices: VmDeviceResult[];
  /** VM-level findings (p2p_required). */
  findings: Finding[];
}

type Forward = (source: Profile, target: Profile) => DirectionResult;

const TIER_ORDER: Record<Tier, number> = { live: 2, cold: 1, none: 0 };
const worse = (a: Tier, b: Tier): Tier => (TIER_ORDER[a] <= TIER_ORDER[b] ? a : b);

/** How many devices a target entry takes: its available_instances (absent: one; unreadable or not a number: none). */
export function capacityOf(p: Profile): number {
  const text = p.attributes.get('available_instances');
  if (text === undefined) return 1;
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/**
 * Can the VM's devices move to this host? Every device is checked against every target entry;
 * each device gets its own target instance, chosen for the best VM tier; then the VM rules run
 * (p2p_required: with two or more devices, each one's effective capability on both hosts must
 * include the feature the rule names). `capacities` overrides what each entry takes (a rollout
 * plan counts instances as VMs land and leave).
 */
export function checkVm(devices: readonly VmDevice[], host: readonly HostEntry[], forward: Forward, ruleSet: RuleSet, allowed: (device: number, entry: number) => boolean = () => true, capacities: readonly number[] = host.map((h) => capacityOf(h.profile))): VmResult {
  // A device is checked only against the entries it may run as (the hook: an mdev already created here has one type).
  const results = devices.map((d, i) => host.map((h, t) => (allowed(i, t) ? forward(d.profile, h.profile) : null)));
  const edges: Edge[] = [];
  results.forEach((row, d) => row.forEach((r, t) => { if (r !== null && r.tier !== 'none') edges.push({ device: d, target: t, tier: r.tier }); }));
  const chosen = assign(devices.length, capacities, edges);
  const out: VmDeviceResult[] = devices.map((d, i) => {
    const t = chosen[i]!;
    if (t < 0) {
      // No target at all: the findings of the first entry it was checked against say why (none when there is none).
      const first = results[i]!.find((r) => r !== null);
      return { name: d.name, target: null, verdict: 'incompatible', tier: 'none', findings: first ? first.findings : [] };
    }
    const r = results[i]![t]!;
    return { name: d.name, target: host[t]!.entry, verdict: r.verdict, tier: r.tier, findings: r.findings };
  });
  const findings = vmFindings(devices, out, host, ruleSet);
  const tier = out.reduce<Tier>((acc, d) => worse(acc, d.tier), 'live');
  const vmTier = worse(tier, tierOf(findings));
  return { verdict: vmTier === 'live' ? 'compatible' : 'incompatible', tier: vmTier, devices: out, findings };
}

/** VM rules: each rule of kind `vm-capability` names a feature every device needs on both hosts once the VM has two or more. */
function vmFindings(devices: readonly VmDevice[], out: readonly VmDeviceResult[], host: readonly HostEntry[], ruleSet: RuleSet): Finding[] {
  if (devices.length < 2) return [];
  const rule = ruleSet.ruleOf('vm-capability', null);
  if (rule === null) return [];
  const feature = rule.spec.value!;
  const lacking: string[] = [];
  devices.forEach((d, i) => {
    const target = out[i]!.target === null ? undefined : host.find((h) => h.entry === out[i]!.target)?.profile;
    const sides = [d.profile, ...(target ? [target] : [])];
    if (sides.some((p) => { const c = capabilityOf(normalize(p), ruleSet); return !c.known || !c.features.has(feature); })) lacking.push(d.name);
  });
  if (lacking.length === 0) return [];
  return [{
    rule: rule.id, attribute: rule.spec.match.attributes?.[0] ?? 'migration/features', severity: rule.spec.onFail ?? 'break',
    ...((rule.spec.onFail ?? 'break') === 'break' ? { blocks: rule.spec.blocks } : {}),
    message: `${rule.spec.label}: ${lacking.join(', ')} ${lacking.length === 1 ? 'lacks' : 'lack'} ${feature} on the source or target, and QEMU migrates a VM with ${devices.length} VFIO devices only when every one supports it`,
    missing: lacking,
  }];
}
