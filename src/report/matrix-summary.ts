import type { Inventory } from '../matrix/inventory.js';
import { matrixChecks } from '../matrix/matrix.js';

/** Totals printed after the rows (text) or as the JSON document's `summary`. */
export interface MatrixSummary {
  sourceHosts: number;
  sourceDevices: number;
  sourceProfiles: number;
  targetHosts: number;
  targetDevices: number;
  targetProfiles: number;
  /** Checks actually run: distinct source profiles x distinct target profiles. */
  checks: number;
  /** Source devices with no live target (the reason for exit status 100). */
  withoutLive: number;
}

export function summaryOf(sources: Inventory, targets: Inventory, withoutLive: number): MatrixSummary {
  return {
    sourceHosts: sources.hostCount, sourceDevices: sources.deviceCount, sourceProfiles: sources.profiles.length,
    targetHosts: targets.hostCount, targetDevices: targets.deviceCount, targetProfiles: targets.profiles.length,
    checks: matrixChecks(sources, targets), withoutLive,
  };
}
