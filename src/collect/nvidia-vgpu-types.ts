/** One row of `nvidia/creatable_vgpu_types`. */
export interface VgpuType {
  id: string;
  name: string;
}

/**
 * Parse `nvidia/creatable_vgpu_types`: a header `ID : vGPU Name`, then `<id> : <name>` rows
 * (a full GPU, or a VF already running a vGPU, shows the header alone). Rows that are not
 * a decimal id, a colon and a name are returned in `bad`, never guessed at.
 */
export function parseCreatableVgpuTypes(text: string): { types: VgpuType[]; bad: string[] } {
  const types: VgpuType[] = [];
  const bad: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const id = colon < 0 ? '' : line.slice(0, colon).trim();
    const name = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (/^id$/i.test(id)) continue;
    if (/^\d+$/.test(id) && name !== '') types.push({ id, name });
    else bad.push(line);
  }
  return { types, bad };
}

/** `nvidia/current_vgpu_type`: the running type's id, null for 0 (none), undefined when malformed. */
export function parseCurrentVgpuType(text: string): string | null | undefined {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return undefined;
  return /^0+$/.test(t) ? null : t;
}
