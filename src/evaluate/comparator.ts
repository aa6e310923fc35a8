import type { NormalizedProfile } from '../normalize/normalized-profile.js';
import type { Outcome } from '../rules/pack-types.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { Action, Finding, Severity } from '../types.js';

/** What one direction's comparison collects, and what it needs to know about the pair. */
export interface Ctx {
  readonly s: NormalizedProfile;
  readonly t: NormalizedProfile;
  readonly ruleSet: RuleSet;
  readonly findings: Finding[];
  readonly actions: Action[];
}

/** What a per-side rule says about one side of a pair. */
export interface SideFinding {
  readonly rule: CompiledRule;
  readonly attribute: string;
  readonly severity: Severity;
  readonly message: string;
}

/** Runs one rule on one attribute of a pair, reporting into `ctx`. */
export type Compare = (ctx: Ctx, rule: CompiledRule, attr: string) => void;

/**
 * How a comparison turns into scheduler traits (Yan Zhao's 2020 procedure): the target provides
 * one trait per value it accepts, the source requires the one its value needs. Each mapping must
 * be safe: whenever the comparison passes, every required trait is among the provided ones.
 */
export interface TraitMapping {
  provides(p: NormalizedProfile, rule: CompiledRule, attr: string): string[];
  /** null: not expressed as traits (devmig check decides it). */
  requires: ((p: NormalizedProfile, rule: CompiledRule, attr: string) => string[]) | null;
  /** An equality of the whole value: a target holding it holds the source's exact value. */
  exact?: boolean;
  /** The trait is named after this attribute instead of the rule's own (record-tags: the target's known-tags list). */
  traitAttribute?(rule: CompiledRule, attr: string): string;
}

/** Parameters a rule may give its comparator (schema/rule-pack.schema.json ties each to its comparators). */
export type RuleParam = 'exceptListedIn' | 'other' | 'value' | 'unknown' | 'pairs';

/**
 * Everything about one comparison in one place: what it reads, how a missing side counts, when
 * the engine may skip or memoise it, how it runs, how it becomes traits, how it explains itself.
 */
export interface ComparatorDefinition {
  /** One sentence for `devmig explain`: what a rule using it checks. */
  readonly explain: string;
  /** Parameters it reads; the schema requires the mandatory ones. */
  readonly params: { readonly required: readonly RuleParam[]; readonly optional: readonly RuleParam[] };
  /** What a value missing on one side (or both) means, before a rule's own `missing`. */
  readonly missing: { readonly source: Outcome; readonly target: Outcome; readonly both: Outcome };
  /** Identical values pass without running it: as text, or as text that is a valid version. */
  readonly reflexive: 'none' | 'text' | 'version';
  /** Driven by the source's value alone: the target's side lives in other attributes, so a missing target attribute is not "missing". */
  readonly sourceDriven: boolean;
  /** Other attributes it reads besides its own, on the source and on the target side (memo keys include their values). */
  extras?(rule: CompiledRule, ruleSet: RuleSet): readonly [readonly string[] | undefined, readonly string[] | undefined];
  /** Its findings depend only on the values (and extras), so they may be memoised; false when it has other effects (actions). */
  readonly memoisable: boolean;
  /** Runs per attribute; absent for comparators whose findings the engine emits elsewhere (family, unreadable entries, bump policy). */
  readonly run?: Compare;
  /**
   * Judges one side of a pair alone, whatever attributes the profiles hold (a profile's
   * migration capability): what it says depends on that profile and its role only, so a
   * checker asks once per profile and role and reports it for every pair.
   */
  readonly perSide?: (p: NormalizedProfile, side: 'source' | 'target', rule: CompiledRule, ruleSet: RuleSet) => SideFinding | null;
  readonly traits: TraitMapping;
}

/** A comparator that never runs per attribute and maps to no trait. */
export const EMITTED = {
  params: { required: [], optional: [] },
  missing: { source: 'pass', target: 'pass', both: 'pass' },
  reflexive: 'none',
  sourceDriven: false,
  memoisable: false,
  traits: { provides: () => [], requires: null },
} as const satisfies Omit<ComparatorDefinition, 'explain'>;
