import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { repoRoot } from './helpers/cli.js';

// What users read and what the package ships holds no path of the machine it was written on,
// and no pointer to the project's own tracker: both mean nothing to a reader.
const SHIPPED = ['README.md', 'package.json', 'bin', 'docs', 'device-profiles', 'examples', 'rules', 'schema', 'src'];

function textFiles(rel: string): string[] {
  const abs = join(repoRoot, rel);
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' }).map((f) => join(rel, f)).filter((f) => lstatSync(join(repoRoot, f)).isFile());
}

/** An absolute path under a home or a build machine's work folder (`/work/x`, `/root/x`, `/home/u/x`, `/Users/u/x`). */
const MACHINE_PATH = /(?<![\w.~-])\/(?:work|root|home|Users)\/[\w.-]/;
/** "issue 10", "issue #4": a tracker reference. */
const TRACKER = /\bissues? #?\d+/i;

t.test('shipped text names no machine path and no tracker issue', async (t) => {
  const files = SHIPPED.flatMap(textFiles);
  t.ok(files.length > 100, `${files.length} files scanned`);
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    if (text.includes('\0')) continue;
    text.split('\n').forEach((line, i) => {
      for (const re of [MACHINE_PATH, TRACKER]) if (re.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`);
    });
  }
  t.same(found, []);
});
