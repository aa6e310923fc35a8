import type { BumpResult, CheckResult } from '../types.js';

/** Exit statuses as cargo-semver-checks and buf breaking use them. */
export const ExitCode = {
  ok: 0,
  /** Incompatible, or a bump that is too small. */
  failed: 100,
  /** Input or tool error: one line on stderr naming the file. */
  error: 101,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeForCheck(result: CheckResult): ExitCode {
  return result.verdict === 'compatible' ? ExitCode.ok : ExitCode.failed;
}

export function exitCodeForBump(result: BumpResult): ExitCode {
  return result.ok ? ExitCode.ok : ExitCode.failed;
}
