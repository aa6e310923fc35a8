// The library entry: readProfile, check and bump with typed results, from the
// source tree and from the built package (dist/index.js, what `import ... from 'devmig'` loads).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import * as src from '../../src/index.js';
import { bump, check, readProfile, type BumpResult, type CheckResult, type Profile } from '../../src/index.js';
import { ensureBuilt } from '../helpers/build.js';
import { repoRoot } from '../helpers/cli.js';
import { bundled } from '../helpers/profiles.js';

t.test('readProfile, check and bump from src/index.ts', async (t) => {
  const a: Profile = readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4@0.1.0'));
  const b: Profile = readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4@0.2.0'));
  const r: CheckResult = check(a, b);
  t.match(r, { verdict: 'compatible', tier: 'live', relation: 'superset', pack: 'gvt-g', mode: 'strict', rollback: { verdict: 'incompatible' } });
  const u: BumpResult = bump(a, b);
  t.match(u, { required: 'minor', declared: 'minor', ok: true, oldVersion: '0.1.0', newVersion: '0.2.0', minimumVersion: '0.2.0' });
  t.type(src.InputError, 'function');
  t.type(src.profileFromAttributes, 'function');
});

t.test('the built package exports the same names', async (t) => {
  ensureBuilt();
  const dist = await import(pathToFileURL(join(repoRoot, 'dist/index.js')).href) as Record<string, unknown>;
  for (const name of Object.keys(src).sort()) t.equal(typeof dist[name], typeof (src as Record<string, unknown>)[name], `dist exports ${name}`);
  for (const name of ['readProfile', 'check', 'bump']) t.type(dist[name], 'function');
  // Self-reference through package.json "exports", as a user's `import ... from 'devmig'` resolves it.
  const pkg = await import('devmig') as Record<string, unknown>;
  t.equal(pkg['check'], dist['check'], '"devmig" resolves to dist/index.js');
  const checkFn = dist['check'] as typeof check;
  const readFn = dist['readProfile'] as typeof readProfile;
  const r = checkFn(readFn(bundled('intel-gvt-g/i915-GVTg_V5_4@0.1.0')), readFn(bundled('intel-gvt-g/i915-GVTg_V5_4@1.0.0')));
  t.equal(r.verdict, 'incompatible', 'the bundle decides like the source');
});
