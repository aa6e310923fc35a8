/**
 * The rule-pack data format. The types are generated from schema/rule-pack.schema.json by the
 * build (src/generated/rule-pack.d.ts): the schema is the one source of truth, and the loader
 * validates every pack with it before these types are trusted.
 */
import type { Outcome, Pair, Rule, RulePack } from '../generated/rule-pack.js';

export type { Outcome, RulePack };
/** One rule of a pack. */
export type RuleSpec = Rule;
/** The engine's closed vocabulary of comparisons; a pack only chooses among them (src/evaluate/comparators/). */
export type Comparator = Rule['compare'];
export type ValueKind = NonNullable<Rule['values']>;
export type RuleMatch = Rule['match'];
export type Condition = NonNullable<Rule['when']>;
/** Attributes of a source and a target profile, for a rule's example. */
export type ExamplePair = Pair;
export type SelectClause = RulePack['select'][number];
export type PackOption = NonNullable<RulePack['options']>[string];

/** Comparisons the engine reports through their rule elsewhere (emitted) instead of per attribute; they claim no attribute. */
export const EMITTED_COMPARATORS: ReadonlySet<Comparator> = new Set<Comparator>(['removal-without-major', 'family-differs', 'type-renamed-on-major', 'attribute-unreadable', 'suppression-expired', 'name-misspelt', 'vm-capability']);

/** One row of a capability table: the VFIO migration a known driver implements. */
export type CapabilityRow = NonNullable<RulePack['capabilities']>[number];
/** The VFIO migration features (include/uapi/linux/vfio.h VFIO_MIGRATION_*). */
export type MigrationFeature = 'stop_copy' | 'p2p' | 'pre_copy';
