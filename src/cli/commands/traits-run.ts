import { readProfile } from '../../read/read-profile.js';
import { deriveTraits } from '../../traits/derive.js';
import { renderNfd, renderPlacement, renderTraitsJson } from '../../traits/render.js';
import { checkOptionsFrom } from '../common-options.js';
import { ExitCode } from '../exit-code.js';
import { out } from '../run.js';
import { TRAITS_FORMATS } from './traits.js';

/** The body of `devmig traits`, loaded only when that command runs. */
export function runTraits(argv: Record<string, unknown>): ExitCode {
  const a = argv as unknown as { profiles: string[]; format: (typeof TRAITS_FORMATS)[number] };
  const opts = checkOptionsFrom(argv as never);
  const all = a.profiles.map((path) => deriveTraits(readProfile(path), opts));
  out(a.format === 'json' ? renderTraitsJson(all, opts) : a.format === 'nfd' ? renderNfd(all) : renderPlacement(all));
  return ExitCode.ok;
}
