import type { DeviceRef, Inventory, InventoryProfile } from '../matrix/inventory.js';
import type { MatrixRow, TargetGroup } from '../matrix/matrix.js';
import { summaryOf, type MatrixSummary } from '../report/matrix-summary.js';
import type { MatrixReport } from '../report/report.js';
import type { CheckOptions, Tier } from '../types.js';
import { FLUSH, type Piece } from './streamed.js';
import { tierWord, wrapped, type TextStyle } from './style.js';

export const MATRIX_FORMAT = 'devmig/matrix@1';
export const MATRIX_NOTE = 'Devices are grouped by distinct profile: each source profile lists its verdict against each target profile, whose devices are listed once; devmig check SOURCE TARGET explains one pair in full.';

const name = (d: DeviceRef) => `${d.host}/${d.device}`;
const devicesJson = (devices: readonly DeviceRef[]) => JSON.stringify(devices.map((d) => ({ host: d.host, device: d.device })));

/**
 * The machine formats never repeat a device list or a verdict: their size grows with devices
 * plus distinct profile pairs, never with source devices x target devices (100,000 hosts on
 * each side would otherwise be terabytes). Three kinds of record:
 * - `target`: a distinct target profile and every target device that has it (written first);
 * - `verdicts`: a distinct source profile against every target profile, with tier and findings;
 * - `source`: one source device, naming its profile (whose verdicts precede it).
 */
export function targetRecord(tp: InventoryProfile): string {
  return `{"kind":"target","profile":"${tp.id}","path":${JSON.stringify(tp.profile.path)},"devices":${devicesJson(tp.devices)}}`;
}

function verdictsJson(groups: readonly TargetGroup[]): string {
  return JSON.stringify(groups.map((g) => ({ profile: g.profile, tier: g.tier, verdict: g.verdict, findings: g.findings, actions: g.actions })));
}

/** The verdicts of a distinct source profile (the first row of its group carries them). */
export function verdictsRecord(row: MatrixRow): string {
  return `{"kind":"verdicts","profile":"${row.profile}","path":${JSON.stringify(row.path)},"live":${row.live},"targets":${verdictsJson(row.targets)}}`;
}

export function sourceRecord(row: MatrixRow): string {
  return `{"kind":"source","host":${JSON.stringify(row.source.host)},"device":${JSON.stringify(row.source.device)},"profile":"${row.profile}","live":${row.live}}`;
}

/** One element of the JSON document's `sources`: a distinct source profile with its devices and verdicts. */
function sourceProfileJson(row: MatrixRow, sp: InventoryProfile): string {
  return `{"profile":"${row.profile}","path":${JSON.stringify(row.path)},"live":${row.live},"devices":${devicesJson(sp.devices)},"targets":${verdictsJson(row.targets)}}`;
}

/** The JSON document is streamed: this head (with the target groups), the sources joined by ",\n", then jsonTail. */
function jsonHead(opts: CheckOptions, targets: Inventory): string {
  const groups = targets.profiles.map((tp) => `{"profile":"${tp.id}","path":${JSON.stringify(tp.profile.path)},"devices":${devicesJson(tp.devices)}}`).join(',\n');
  return `{"format":${JSON.stringify(MATRIX_FORMAT)},"mode":${JSON.stringify(opts.mode ?? 'strict')},"options":${JSON.stringify(opts.options ?? {})},"note":${JSON.stringify(MATRIX_NOTE)},"targets":[\n${groups}\n],"sources":[\n`;
}

function jsonTail(summary: MatrixSummary): string {
  return `\n],"summary":${JSON.stringify(summary)}}\n`;
}

const FAMILY_RULE = 'standard/family_mismatch';
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const MAX_SOURCE_WIDTH = 60;
const MAX_TARGET_WIDTH = 56;

function targetLabel(devices: readonly DeviceRef[], root = ''): string {
  const first = name(devices[0]!).slice(root.length);
  return devices.length > 1 ? `${first} (+${devices.length - 1} more)` : first;
}

/**
 * The folder every device name lies below when that is more than one host (a profile given
 * alone, named by its path, or one host's devices under one parent): printed once above the
 * table instead of on every line. '' when the names share less.
 */
function commonFolder(inv: Inventory): string {
  let root: string | undefined;
  for (const p of inv.profiles) {
    for (const d of p.devices) {
      const n = name(d);
      const folder = n.slice(0, n.lastIndexOf('/') + 1);
      if (root === undefined) root = folder;
      else if (!folder.startsWith(root)) {
        let i = 0;
        while (i < root.length && i < folder.length && root[i] === folder[i]) i++;
        root = root.slice(0, root.lastIndexOf('/', i - 1) + 1);
      }
      if (root === '') return '';
    }
  }
  return root !== undefined && root.indexOf('/') < root.length - 1 ? root : '';
}

/** What the text table says about one target group: the top reason, or the actions of a live one. */
function reasonOf(g: TargetGroup): string {
  if (g.tier === 'live') return g.actions.map((a) => a.message).join('; ') || (g.findings.find((f) => f.severity === 'warn')?.message ?? '');
  // For `none`, the break that also blocks cold is the one that explains the tier.
  const breaks = g.findings.filter((f) => f.severity === 'break');
  return (g.tier === 'none' ? breaks.find((f) => f.blocks === 'cold') : undefined)?.message ?? breaks[0]?.message ?? '';
}

/**
 * The compact text table: one line per (source device, target profile group), the source
 * named on its first line. Groups that differ only by device family collapse into one line.
 * Column widths come from the inventories, so rows can be written as they are computed.
 */
