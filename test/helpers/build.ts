import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

/**
 * Make sure the CLI bundle exists before spawning it: `npm test` builds first, a lone
 * `npx tap FILE` may not have. A type error elsewhere still leaves the bundles written.
 */
export function ensureBuilt(): void {
  if (existsSync(join(repoRoot, 'dist/devmig.cjs')) && existsSync(join(repoRoot, 'dist/index.js'))) return;
  try {
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'ignore' });
  } catch {
    // Reported by the existence check below if the bundles are really missing.
  }
  if (!existsSync(join(repoRoot, 'dist/devmig.cjs'))) throw new Error('node scripts/build.mjs did not produce dist/devmig.cjs');
}
