import { normalize } from '../normalize/normalized-profile.js';
import { createForwardCheckers } from '../verdict/check.js';
import type { Action, CheckOptions, Finding, Tier, Verdict } from '../types.js';
import type { DeviceRef, Inventory } from './inventory.js';

/** The verdict for every target device sharing one distinct target profile. */
export interface TargetGroup {
  /** The target profile's content id. */
  readonly profile: string;
  readonly tier: Tier;
  readonly verdict: Verdict;
  /**
   * Every finding of source -> target (breaks first), as `devmig check` reports them; for a
   * target of another device family only the family finding (tier none): one family's rules
   * say nothing an orchestrator could use about another family's device.
   */
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

const FAMILY_RULE = 'standard/family_mismatch';

/** The number of checks a matrix runs: distinct source profiles times distinct target profiles. */
export function matrixChecks(sources: Inventory, targets: Inventory): number {
  return sources.profiles.length * targets.profiles.length;
}

/**
 * Every source device against every target device, evaluated per distinct profile pair:
 * - the forward checker (createChecker without the rollback direction: one RuleSet, profiles
 *   normalized once) runs once per distinct profile pair of one device family (or where a
 *   side has none);
 * - a pair of two families needs no rule: the family mismatch leaves no tier whatever else
 *   differs, so its group (the family finding alone) is built once per target profile and
 *   source family, and shared;
 * - groups are appended to one list per tier as they are computed (no sort; within a tier,
 *   targets keep inventory order);
 * - one distinct source's results are held while its devices are yielded, then dropped, so
 *   memory is one row of groups plus the inventories, never pairs of hosts;
 * - rows come grouped by source profile (in order of first appearance), devices in inventory order.
 */
export function* matrix(sources: Inventory, targets: Inventory, opts: MatrixOptions = {}): Generator<MatrixRow, void, undefined> {
  const { ruleSet, normalized: check } = createForwardCheckers(opts);
  // Only when the family rule blocks cold does a mismatch decide the tier alone.
  const shortCut = ruleSet.rule(FAMILY_RULE).spec.blocks === 'cold';
  const tps = targets.profiles;
  const targetProfiles = tps.map((p) => normalize(p.profile));
  const targetFamily = targetProfiles.map((p) => ruleSet.familyOf(p));
  /** Per target profile, its cross-family group for each source family met so far. */
  const crossFamily = tps.map(() => new Map<string, TargetGroup>());
  const total = matrixChecks(sources, targets);
  let done = 0;
  for (const [group, sp] of sources.profiles.entries()) {
    const sourceProfile = normalize(sp.profile);
    const fs = ruleSet.familyOf(sourceProfile);
    const live: TargetGroup[] = [];
    const cold: TargetGroup[] = [];
    const none: TargetGroup[] = [];
    for (let k = 0; k < tps.length; k++) {
      const tp = tps[k]!;
      const targetProfile = targetProfiles[k]!;
      const ft = targetFamily[k]!;
      if (shortCut && fs !== null && ft !== null && fs !== ft) {
        let g = crossFamily[k]!.get(fs);
        if (g === undefined) {
          const r = check(sourceProfile, targetProfile);
          g = { profile: tp.id, tier: r.tier, verdict: r.verdict, findings: r.findings.filter((f) => f.rule === FAMILY_RULE), actions: [], devices: tp.devices };
          crossFamily[k]!.set(fs, g);
        }
        none.push(g);
        continue;
      }
      const r = check(sourceProfile, targetProfile);
      (r.tier === 'live' ? live : r.tier === 'cold' ? cold : none)
        .push({ profile: tp.id, tier: r.tier, verdict: r.verdict, findings: r.findings, actions: r.actions, devices: tp.devices });
    }
    done += tps.length;
    opts.onProgress?.(done, total);
    const groups = live.concat(cold, none);
    const anyLive = live.length > 0;
    for (const source of sp.devices) yield { source, profile: sp.id, path: sp.profile.path, live: anyLive, targets: groups, group };
  }
}
