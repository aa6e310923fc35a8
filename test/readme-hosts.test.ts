// Every README command that names the bundled sample hosts or third-party files runs as
// written, through the real CLI (a `devmig` on PATH), with the exit status its comment states
// (`# exit N`; 0 otherwise). Commands of one block share one shell, as a reader's would.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import t from 'tap';
import { repoRoot } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The sh blocks that use bundled data, as lists of commands (continuation lines joined). */
function bundledBlocks(): string[][] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.filter((b) => /examples\/hosts\/|test\/fixtures\/third-party\//.test(b)).map((b) => b.replace(/\\\n\s*/g, '').split('\n').filter((l) => l.trim() !== ''));
}

const bin = scratch('devmig-readme-bin-');
writeFileSync(join(bin, 'devmig'), `#!/bin/sh\nexec '${process.execPath}' '${join(repoRoot, 'bin/devmig.js')}' "$@"\n`);
chmodSync(join(bin, 'devmig'), 0o755);

t.test('README examples on examples/hosts and third-party data run as written', async (t) => {
  const blocks = bundledBlocks();
  t.ok(blocks.length >= 3, 'the collect, import and hook examples are found');
  for (const lines of blocks) {
    const logs = scratch('devmig-readme-log-');
    // Each command's output to its own log; stdout carries only the exit statuses.
    const script = lines.map((l, i) => `${l.replace(/\s+#.*$/, '')} >'${logs}/${i}' 2>&1; echo $?`).join('\n');
    const r = spawnSync('sh', ['-c', script], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, DEVMIG_HOOK_CONFIG: '' } });
    const codes = r.stdout.trim().split('\n').map(Number);
    for (const [i, line] of lines.entries()) {
      const want = Number(/# exit (\d+)/.exec(line)?.[1] ?? 0);
      t.equal(codes[i], want, `${line}\n${readFileSync(join(logs, String(i)), 'utf8')}`);
    }
  }
});

t.test('the live M10 check and the annotate example say what the README says', async (t) => {
  const block = bundledBlocks().find((b) => b.some((l) => l.includes('m10-vgpu')))!;
  const r = spawnSync('sh', ['-c', block.map((l) => l.replace(/\s+#.*$/, '')).join('\n')], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` } });
  t.equal(r.status, 0, r.stderr);
  t.match(r.stdout, /migration: compatible, live migration possible/);
  const annotate = spawnSync('sh', ['-c', readme.split('\n').find((l) => l.startsWith('devmig annotate --domain-xml examples/hosts/'))!], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` } });
  t.equal(annotate.status, 0, annotate.stderr);
  t.match(annotate.stdout, /<devmig:device uuid="c2177883-f1bb-47f0-914d-32a22e3a8804" type="i915-GVTg_V5_4" family="gvt-g">/);
  t.match(annotate.stdout, /<devmig:attr name="host\/kernel_release">6\.8\.0-45-generic<\/devmig:attr>/);
});
