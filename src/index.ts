/**
 * devmig: decides whether an assigned device can live-migrate between two hosts, and whether a
 * driver release's version bump matches its capability changes.
 * Pipeline: read -> normalize -> evaluate rules -> verdict -> render; each command of the
 * command line is one call of the application layer (checkReport, bumpReport, ...) returning a report.
 */
export { readProfile, profileFromAttributes } from './read/read-profile.js';
export { check, createChecker, createForwardChecker } from './verdict/check.js';
export { bump, type BumpOptions, type BumpPolicy } from './verdict/bump.js';
export { loadPacks, validatePack } from './rules/load-packs.js';
export { ruleSetFor } from './verdict/checker.js';
export { renderCheckText, renderBumpText } from './render/text.js';
export { renderJson } from './render/json.js';
export { InputError } from './errors.js';
export { collect, type CollectedProfile, type CollectResult, type CollectOptions } from './collect/collect.js';
export { HOST_INDEX_NAME, writeProfiles } from './collect/write-profiles.js';
export { matrix, matrixChecks, type MatrixRow, type TargetGroup, type MatrixOptions } from './matrix/matrix.js';
export { readInventory, inventoryFromProfiles, inventoryIndex, type Inventory, type InventoryEntry, type InventoryProfile, type DeviceRef } from './matrix/inventory.js';
export { deriveTraits, type Trait, type ProfileTraits } from './traits/derive.js';
export { placementTrait, nfdLabel } from './traits/names.js';
export { discoverSeries, type Release } from './series/discover-series.js';
export { bumpSeries, type SeriesResult } from './series/bump-series.js';
export { renderSeriesText } from './render/series-text.js';
export { loadSuppressions, suppressionsFor, findSuppressionFile } from './suppress/load-suppressions.js';
export { suppressCheck, suppressBump } from './suppress/apply-suppressions.js';
export type { Suppression, SuppressionSet } from './suppress/types.js';
export { ciFromCheck, ciFromBump, ciFromSeries, type CiReport } from './render/ci-report.js';
export { renderSarif } from './render/sarif.js';
export { renderJunit } from './render/junit.js';
export { renderGithub } from './render/github.js';
export { annotate, type AnnotateOptions, type Annotation } from './hook/annotate.js';
export { decideMigration, type DeviceDecision } from './hook/decide.js';
export { readDomainXml, type DomainInfo } from './hook/domain-xml.js';
export { renderMetadata, readDevmigMetadata, type DeviceMetadata, type MetadataForm } from './hook/metadata.js';
export { DEVMIG_XMLNS } from './hook/namespace.js';
export { ExitCode, exitCodeForCheck, exitCodeForBump } from './report/exit-code.js';
export { exitCodeFor } from './report/report.js';
export type * from './report/report.js';
export { summaryOf, type MatrixSummary } from './report/matrix-summary.js';
export { render, type RenderedOf } from './render/registry.js';
export { FORMATS, type FormatOf, type StreamedKind } from './render/formats.js';
export { FLUSH, type Piece, type Rendered } from './render/streamed.js';
export { checkReport, type SuppressionOptions } from './app/check.js';
export { bumpReport, seriesReport } from './app/bump.js';
export { collectReport, type CollectReportOptions } from './app/collect.js';
export { matrixReport, type MatrixReportOptions } from './app/matrix.js';
export { traitsReport } from './app/traits.js';
export { planReport, type PlanOptions } from './app/plan.js';
export { planRollout, type RolloutInput, type RolloutPlan, type FleetHost, type PlacedVm, type PlanWave, type PlanMove, type StrandedVm, type RollbackCheck, type VmCourse } from './plan/rollout.js';
export { explainReport } from './app/explain.js';
export { annotateReport } from './app/annotate.js';
export { incomingMigrationReport, type HookFlags } from './app/hook.js';
export type * from './types.js';
export type { BuiltinPackOptions, BuiltinPackOptionKeys } from './generated/pack-options.js';
export { version } from './generated/package-info.js';
export type { RulePack, RuleSpec } from './rules/pack-types.js';
