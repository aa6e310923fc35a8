import { EMITTED, type ComparatorDefinition } from '../comparator.js';

/*
 * Comparators whose findings the engine emits through the rule that uses them, so that the
 * rule (its id, tier, bump, reference) is data like any other. Each kind is named by what emits it.
 */

/** Emitted by a set comparison that finds a removal in a newer release of the same major. */
export const removalWithoutMajor: ComparatorDefinition = {
  ...EMITTED,
  explain: 'a release that removes a set element (a feature) also bumps its major version (emitted by the set comparison)',
};

/** Emitted when the two profiles belong to two different known families (pack selection). */
export const familyDiffers: ComparatorDefinition = {
  ...EMITTED,
  explain: 'the two profiles do not belong to two different known device families (emitted by pack selection)',
};

/** Emitted by bump under its rename-on-major policy. */
export const typeRenamedOnMajor: ComparatorDefinition = {
  ...EMITTED,
  explain: 'a release whose changes require a major bump comes with a new device type name (emitted by bump --policy rename-on-major)',
};

/** Emitted for every entry the reader skipped (a FIFO, a BAR, a failed read). */
export const attributeUnreadable: ComparatorDefinition = {
  ...EMITTED,
  explain: 'every attribute a rule decides on could be read on both sides (emitted for each entry the reader skipped)',
};

/** Emitted for an attribute no rule claims whose spelling is a known attribute's (mdev-type for mdev_type). */
export const nameMisspelt: ComparatorDefinition = {
  ...EMITTED,
  explain: 'no attribute is a misspelling of one a rule reads (differing only in case or - for _): it would be compared as an opaque field instead',
};

/** Emitted by a whole-VM check (devmig vm, the hook): a feature every device needs once a VM has two or more. */
export const vmCapability: ComparatorDefinition = {
  ...EMITTED,
  params: { required: ['value'], optional: [] },
  explain: 'when a VM has two or more VFIO devices, every device\'s effective migration capability on both hosts includes the feature the rule names (emitted by the whole-VM check)',
};

/** Emitted by the suppression file's loader for an entry past its date. */
export const suppressionExpired: ComparatorDefinition = {
  ...EMITTED,
  explain: 'no suppression is past its expiry date (emitted by the suppression file\'s loader)',
};
