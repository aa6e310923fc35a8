import type { BumpResult, CheckResult } from '../types.js';

/** The JSON documents of the command-line contract (schema/check-output.schema.json, bump-output). */
export function renderJson(result: CheckResult | BumpResult | object): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
