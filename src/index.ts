/**
 * devmig: decides whether an assigned device can live-migrate between two hosts, and whether a
 * driver release's version bump matches its capability changes.
 * Pipeline: read -> normalize -> evaluate rules -> verdict -> render.
 */
export { readProfile, profileFromAttributes } from './read/read-profile.js';
export { check, createChecker } from './verdict/check.js';
export { bump, type BumpOptions, type BumpPolicy } from './verdict/bump.js';
export { loadPacks, validatePack } from './rules/load-packs.js';
export { ruleSetFor } from './verdict/checker.js';
export { renderCheckText, renderBumpText } from './render/text.js';
export { renderJson } from './render/json.js';
export { InputError } from './errors.js';
export { collect, writeProfiles, type CollectedProfile, type CollectResult, type CollectOptions } from './collect/collect.js';
export { matrix, matrixChecks, type MatrixRow, type TargetGroup, type MatrixOptions } from './matrix/matrix.js';
export { readInventory, inventoryFromProfiles, inventoryIndex, type Inventory, type InventoryEntry, type InventoryProfile, type DeviceRef } from './matrix/inventory.js';
export { deriveTraits, type Trait, type ProfileTraits } from './traits/derive.js';
export { placementTrait, nfdLabel } from './traits/names.js';
export { ExitCode, exitCodeForCheck, exitCodeForBump } from './cli/exit-code.js';
export type * from './types.js';
export type { RulePack, RuleSpec } from './rules/pack-types.js';
