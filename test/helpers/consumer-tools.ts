import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Test } from 'tap';

/** Whether `name` is a command on PATH. */
export function onPath(name: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1" >/dev/null', 'sh', name]).status === 0;
}

/**
 * The SARIF multitool's binary as the `@microsoft/sarif-multitool` devDependency installs it
 * (its platform package; `npx @microsoft/sarif-multitool` runs the same one through a shell),
 * or undefined where npm installed none for this platform.
 */
export function sarifMultitool(): string | undefined {
  try {
    const bin = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `skip` option of a test that needs a consumer's own tool: false when it is there;
 * otherwise the reason, printed as a notice (never a silent skip). In CI (`CI=true`, where
 * .ci/run and the devDependencies install the tools) a missing tool fails instead.
 */
export function skipWithout(t: Test, tool: string, present: boolean, install: string): string | false {
  if (present) return false;
  const reason = `${tool} is not available (${install})`;
  if (process.env.CI === 'true') t.fail(`${reason}: CI must run these checks`);
  // On stdout, outside the TAP stream: tap's terse reporter prints such lines, not a skip's reason.
  else process.stdout.write(`NOTICE: ${reason}: its checks are skipped\n`);
  return reason;
}
