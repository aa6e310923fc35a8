import type { BuiltinPackOptions } from './generated/pack-options.js';

/** Why an entry of a sysfs-like tree was passed over. */
export interface Skipped {
  path: string;
  reason: string;
  /** The attribute (or group) it would have been, when read as part of a profile directory. */
  attribute?: string;
}

/** One device type (or instance) at one driver release, as read from disk. */
export interface Profile {
  /** Where it came from: a directory, a JSON file or a flat key=value file. */
  readonly path: string;
  readonly form: 'sysfs' | 'json' | 'flat';
  /** Attribute name (`parent/vendor`) to value; a Map so no name can reach Object.prototype. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Symbolic links seen in a sysfs directory, as their link text (informational only). */
  readonly links: ReadonlyMap<string, string>;
  /** Entries passed over while reading, each with a reason (FIFOs, BARs, write-only files...). */
  readonly skipped: readonly Skipped[];
}

export type Severity = 'break' | 'warn' | 'info';
/** The best migration a pair allows, as NVML grades vGPU compatibility. */
export type Tier = 'live' | 'cold' | 'none';
export type Bump = 'major' | 'minor' | 'patch' | 'none';
/** Bump levels in order, for comparing a declared bump with a required one. */
export const BUMP_RANK = { none: 0, patch: 1, minor: 2, major: 3 } as const satisfies Record<Bump, number>;
export type Verdict = 'compatible' | 'incompatible';
/** The words a libvirt user knows from `virsh hypervisor-cpu-compare`. */
export type Relation = 'identical' | 'superset' | 'incompatible';
export type Mode = 'strict' | 'extended';

/** One reason, for or against a migration. */
export interface Finding {
  /** Stable rule id, `<pack>/<rule>`. */
  rule: string;
  attribute: string;
  severity: Severity;
  /** One line: what breaks and why. */
  message: string;
  /** For a break: the tier it leaves (cold when only live is blocked, none when cold is too). */
  blocks?: 'live' | 'cold';
  source?: string;
  target?: string;
  /** Set elements of the source that the target lacks. */
  missing?: string[];
  /** A key inside a structured attribute such as `description`. */
  key?: string;
}

/** Something the orchestrator must do on the target, e.g. set aggregator=2. */
export interface Action {
  kind: 'set';
  attribute: string;
  value: string;
  message: string;
}

/** The verdict of one direction. */
export interface DirectionResult {
  verdict: Verdict;
  tier: Tier;
  findings: Finding[];
  actions: Action[];
}

export interface CheckResult extends DirectionResult {
  source: string;
  target: string;
  mode: Mode;
  relation: Relation;
  /** The vendor pack applied, or null when only the standard rules apply. */
  pack: string | null;
  rollback: DirectionResult;
}

export type ChangeKind = 'removed' | 'added' | 'changed' | 'narrowed' | 'widened' | 'renamed';

export interface Change {
  attribute: string;
  kind: ChangeKind;
  required: Bump;
  message: string;
  rule: string;
  old?: string;
  new?: string;
}

export interface BumpResult {
  old: string;
  new: string;
  oldVersion: string;
  newVersion: string;
  required: Bump;
  declared: Bump;
  ok: boolean;
  /** The smallest version NEW should carry given its changes (semver.inc of OLD). */
  minimumVersion: string;
  changes: Change[];
  /** Policy findings such as rename-on-major; a break makes ok false. */
  findings: Finding[];
}

/**
 * Pack options, by the names their packs declare: a built-in pack's options take only the
 * values it declares (BuiltinPackOptions); a pack loaded with `rules` may declare others.
 */
export type PackOptions = Readonly<BuiltinPackOptions & Record<string, string>>;

export interface CheckOptions {
  mode?: Mode;
  options?: PackOptions;
  /** Extra rule-pack directories (or files) beside the built-in packs. */
  rules?: readonly string[];
}
