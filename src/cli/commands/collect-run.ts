import { collect, writeProfiles } from '../../collect/collect.js';
import { collectInventory, renderCollectText } from '../../collect/render.js';
import { parseSetArgs } from '../../collect/set-attributes.js';
import { renderJson } from '../../render/json.js';
import { ExitCode } from '../exit-code.js';
import { out } from '../run.js';

/** The body of `devmig collect`, loaded only when that command runs. */
export function runCollect(argv: Record<string, unknown>): ExitCode {
  const a = argv as unknown as { sysfs: string; out?: string; set?: string[]; format: string };
  const result = collect({ sysfs: a.sysfs, set: parseSetArgs(a.set ?? []) });
  const written = a.out === undefined ? undefined : writeProfiles(result, a.out);
  out(a.format === 'json' ? renderJson(collectInventory(result, written)) : renderCollectText(result, written));
  return ExitCode.ok;
}
