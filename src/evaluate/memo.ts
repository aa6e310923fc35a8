import type { Finding } from '../types.js';

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
/** Distinct value combinations remembered per step; past this a fleet's odd values are just computed. */
const LIMIT = 262_144;
/**
 * Misses after which a memo that hits less often than it misses switches itself off: where
 * values rarely repeat (distinct versions across a fleet), storing and looking up findings
 * costs more than computing them, and a large table only adds cache misses.
 */
const PROBATION = 4_096;

type Table = Map<number, readonly Finding[] | Map<number, readonly Finding[]>>;

/**
 * One step's findings by the pair of values it compared (their packed interned ids) and, for a
 * comparison that reads other attributes too, by the pair of those values' tuple ids (`sub`).
 */
export class FindingsMemo {
  private table: Table | undefined = new Map();
  private hits = 0;
  private misses = 0;

  get active(): boolean {
    return this.table !== undefined;
  }

  get(key: number, sub: number): readonly Finding[] | undefined {
    let hit = this.table?.get(key);
    if (sub >= 0) hit = (hit as Map<number, readonly Finding[]> | undefined)?.get(sub);
    if (hit !== undefined) this.hits++;
    return hit as readonly Finding[] | undefined;
  }

  /** Remember what one comparison found: `findings` from index `from` on (frozen, shared by later pairs). */
  remember(key: number, sub: number, findings: readonly Finding[], from: number): void {
    if (this.table === undefined) return;
    if (++this.misses >= PROBATION && this.hits < this.misses) {
      this.table = undefined;
      return;
    }
    if (this.misses >= LIMIT) return;
    const found = findings.length === from ? NO_FINDINGS : Object.freeze(findings.slice(from).map((f) => Object.freeze(f)));
    if (sub < 0) {
      this.table.set(key, found);
      return;
    }
    let inner = this.table.get(key) as Map<number, readonly Finding[]> | undefined;
    if (inner === undefined) this.table.set(key, (inner = new Map()));
    inner.set(sub, found);
  }
}
