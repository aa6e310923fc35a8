import type { CollectResult } from '../collect/collect.js';
import type { Annotation } from '../hook/annotate.js';
import type { DeviceDecision } from '../hook/decide.js';
import type { Inventory } from '../matrix/inventory.js';
import type { MatrixRow } from '../matrix/matrix.js';
import type { RolloutPlan } from '../plan/rollout.js';
import type { RuleSpec } from '../rules/pack-types.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import type { SeriesResult } from '../series/bump-series.js';
import type { ProfileTraits } from '../traits/derive.js';
import type { BumpResult, CheckOptions, CheckResult, Finding } from '../types.js';
import type { VmResult } from '../vm/vm.js';
import { ExitCode, exitCodeForBump, exitCodeForCheck } from './exit-code.js';

/**
 * What each command answers, as one typed value: the application layer (src/app/) builds it,
 * the renderers (src/render/) turn it into a format, and exitCodeFor() gives its exit status.
 * Input errors are not reports: they are thrown as InputError (exit 101).
 */
export type Report =
  | CheckReport
  | BumpReport
  | SeriesReport
  | CollectReport
  | MatrixReport
  | TraitsReport
  | RuleListReport
  | RuleReport
  | OwnRuleReport
  | AnnotateReport
  | HookReport
  | VmReport
  | PlanReport;

export type ReportKind = Report['kind'];
export type ReportOf<K extends ReportKind> = Extract<Report, { kind: K }>;

/** `check SOURCE TARGET`: the check with the suppressions of TARGET's folder (or the named file) applied. */
export interface CheckReport {
  readonly kind: 'check';
  readonly result: CheckResult;
  /** The rules that judged the pair: the CI formats describe each one they name. */
  readonly ruleSet: RuleSet;
}

/** `bump OLD NEW`, suppressions applied. */
export interface BumpReport {
  readonly kind: 'bump';
  readonly result: BumpResult;
  readonly ruleSet: RuleSet;
  /** The vendor pack of NEW (else OLD): the CI formats list its rules as the ones that applied. */
  readonly pack: string | null;
}

/** `bump --series DIR`: every consecutive pair of the folder's releases. */
export interface SeriesReport {
  readonly kind: 'series';
  readonly result: SeriesResult;
  readonly ruleSet: RuleSet;
  /** The vendor pack of the newest release that has one. */
  readonly pack: string | null;
}

/** `collect`: the profiles found under a sysfs root, and where they were written. */
export interface CollectReport {
  readonly kind: 'collect';
  readonly result: CollectResult;
  /** The directory of each profile, in the order of `result.profiles`, when they were written (`--out`). */
  readonly written?: readonly string[];
}

/** What reading a matrix's rows has established so far. */
export interface MatrixTally {
  rowsRead: number;
  /** Source devices read so far that have no live target. */
  withoutLive: number;
  /** Every row has been read: the counts are final. */
  complete: boolean;
}

/**
 * `matrix`: every source device of a fleet against every target device. The rows are computed
 * as they are read, one distinct source profile at a time, so a fleet's verdicts are never all
 * held; read them once, after which `tally` is final.
 */
export interface MatrixReport {
  readonly kind: 'matrix';
  readonly sources: Inventory;
  readonly targets: Inventory;
  /** The mode and pack options the verdicts were computed under (the JSON document records them). */
  readonly options: CheckOptions;
  readonly rows: Iterable<MatrixRow>;
  readonly tally: Readonly<MatrixTally>;
}

/** `traits PROFILE...`: what each profile provides and requires as scheduler traits. */
export interface TraitsReport {
  readonly kind: 'traits';
  readonly profiles: readonly ProfileTraits[];
  readonly options: CheckOptions;
}

/** `explain` without a rule: every rule id with its title. */
export interface RuleListReport {
  readonly kind: 'rule-list';
  readonly rules: readonly { id: string; title: string }[];
}

/** An example pair of a rule run through the engine. */
export interface ExampleRun {
  source: Record<string, string>;
  target: Record<string, string>;
  unreadable?: { source?: string[]; target?: string[] };
  /** Findings of this rule only (the example's other attributes may trip other rules). */
  findings: Finding[];
}

/** `explain RULE` for a pack rule: the rule, its pack, what it compares and its example pair run through the engine. */
export interface RuleReport {
  readonly kind: 'rule';
  readonly rule: CompiledRule;
  readonly pack: { readonly id: string; readonly title: string };
  /** What the rule compares, in words. */
  readonly compares: string;
  readonly example: { readonly pass: ExampleRun; readonly fail: ExampleRun };
}

/** `explain RULE` for a rule devmig's suppression loader reports (it judges a suppression file, not a pair: no example runs). */
export interface OwnRuleReport {
  readonly kind: 'own-rule';
  readonly id: string;
  readonly rule: RuleSpec;
}

/** `annotate`: the metadata a running domain's devices need on the source host. */
export interface AnnotateReport {
  readonly kind: 'annotate';
  readonly annotation: Annotation;
}

/**
 * `hook ... migrate begin`: the destination's decision for every assigned device of the
 * incoming domain. No decisions when the domain has no assigned device (nothing to refuse).
 */
export interface HookReport {
  readonly kind: 'hook';
  readonly guest: string;
  readonly decisions: readonly DeviceDecision[];
}

/** `vm SOURCE_VM TARGET_HOST`: the whole VM's verdict, each device's target and why. */
export interface VmReport {
  readonly kind: 'vm';
  readonly source: string;
  readonly host: string;
  readonly result: VmResult;
}

/** `plan --fleet DIR --vms FILE --upgrade RELEASE_DIR`: waves, moves, stranded VMs and the rollback check. */
export interface PlanReport {
  readonly kind: 'plan';
  readonly fleet: string;
  readonly release: string;
  readonly plan: RolloutPlan;
}

/** The exit status a report stands for: 0 when what was asked holds, 100 when it does not. */
export function exitCodeFor(report: Report): ExitCode {
  switch (report.kind) {
    case 'check': return exitCodeForCheck(report.result);
    case 'bump': return exitCodeForBump(report.result);
    case 'series': return report.result.ok ? ExitCode.ok : ExitCode.failed;
    case 'matrix':
      // Unknown is never a pass: a matrix whose rows were not all read has no exit status yet.
      if (!report.tally.complete) throw new Error('a matrix report has an exit status only once its rows have been read');
      return report.tally.withoutLive === 0 ? ExitCode.ok : ExitCode.failed;
    case 'hook': return report.decisions.every((d) => d.ok) ? ExitCode.ok : ExitCode.failed;
    case 'vm': return report.result.verdict === 'compatible' ? ExitCode.ok : ExitCode.failed;
    // Rollback verdicts are reported; they do not decide the status.
    case 'plan': return report.plan.ok ? ExitCode.ok : ExitCode.failed;
    case 'collect':
    case 'traits':
    case 'rule-list':
    case 'rule':
    case 'own-rule':
    case 'annotate':
      return ExitCode.ok;
  }
}
