// Every bundled profile against itself: compatible, live, no break and no warning (except the
// spec's 'version missing on both sides' warning for unversioned profiles), both ways and in both modes (a profile that fails against itself would make every fleet check fail).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';
import { readProfile } from '../../src/read/read-profile.js';
import type { Finding } from '../../src/types.js';
import { check } from '../../src/verdict/check.js';
import { repoRoot } from '../helpers/cli.js';

/** Directories holding a `device_api` file, plus JSON or flat profile files. */
function bundledProfiles(dir: string, out: string[] = []): string[] {
  const names = readdirSync(dir).sort();
  if (names.includes('device_api')) return [...out, dir];
  for (const name of names) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out = bundledProfiles(p, out);
    else if (/\.(json|conf|profile)$/.test(name)) out.push(p);
  }
  return out;
}

/** The warning a profile without software_version gets against anything, itself included. */
const versionlessWarning = (f: Finding): boolean =>
  f.rule === 'standard/software_version_incompatible' && f.severity === 'warn' && /missing on both sides/.test(f.message);

const profiles = bundledProfiles(join(repoRoot, 'device-profiles'));

t.ok(profiles.length >= 40, `${profiles.length} bundled profiles found`);

/** Bundled profiles of drivers that implement no VFIO migration (kernel samples mdpy and mbochs, mainline GVT-g). */
const CANNOT_MIGRATE = /\/(mdpy-|mbochs-)|-mainline$/;

for (const path of profiles) {
  t.test(relative(repoRoot, path), async (t) => {
    const p = readProfile(path);
    const unversioned = !p.attributes.has('software_version') && !p.attributes.has('interface_version');
    const migrates = !CANNOT_MIGRATE.test(path);
    t.same(p.skipped, [], 'nothing skipped while reading a bundled profile');
    for (const mode of ['strict', 'extended'] as const) {
      // The same profile read twice: two objects, so no identity short-cut hides a bug.
      const r = check(p, readProfile(path), { mode });
      if (!migrates) {
        // Against itself still: the driver cannot move a running device, so cold only, and only for that reason.
        t.equal(r.tier, 'cold', `${mode}: cold only`);
        t.same(r.findings.filter((f) => f.severity === 'break').map((f) => f.rule), ['standard/migration_unsupported', 'standard/migration_unsupported'], `${mode}: one migration_unsupported per side, nothing else`);
        continue;
      }
      t.equal(r.verdict, 'compatible', `${mode}: compatible`);
      t.equal(r.tier, 'live', `${mode}: tier live`);
      t.equal(r.relation, 'identical', `${mode}: identical`);
      for (const d of [r, r.rollback]) {
        t.same(d.findings.filter((f) => f.severity !== 'info' && !versionlessWarning(f)), [], `${mode}: no break or warn finding`);
        t.equal(d.verdict, 'compatible');
        // The spec's one exception: a version missing on both sides is a warning (nothing to compare).
        if (!unversioned) t.same(d.findings.filter(versionlessWarning), [], `${mode}: versioned, so no missing-version warning`);
      }
    }
  });
}
