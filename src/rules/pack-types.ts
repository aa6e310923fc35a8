/**
 * The rule-pack data format, mirroring schema/rule-pack.schema.json (the schema is the source
 * of truth: the loader validates every pack with it before these types are trusted).
 */

/** The engine's closed vocabulary of comparisons; a pack only chooses among them. */
export const COMPARATORS = [
  'equal', 'version', 'subset', 'bits-superset', 'at-least', 'in-range', 'required-value',
  'record-tags', 'accepted-pairs', 'major-equal', 'dynamic-resources', 'target-not-zero',
  'informational', 'derived',
] as const;
export type Comparator = (typeof COMPARATORS)[number];

export type Outcome = 'pass' | 'break' | 'warn';
export type ValueKind = 'text' | 'hex' | 'auto' | 'number';

export interface RuleMatch {
  /** Exact attribute names. */
  attributes?: string[];
  /** Glob patterns (`*` matches within one path element, `**` across them). */
  patterns?: string[];
  /** Keys of a structured attribute (`description`) compared one by one. */
  keys?: string[];
  /** Matches every attribute no other rule claims (the opaque vendor field rule). */
  unclaimed?: boolean;
}

export type Condition =
  | { option: string; equals: string }
  | { bothEqual: { attribute: string; value: string } };

export interface ExamplePair {
  source: Record<string, string>;
  target: Record<string, string>;
  /** Attributes the reader could not read, per side (shown as skipped entries). */
  unreadable?: { source?: string[]; target?: string[] };
}

export interface RuleSpec {
  id: string;
  title: string;
  purpose: string;
  blocks: 'live' | 'cold';
  bump: 'major' | 'minor';
  reference: string;
  match: RuleMatch;
  compare: Comparator;
  values?: ValueKind;
  /** What a value missing on one or both sides means; each comparator has defaults. */
  missing?: { source?: Outcome; target?: Outcome; both?: Outcome };
  /** Severity of a failed comparison (default break). */
  onFail?: 'break' | 'warn';
  when?: Condition;
  /** Short noun phrase used in messages and tier words: "host driver version differs". */
  label: string;
  /** Comparator parameters. */
  exceptListedIn?: string;
  other?: string;
  value?: string;
  unknown?: string[];
  pairs?: [string, string][];
  /** This rule compares the release version itself: bump reads it as the declared bump. */
  role?: 'version' | 'type';
  example: { pass: ExamplePair; fail: ExamplePair };
}

export interface SelectClause {
  attribute: string;
  prefix?: string;
  equals?: string;
  exists?: boolean;
}

export interface PackOption {
  description: string;
  values: string[];
  default: string;
}

export interface RulePack {
  format: string;
  id: string;
  title: string;
  description: string;
  reference: string;
  /** Any clause selects the pack; the standard pack has none and always applies. */
  select: SelectClause[];
  options?: Record<string, PackOption>;
  rules: RuleSpec[];
}
