import type { CollectedProfile, SysfsCollectResult } from '../collect/collect.js';
import { profileFromAttributes } from '../read/read-profile.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { DirectionResult, Profile } from '../types.js';
import { checkVm } from '../vm/vm.js';
import type { DomainInfo } from './domain-xml.js';
import { hostdevName, type HostdevRef } from './hostdev.js';
import { isMdevProfile, localMdevType, typeOf } from './local-devices.js';
import { metadataFor } from './metadata.js';

/** The hook's answer for one device of the incoming domain. */
export interface DeviceDecision {
  /** The mdev UUID or PCI address. */
  device: string;
  /** Its type as recorded on the source (`i915-GVTg_V5_4`), or its kind when nothing was recorded. */
  type: string;
  ok: boolean;
  /** Refused because nothing records what it was on the source (not because a rule failed). */
  unknown?: true;
  /** The collect id of the local type it can run as (when ok). */
  target?: string;
  /** One line: why it cannot (when not ok). */
  reason?: string;
}

type Checker = (source: Profile, target: Profile) => DirectionResult;

/**
 * Local profiles the device may run as, same type first:
 * - an mdev whose UUID already exists here (libvirt attaches that very mdev) can only be its type;
 *   otherwise any local mdev type;
 * - a PCI device at the same address when collect found one there; otherwise any local
 *   variant-driver device or NVIDIA VF type (a managed device may not be bound yet).
 */
function candidates(ref: HostdevRef, source: Profile, host: SysfsCollectResult): CollectedProfile[] | string {
  let pool: CollectedProfile[];
  if (ref.kind === 'mdev') {
    const local = localMdevType(host.root, ref.uuid);
    if ('id' in local) {
      const p = host.profiles.find((c) => c.id === local.id);
      return p === undefined ? `the mdev ${ref.uuid} here is of type ${local.id}, which collect did not find under class/mdev_bus` : [p];
    }
    pool = host.profiles.filter(isMdevProfile);
    if (pool.length === 0) return 'this host offers no mdev type';
  } else {
    const here = host.profiles.filter((c) => c.device === ref.address);
    pool = here.length > 0 ? here : host.profiles.filter((c) => !isMdevProfile(c));
    if (pool.length === 0) return 'this host has no device bound to a VFIO variant driver and no NVIDIA vGPU VF';
  }
  const want = typeOf(source.attributes);
  return [...pool.filter((c) => typeOf(c.profile.attributes) === want), ...pool.filter((c) => typeOf(c.profile.attributes) !== want)];
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** The failing findings of the best candidate, as one line. */
function reasons(id: string, r: Pick<DirectionResult, 'tier' | 'findings'>): string {
  const breaks = r.findings.filter((f) => f.severity === 'break').map((f) => oneLine(f.message));
  return `${id}: ${breaks.length > 0 ? breaks.join('; ') : `tier ${r.tier}`}`;
}

/**
 * Decide, on the destination, whether every assigned device of the incoming domain can resume
 * here, as `devmig vm` decides a whole VM: each device with recorded metadata gets its own local
 * instance among the profiles it may run as (capacity counted), live; with two or more devices
 * the VM rules (p2p_required) must hold too, and a VM-level break refuses every device, each
 * with its own line. A device without recorded metadata is refused: unknown is never compatible.
 */
export function decideMigration(domain: DomainInfo, host: SysfsCollectResult, checker: Checker, ruleSet: RuleSet): DeviceDecision[] {
  const known: { ref: HostdevRef; device: string; type: string; source: Profile; pool: readonly CollectedProfile[] }[] = [];
  const decisions = new Map<HostdevRef, DeviceDecision>();
  for (const ref of domain.hostdevs) {
    const device = hostdevName(ref);
    const meta = domain.metadata === null ? undefined : metadataFor(ref, domain.metadata);
    if (meta === undefined) {
      decisions.set(ref, { device, type: ref.kind, ok: false, unknown: true, reason: "no devmig metadata records its source profile; run 'devmig annotate' on the source host and store the result with 'virsh metadata' before migrating" });
      continue;
    }
    const source = profileFromAttributes(`${domain.name} metadata ${device}`, meta.attributes);
    const type = typeOf(source.attributes) ?? ref.kind;
    const pool = candidates(ref, source, host);
    if (typeof pool === 'string') decisions.set(ref, { device, type, ok: false, reason: pool });
    else known.push({ ref, device, type, source, pool });
  }
  const entries = host.profiles.map((c) => ({ entry: c.id, profile: c.profile }));
  const vm = checkVm(known.map((k) => ({ name: k.device, profile: k.source })), entries, checker, ruleSet,
    (d, t) => known[d]!.pool.some((c) => c.id === host.profiles[t]!.id));
  const vmReason = vm.findings.filter((f) => f.severity === 'break').map((f) => oneLine(f.message)).join('; ');
  known.forEach((k, i) => {
    const r = vm.devices[i]!;
    if (r.tier === 'live' && vmReason === '') decisions.set(k.ref, { device: k.device, type: k.type, ok: true, target: r.target! });
    else if (r.tier === 'live') decisions.set(k.ref, { device: k.device, type: k.type, ok: false, reason: vmReason });
    else decisions.set(k.ref, { device: k.device, type: k.type, ok: false, reason: reasons(r.target ?? k.pool[0]?.id ?? 'this host', r) });
  });
  return domain.hostdevs.map((ref) => decisions.get(ref)!);
}
