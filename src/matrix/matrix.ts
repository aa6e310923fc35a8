import { createForwardChecker } from '../verdict/check.js';
import type { Action, CheckOptions, Finding, Tier, Verdict } from '../types.js';
import type { DeviceRef, Inventory, InventoryProfile } from './inventory.js';

/** The verdict for every target device sharing one distinct target profile. */
export interface TargetGroup {
  /** The target profile's content id. */
  readonly profile: string;
  readonly tier: Tier;
  readonly verdict: Verdict;
  /** Every finding of source -> target (breaks first), as `devmig check` reports them. */
  readonly findings: readonly Finding[];
  readonly actions: readonly Action[];
  /** The target devices with this profile (the inventory's own list, not a copy). */
  readonly devices: readonly DeviceRef[];
}

/** One source device and where it can go. */
export interface MatrixRow {
  readonly source: DeviceRef;
  /** The source profile's content id and the path it was read from. */
  readonly profile: string;
  readonly path: string;
  /** At least one target device takes this source live. */
  readonly live: boolean;
  /**
   * One group per distinct target profile, live first, then cold, then none. Every row of
   * the same source profile shares this very array: it is computed once.
   */
  readonly targets: readonly TargetGroup[];
  /** Index of the source's distinct profile in the source inventory (rows of one profile are adjacent). */
  readonly group: number;
}

export interface MatrixOptions extends CheckOptions {
  /** Called after each distinct source profile is evaluated: checks done so far, of total. */
  onProgress?: (done: number, total: number) => void;
}

const TIER_ORDER = { live: 0, cold: 1, none: 2 } as const satisfies Record<Tier, number>;

/** The number of checks a matrix runs: distinct source profiles times distinct target profiles. */
export function matrixChecks(sources: Inventory, targets: Inventory): number {
  return sources.profiles.length * targets.profiles.length;
}

/**
 * Every source device against every target device, evaluated per distinct profile pair:
 * - the forward checker (createChecker without the rollback direction: one RuleSet, profiles
 *   normalized once) runs |distinct S| x |distinct T| times;
 * - one distinct source's results are held while its devices are yielded, then dropped, so
 *   memory is one row of groups plus the inventories, never pairs of hosts;
 * - rows come grouped by source profile (in order of first appearance), devices in inventory order.
 */
export function* matrix(sources: Inventory, targets: Inventory, opts: MatrixOptions = {}): Generator<MatrixRow, void, undefined> {
  const checker = createForwardChecker(opts);
  const total = matrixChecks(sources, targets);
  let done = 0;
  for (const [group, sp] of sources.profiles.entries()) {
    const groups = evaluateSource(checker, sp, targets.profiles);
    done += targets.profiles.length;
    opts.onProgress?.(done, total);
    const live = groups.length > 0 && groups[0]!.tier === 'live';
    for (const source of sp.devices) yield { source, profile: sp.id, path: sp.profile.path, live, targets: groups, group };
  }
}

function evaluateSource(checker: ReturnType<typeof createForwardChecker>, sp: InventoryProfile, targets: readonly InventoryProfile[]): TargetGroup[] {
  const groups = targets.map((tp): TargetGroup => {
    const r = checker(sp.profile, tp.profile);
    return { profile: tp.id, tier: r.tier, verdict: r.verdict, findings: r.findings, actions: r.actions, devices: tp.devices };
  });
  // Array.prototype.sort is stable: within a tier, targets keep inventory order.
  return groups.sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier]);
}
