import { splitSet } from '../normalize/values.js';
import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import type { CapabilityRow } from '../rules/pack-types.js';
import { selects, type RuleSet } from '../rules/rule-set.js';

/** The attribute that states a profile's VFIO migration features. */
export const FEATURES_ATTRIBUTE = 'migration/features';
/** The host's kernel release, as collect records it. */
export const KERNEL_ATTRIBUTE = 'host/kernel_release';

/**
 * A profile's effective migration capability (migration-capability.md section 1): the first
 * of its stated `migration/features`, the 2020 interface (a version attribute: stop_copy),
 * the capability table's row for its driver; otherwise unknown.
 */
export type Capability =
  | {
    readonly known: true;
    readonly features: ReadonlySet<string>;
    /** The driver (or type) messages name. */
    readonly driver: string;
    readonly from: 'features' | 'interface' | 'table';
    /** The family's pack decides live migration: the standard capability rules do not judge it. */
    readonly decidedByPack: boolean;
    /** Features the driver has in a later kernel than the profile's host/kernel_release. */
    readonly tooOld: readonly { feature: string; since: string }[];
    readonly kernel?: string;
  }
  | { readonly known: false; readonly driver: string };

/** major.minor of a kernel release (`6.8.0-45-generic` reads as 6.8), or null. */
function majorMinor(text: string): [number, number] | null {
  const m = /^\s*(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const olderThan = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** The type or driver a profile is, for messages about a profile no row names. */
function nameOf(p: NormalizedProfile): string {
  return p.get('driver') ?? p.get('mdev_type') ?? 'this device';
}

function fromRow(p: NormalizedProfile, row: CapabilityRow): Capability {
  const when = row.when;
  const holds = when === undefined || p.get(when.attribute) === when.equals;
  const features = new Set<string>();
  const tooOld: { feature: string; since: string }[] = [];
  const kernelText = p.get(KERNEL_ATTRIBUTE);
  const kernel = kernelText === undefined ? null : majorMinor(kernelText);
  for (const [feature, since] of Object.entries(row.features)) {
    if (!holds) continue;
    const first = majorMinor(since);
    // A feature listed with a first release exists only from that release, when the host says which it runs.
    if (kernel !== null && first !== null && olderThan(kernel, first)) tooOld.push({ feature, since });
    else features.add(feature);
  }
  return { known: true, features, driver: row.driver, from: 'table', decidedByPack: row.decidedByPack === true, tooOld, ...(kernelText === undefined ? {} : { kernel: kernelText }) };
}

const memo = new WeakMap<RuleSet, WeakMap<NormalizedProfile, Capability>>();

/** The effective capability of a profile under a rule set's capability tables (memoised per rule set). */
export function capabilityOf(p: NormalizedProfile, ruleSet: RuleSet): Capability {
  let byProfile = memo.get(ruleSet);
  if (!byProfile) memo.set(ruleSet, (byProfile = new WeakMap()));
  let cap = byProfile.get(p);
  if (cap === undefined) {
    cap = compute(p, ruleSet);
    byProfile.set(p, cap);
  }
  return cap;
}

function compute(p: NormalizedProfile, ruleSet: RuleSet): Capability {
  const row = ruleSet.capabilityRows.find((r) => r.select.some((c) => selects(c, p)));
  const driver = row?.driver ?? nameOf(p);
  const decidedByPack = row?.decidedByPack === true;
  const stated = p.get(FEATURES_ATTRIBUTE);
  if (stated !== undefined) return { known: true, features: new Set(splitSet(stated)), driver, from: 'features', decidedByPack, tooOld: [] };
  // The 2020 proposal defined a version attribute's presence as "the vendor driver supports migration".
  if (ruleSet.versionAttributes.some((a) => p.has(a))) return { known: true, features: new Set(['stop_copy']), driver, from: 'interface', decidedByPack, tooOld: [] };
  return row ? fromRow(p, row) : { known: false, driver };
}
