// Rules are data: the engine (reading, normalising, rules, evaluation, verdicts) names no device
// family. Families live in rules/*.json; only host readers (collect, the hook's local devices)
// know where a vendor puts things on a host.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';
import { repoRoot } from '../helpers/cli.js';

const ENGINE = ['src/read', 'src/normalize', 'src/rules', 'src/evaluate', 'src/verdict', 'src/types.ts', 'src/errors.ts', 'src/schema-error.ts'];
/** Family and driver words of the bundled packs and of the drivers the contract names. */
const VENDOR_WORDS = /nvidia|gvt|i915|hisi|qat|mlx5|mtty|mdpy|mbochs|virtio|pds_|xe-vfio/i;

function files(path: string): string[] {
  const abs = join(repoRoot, path);
  if (!statSync(abs).isDirectory()) return [abs];
  return readdirSync(abs).flatMap((name) => files(join(path, name)));
}

t.test('no engine source names a device family', async (t) => {
  const sources = ENGINE.flatMap(files).filter((f) => f.endsWith('.ts'));
  t.ok(sources.length > 30, `${sources.length} engine files read`);
  for (const file of sources) {
    const hits = readFileSync(file, 'utf8').split('\n').map((line, i) => [i + 1, line] as const).filter(([, line]) => VENDOR_WORDS.test(line));
    t.same(hits.map(([n, line]) => `${relative(repoRoot, file)}:${n}: ${line.trim()}`), [], relative(repoRoot, file));
  }
});
