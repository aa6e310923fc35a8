import type { CollectResult } from '../collect/collect.js';

/** The `collect --format json` document (schema/collect-output.schema.json). */
export interface CollectInventory {
  profiles: { id: string; path: string; family: string | null; facts: Record<string, string> }[];
  skipped: { path: string; reason: string }[];
}

/** The inventory; `written` (from writeProfiles) replaces each sysfs source path by its output directory. */
export function collectInventory(result: CollectResult, written?: readonly string[]): CollectInventory {
  return {
    profiles: result.profiles.map((p, i) => ({ id: p.id, path: written?.[i] ?? p.profile.path, family: p.family, facts: Object.fromEntries(p.origins ?? []) })),
    skipped: result.skipped.map(({ path, reason }) => ({ path, reason })),
  };
}

/** A short table of what was found, then what was passed over and why. */
export function renderCollectText(result: CollectResult, written?: readonly string[]): string {
  const inv = collectInventory(result, written);
  const lines: string[] = [];
  const from = result.root ?? 'the imported files';
  if (inv.profiles.length === 0) {
    lines.push(`no device type found in ${from} (no mdev type, NVIDIA vGPU VF or VFIO variant-driver device)`);
  } else {
    lines.push(`${inv.profiles.length} profile${inv.profiles.length === 1 ? '' : 's'} from ${from}${written ? ' written' : ''}:`);
    const rows = inv.profiles.map((p) => [p.id, p.family ?? '(standard)', p.path]);
    const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length), c === 0 ? 2 : 6));
    lines.push(`  ${'ID'.padEnd(widths[0]!)}  ${'FAMILY'.padEnd(widths[1]!)}  ${written ? 'WRITTEN TO' : 'READ FROM'}`);
    for (const r of rows) lines.push(`  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}`);
    // Sources beside the sysfs tree itself (procfs, nvidia-smi, imported files, --set); --format json names every one per profile.
    const root = result.root;
    const origins = new Set(inv.profiles.flatMap((p) => Object.values(p.facts)).filter((o) => root === null || !o.startsWith(`${root}/`)));
    if (origins.size > 0) lines.push(`host facts from: ${[...origins].sort().join(', ')}`);
  }
  if (inv.skipped.length > 0) {
    lines.push(`skipped ${inv.skipped.length}:`);
    for (const s of inv.skipped) lines.push(`  ${s.path}: ${s.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