class MatrixTextRenderer {
  private readonly sw: number;
  private readonly tw: number;
  /** Folders the source and target names share, said once above the table. */
  private readonly sourceRoot: string;
  private readonly targetRoot: string;
  private readonly blocks = new WeakMap<readonly TargetGroup[], { first: string; rest: string }>();

  constructor(sources: Inventory, targets: Inventory, private readonly style: TextStyle) {
    this.sourceRoot = commonFolder(sources);
    this.targetRoot = commonFolder(targets);
    let sw = 'SOURCE'.length;
    for (const p of sources.profiles) for (const d of p.devices) sw = Math.max(sw, name(d).length - this.sourceRoot.length);
    let tw = 'TARGET'.length;
    for (const p of targets.profiles) tw = Math.max(tw, targetLabel(p.devices, this.targetRoot).length);
    this.sw = Math.min(sw, MAX_SOURCE_WIDTH);
    this.tw = Math.min(tw, MAX_TARGET_WIDTH);
  }

  header(): string {
    const roots = `${this.sourceRoot ? `sources in ${this.sourceRoot}\n` : ''}${this.targetRoot ? `targets in ${this.targetRoot}\n` : ''}`;
    return `${roots}${'SOURCE'.padEnd(this.sw)}  TIER  ${'TARGET'.padEnd(this.tw)}  REASON\n`;
  }

  private line(tier: Tier, target: string, reason: string): string {
    // On a terminal a long reason wraps under the REASON column.
    const reasonAt = this.sw + 2 + 4 + 2 + this.tw + 2;
    return `${tierWord(tier, this.style, 4)}  ${reason ? `${target.padEnd(this.tw)}  ${wrapped(reason, reasonAt, this.style)}` : target}`.trimEnd();
  }

  private block(groups: readonly TargetGroup[]): { first: string; rest: string } {
    let b = this.blocks.get(groups);
    if (!b) {
      const lines: string[] = [];
      const otherFamily: TargetGroup[] = [];
      for (const g of groups) {
        if (g.tier === 'none' && g.findings.some((f) => f.rule === FAMILY_RULE)) otherFamily.push(g);
        else lines.push(this.line(g.tier, targetLabel(g.devices, this.targetRoot), reasonOf(g)));
      }
      if (otherFamily.length > 0) {
        const n = otherFamily.reduce((sum, g) => sum + g.devices.length, 0);
        const families = [...new Set(otherFamily.map((g) => g.findings.find((f) => f.rule === FAMILY_RULE)!.target))].join(', ');
        lines.push(this.line('none', `${n} device${n === 1 ? '' : 's'} of another family`, `device family differs (target ${families})`));
      }
      const indent = `\n${' '.repeat(this.sw)}  `;
      b = { first: lines[0] ?? this.line('none', '(no target device)', ''), rest: lines.slice(1).map((l) => indent + l).join('') };
      this.blocks.set(groups, b);
    }
    return b;
  }

  row(row: MatrixRow): string {
    const b = this.block(row.targets);
    const source = name(row.source).slice(this.sourceRoot.length);
    // A name wider than its column gets a line of its own, so the columns below stay aligned.
    const head = source.length > this.sw ? `${source}\n${' '.repeat(this.sw)}` : source.padEnd(this.sw);
    return `${head}  ${b.first}${b.rest}\n`;
  }

  summary(s: MatrixSummary): string {
    const without = s.withoutLive === 0 ? 'every source device has a live target'
      : `${s.withoutLive} source device${s.withoutLive === 1 ? ' has' : 's have'} no live target`;
    return `\n${count(s.sourceDevices, 'source device')} on ${count(s.sourceHosts, 'host')} (${count(s.sourceProfiles, 'distinct profile')}) x ${count(s.targetDevices, 'target device')} on ${count(s.targetHosts, 'host')} (${s.targetProfiles} distinct): ${count(s.checks, 'check')}; ${without}.\n${MATRIX_NOTE}\n`;
  }
}

/** The report's rows, each with whether it starts or ends its source profile's rows (which come together). */
function* grouped(r: MatrixReport): Generator<{ row: MatrixRow; first: boolean; last: boolean }, void, undefined> {
  let inGroup = 0;
  for (const row of r.rows) {
    const first = inGroup === 0;
    const last = ++inGroup === r.sources.profiles[row.group]!.devices.length;
    if (last) inGroup = 0;
    yield { row, first, last };
  }
}

/**
 * The three matrix formats are streamed: a piece per row as it is computed, and FLUSH after
 * the last row of each source profile, before the next profile's verdicts are computed.
 */
export function* renderMatrixText(r: MatrixReport, style: TextStyle = {}): Generator<Piece, void, undefined> {
  const text = new MatrixTextRenderer(r.sources, r.targets, style);
  yield text.header();
  for (const { row, last } of grouped(r)) {
    yield text.row(row);
    if (last) yield FLUSH;
  }
  yield text.summary(summaryOf(r.sources, r.targets, r.tally.withoutLive));
}

export function* renderMatrixJson(r: MatrixReport): Generator<Piece, void, undefined> {
  yield jsonHead(r.options, r.targets);
  for (const { row, first, last } of grouped(r)) {
    if (first) yield (row.group > 0 ? ',\n' : '') + sourceProfileJson(row, r.sources.profiles[row.group]!);
    if (last) yield FLUSH;
  }
  yield jsonTail(summaryOf(r.sources, r.targets, r.tally.withoutLive));
}

export function* renderMatrixNdjson(r: MatrixReport): Generator<Piece, void, undefined> {
  for (const tp of r.targets.profiles) yield `${targetRecord(tp)}\n`;
  for (const { row, first, last } of grouped(r)) {
    yield `${first ? `${verdictsRecord(row)}\n` : ''}${sourceRecord(row)}\n`;
    if (last) yield FLUSH;
  }
}
