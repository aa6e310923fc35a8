import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import t from 'tap';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

// devmig as a user installs it (`npm pack`, then `npm install -g ./devmig-VERSION.tgz`): only
// the packed files, beside its declared dependencies and nothing of its devDependencies.
ensureBuilt();
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };

// --ignore-scripts: packing would run `prepare` (the build) under the other tests' feet.
const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
const packed = new Set((JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));

/** A consumer project with devmig installed from the packed file list, its dependencies linked. */
const consumer = scratch('devmig-consumer-');
const installed = join(consumer, 'node_modules/devmig');
for (const file of packed) {
  mkdirSync(dirname(join(installed, file)), { recursive: true });
  cpSync(join(repoRoot, file), join(installed, file));
}
for (const dep of [...Object.keys(manifest.dependencies), '@types/node']) {
  mkdirSync(dirname(join(consumer, 'node_modules', dep)), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules', dep), join(consumer, 'node_modules', dep));
}
// A project of its own, with another version: --version must not read this one.
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '9.9.9', type: 'module', private: true }));

t.test('npm pack ships what devmig needs at run time, and no sources or tests', async (t) => {
  t.equal(pack.status, 0, pack.stderr);
  for (const file of ['package.json', 'README.md', 'bin/devmig.js', 'bin/package.json', 'dist/devmig.cjs', 'dist/devmig.cache', 'dist/devmig-hook.cache', 'dist/index.js', 'dist/index.d.ts', 'docs/libvirt-hook.md']) {
    t.ok(packed.has(file), file);
  }
  t.ok([...packed].some((f) => f.startsWith('device-profiles/intel-gvt-g/')), 'the bundled device profiles');
  t.ok([...packed].some((f) => f.startsWith('rules/') && f.endsWith('.json')), 'the rule packs');
  t.same([...packed].filter((f) => /^(src|test|bench|scripts|\.ci)\//.test(f)), []);
  // Every relative import of a packed declaration file names a packed declaration file.
  const missing: string[] = [];
  for (const file of [...packed].filter((f) => f.endsWith('.d.ts'))) {
    for (const [, spec] of readFileSync(join(repoRoot, file), 'utf8').matchAll(/from '(\.[^']+)\.js'/g)) {
      const target = posix.join(posix.dirname(file), `${spec!}.d.ts`);
      if (!packed.has(target)) missing.push(`${file} -> ${target}`);
    }
  }
  t.same(missing, [], 'declarations import only packed declarations');
});

t.test('devmig --version and -V print devmig\'s own version from any directory', async (t) => {
  for (const flag of ['--version', '-V']) {
    const r = spawnSync(process.execPath, [join(installed, 'bin/devmig.js'), flag], { cwd: consumer, encoding: 'utf8' });
    t.equal(r.status, 0, r.stderr);
    t.equal(r.stdout, `${manifest.version}\n`, `${flag} in a project whose package.json says 9.9.9`);
  }
});

t.test('the installed CLI and library run from the packed files alone', async (t) => {
  const gvt = join(installed, 'device-profiles/intel-gvt-g');
  const cli = spawnSync(process.execPath, [join(installed, 'bin/devmig.js'), 'check', join(gvt, 'i915-GVTg_V5_4@0.1.0'), join(gvt, 'i915-GVTg_V5_4@0.2.0')], { cwd: consumer, encoding: 'utf8' });
  t.equal(cli.status, 0, cli.stderr);
  t.match(cli.stdout, /\nmigration: compatible, live migration possible\n/);
  const lib = spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { checkReport, exitCodeFor, version } from 'devmig';
    const r = checkReport(${JSON.stringify(join(gvt, 'i915-GVTg_V5_4@0.1.0'))}, ${JSON.stringify(join(gvt, 'i915-GVTg_V5_4@0.2.0'))}, { options: { 'nvidia-policy': 'compatible' } });
    console.log(version, exitCodeFor(r));`], { cwd: consumer, encoding: 'utf8' });
  t.equal(lib.status, 0, lib.stderr);
  t.equal(lib.stdout, `${manifest.version} 0\n`);
});

t.test('the published types compile in a strict consumer that checks libraries (skipLibCheck false)', async (t) => {
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, noEmit: true, types: ['node'] },
    files: ['use.ts'],
  }));
  writeFileSync(join(consumer, 'use.ts'), `import { checkReport, exitCodeFor, incomingMigrationReport, version, type CheckOptions, type HookFlags } from 'devmig';

const options: CheckOptions = { mode: 'strict', options: { 'nvidia-policy': 'compatible', 'my-pack-option': 'any' } };
const flags: HookFlags = { nvidiaPolicy: 'identical', timeoutSeconds: 5 };
// @ts-expect-error a value the NVIDIA vGPU pack does not declare
const wrongValue: CheckOptions = { options: { 'nvidia-policy': 'newest' } };
// @ts-expect-error likewise as the hook's own key
const wrongKey: HookFlags = { nvidiaPolicy: 'newest' };
const status: number = exitCodeFor(checkReport('a', 'b', options));
const pending: Promise<unknown> = incomingMigrationReport('guest1', flags, process.stdin);
const v: string = version;
export { pending, status, v, wrongKey, wrongValue };
`);
  t.ok(existsSync(join(installed, 'dist/index.d.ts')));
  const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', consumer], { cwd: consumer, encoding: 'utf8' });
  t.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  t.equal(tsc.stdout, '');
});
