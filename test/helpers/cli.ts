import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the CLI runs from here, as a user in the checkout would). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Set when the process was killed (e.g. by `timeout`). */
  signal: NodeJS.Signals | null;
}

/** Run the built CLI (`node bin/devmig.js ARGS`) as a subprocess; build first (`node scripts/build.mjs`). */
export function runCli(args: string[], opts: { input?: string; cwd?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/devmig.js'), ...args], {
    cwd: opts.cwd ?? repoRoot,
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeout,
    env: opts.env ?? process.env,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal };
}
