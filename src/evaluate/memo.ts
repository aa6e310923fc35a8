import type { Finding } from '../types.js';

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
/** Distinct value pairs remembered per step; past this a fleet's odd values are just computed. */
const LIMIT = 262_144;
/**
 * Misses after which a memo that hits less often than it misses switches itself off: where
 * values rarely repeat (distinct versions across a fleet), storing and looking up findings
 * costs more than computing them, and a large table only adds cache misses.
 */
const PROBATION = 4_096;

/** One step's findings by the pair of values it compared (their packed interned ids). */
export class FindingsMemo {
  private table: Map<number, readonly Finding[]> | undefined = new Map();
  private hits = 0;
  private misses = 0;

  get active(): boolean {
    return this.table !== undefined;
  }

  get(key: number): readonly Finding[] | undefined {
    const hit = this.table?.get(key);
    if (hit !== undefined) this.hits++;
    return hit;
  }

  /** Remember what one comparison found: `findings` from index `from` on (frozen, shared by later pairs). */
  remember(key: number, findings: readonly Finding[], from: number): void {
    if (this.table === undefined) return;
    if (++this.misses >= PROBATION && this.hits < this.misses) {
      this.table = undefined;
      return;
    }
    if (this.table.size >= LIMIT) return;
    this.table.set(key, findings.length === from ? NO_FINDINGS : Object.freeze(findings.slice(from).map((f) => Object.freeze(f))));
  }
}
