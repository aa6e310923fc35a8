import type { Finding } from '../types.js';

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
/** Distinct value combinations seen or remembered per step; past this a fleet's odd values are just computed. */
const LIMIT = 262_144;
/**
 * First sightings after which a memo whose values mostly never come back switches itself off:
 * where values rarely repeat (distinct versions across a fleet), storing and looking up
 * findings costs more than computing them, and a large table only adds cache misses.
 */
const PROBATION = 4_096;

type Table = Map<number, readonly Finding[] | Map<number, readonly Finding[]>>;

/**
 * One step's findings by the pair of values it compared (their packed interned ids) and, for a
 * comparison that reads other attributes too, by the pair of those values' tuple ids (`sub`).
 * Findings are stored the second time a combination is met, not the first: a fresh checker on
 * values it never saw (a cold start, one-off pairs) then pays for a number in a set, not for
 * frozen copies it would never read again.
 */
export class FindingsMemo {
  private table: Table | undefined = new Map();
  private readonly seen = new Set<number>();
  private hits = 0;
  /** Combinations met once, and met again (then stored). */
  private firsts = 0;
  private repeats = 0;

  get active(): boolean {
    return this.table !== undefined;
  }

  get(key: number, sub: number): readonly Finding[] | undefined {
    let hit = this.table?.get(key);
    if (sub >= 0) hit = (hit as Map<number, readonly Finding[]> | undefined)?.get(sub);
    if (hit !== undefined) this.hits++;
    return hit as readonly Finding[] | undefined;
  }

  /** What one comparison found: `findings` from index `from` on (frozen, shared by later pairs once stored). */
  remember(key: number, sub: number, findings: readonly Finding[], from: number): void {
    if (this.table === undefined) return;
    // Collisions only store a combination early; lookups stay exact.
    const mark = sub < 0 ? key : key * 65_537 + sub;
    if (!this.seen.has(mark)) {
      if (++this.firsts >= PROBATION && this.hits + this.repeats < this.firsts / 2) {
        this.table = undefined;
        this.seen.clear();
        return;
      }
      if (this.seen.size < LIMIT) this.seen.add(mark);
      return;
    }
    if (++this.repeats >= LIMIT) return;
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
