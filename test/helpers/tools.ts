import { spawnSync } from 'node:child_process';
import type { Test } from 'tap';

/** Whether `name` is a command on PATH. */
function onPath(name: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1" >/dev/null', 'sh', name]).status === 0;
}

/**
 * The `skip` option of a test that runs the external `tools` (from the Debian `packages`):
 * false when all are installed; otherwise the reason, which tap prints with the skip. In CI
 * (`CI=true`, where .ci/run installs them) a missing tool fails the file instead: the test
 * must run there.
 */
export function skipUnlessInstalled(t: Test, tools: readonly string[], packages: string): string | false {
  const missing = tools.filter((name) => !onPath(name));
  if (missing.length === 0) return false;
  const reason = `${missing.join(', ')} not installed (apt-get install ${packages})`;
  if (process.env.CI === 'true') t.fail(`${reason}: CI must run this test`);
  return reason;
}
