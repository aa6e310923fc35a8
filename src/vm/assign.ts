import type { Tier } from '../types.js';

/** What one source device can do on one target entry. */
export interface Edge {
  device: number;
  target: number;
  tier: Exclude<Tier, 'none'>;
}

/**
 * Each device on its own target instance (a target takes up to its capacity), choosing, among
 * every assignment, the best for the VM (migration-capability.md section 2):
 * - most devices live, then most devices placed, then targets in entry order;
 * - a device with no live target takes a cold one.
 * Solved exactly as a maximum-weight matching by successive shortest paths on a small flow
 * network (devices x target entries): a live edge outweighs every cold one together, a cold edge
 * outweighs every difference of entry order. Returns the target index per device, or -1.
 */
export function assign(devices: number, capacities: readonly number[], edges: readonly Edge[]): number[] {
  const targets = capacities.length;
  const rankSpan = targets + 1;
  const coldWeight = devices * rankSpan + 1;
  const liveWeight = (devices + 1) * coldWeight;
  // Nodes: source 0, devices 1..D, targets D+1..D+T, sink D+T+1.
  const sink = devices + targets + 1;
  const n = sink + 1;
  type Arc = { to: number; cap: number; cost: number; rev: number };
  const graph: Arc[][] = Array.from({ length: n }, () => []);
  const addArc = (from: number, to: number, cap: number, cost: number) => {
    graph[from]!.push({ to, cap, cost, rev: graph[to]!.length });
    graph[to]!.push({ to: from, cap: 0, cost: -cost, rev: graph[from]!.length - 1 });
  };
  for (let d = 0; d < devices; d++) addArc(0, 1 + d, 1, 0);
  for (const e of edges) addArc(1 + e.device, 1 + devices + e.target, 1, -((e.tier === 'live' ? liveWeight : coldWeight) - e.target));
  for (let t = 0; t < targets; t++) addArc(1 + devices + t, sink, Math.min(capacities[t]!, devices), 0);

  // Successive shortest paths (Bellman-Ford: costs are negative): each augmentation adds one
  // device at the best marginal weight; stop when the next one would lower the total.
  for (let k = 0; k < devices; k++) {
    const dist = new Array<number>(n).fill(Infinity);
    const prev = new Array<[number, number] | null>(n).fill(null);
    dist[0] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let u = 0; u < n; u++) {
        if (dist[u] === Infinity) continue;
        graph[u]!.forEach((a, i) => {
          if (a.cap > 0 && dist[u]! + a.cost < dist[a.to]!) {
            dist[a.to] = dist[u]! + a.cost;
            prev[a.to] = [u, i];
            changed = true;
          }
        });
      }
      if (!changed) break;
    }
    if (dist[sink] === Infinity || dist[sink]! >= 0) break;
    for (let v = sink; v !== 0;) {
      const [u, i] = prev[v]!;
      const a = graph[u]![i]!;
      a.cap -= 1;
      graph[v]![a.rev]!.cap += 1;
      v = u;
    }
  }
  const out = new Array<number>(devices).fill(-1);
  for (let d = 0; d < devices; d++) {
    for (const a of graph[1 + d]!) if (a.to > devices && a.to <= devices + targets && a.cap === 0 && a.cost < 0) out[d] = a.to - 1 - devices;
  }
  return out;
}
