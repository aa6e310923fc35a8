import { suppressBump } from '../suppress/apply-suppressions.js';
import type { SuppressionSet } from '../suppress/types.js';
import type { BumpResult, Finding } from '../types.js';
import type { RuleSet } from '../rules/rule-set.js';
import { bump, type BumpOptions } from '../verdict/bump.js';
import { ruleSetFor } from '../verdict/checker.js';
import type { Release } from './discover-series.js';

/** The bump check of every consecutive pair of a release series (schema/series-output.schema.json). */
export interface SeriesResult {
  dir: string;
  /** Every step's declared bump suffices and no finding breaks. */
  ok: boolean;
  releases: { path: string; version: string }[];
  /** One bump result per consecutive pair, oldest first. */
  steps: BumpResult[];
  /** The suppression file applied, or null. */
  suppressions: string | null;
  /** Findings about the series as a whole (expired suppressions). */
  findings: Finding[];
}

/**
 * Check every consecutive pair of `releases` with bump(); suppressions apply to each step and
 * an expired one is reported once for the series. A single release has no step and passes.
 * Every step runs on one rule set (`ruleSet`, the one `opts` makes, when the caller holds it).
 */
export function bumpSeries(dir: string, releases: readonly Release[], opts: BumpOptions, suppressions: SuppressionSet | null, ruleSet: RuleSet = ruleSetFor(opts)): SeriesResult {
  const steps: BumpResult[] = [];
  for (let i = 1; i < releases.length; i++) {
    steps.push(suppressBump(bump(releases[i - 1]!.profile, releases[i]!.profile, opts, ruleSet), suppressions, { withExpired: false }));
  }
  const findings = suppressions?.expired ?? [];
  return {
    dir,
    ok: steps.every((s) => s.ok) && !findings.some((f) => f.severity === 'break'),
    releases: releases.map((r) => ({ path: r.path, version: r.version.version })),
    steps,
    suppressions: suppressions?.file ?? null,
    findings,
  };
}
