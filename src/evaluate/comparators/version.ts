import semverEq from 'semver/functions/eq.js';
import type { ComparatorDefinition } from '../comparator.js';
import { bothValues, report } from '../report.js';

/** Version minors beyond this are not laddered into traits (a trait per step would explode). */
const MAX_MINOR = 100;

/** major.minor[.bugfix]: same major, target minor >= source minor; a pre-release reads only itself. */
export const version: ComparatorDefinition = {
  explain: 'the versions have the same major and the target minor is at least the source minor (bugfix ignored; a pre-release matches only the identical version)',
  params: { required: [], optional: [] },
  missing: { source: 'break', target: 'break', both: 'warn' },
  reflexive: 'version',
  sourceDriven: false,
  // Versions are parsed once per profile, so a comparison is a few integer tests; a fleet's
  // bugfix numbers make most value pairs distinct, and a memo of them only grew (the
  // 1,000 x 1,000 matrix ran about 20% faster without it).
  memoisable: false,
  run(ctx, rule, attr) {
    const sv = ctx.s.version(attr);
    const tv = ctx.t.version(attr);
    if (!sv || !tv) {
      report(ctx, rule, attr, 'break', `${attr} is not a version (major.minor[.bugfix]): ${bothValues(ctx, attr)}`);
    } else if (sv.prerelease.length > 0 || tv.prerelease.length > 0) {
      if (!semverEq(sv, tv)) report(ctx, rule, attr, 'break', `${attr} pre-release differs (a pre-release reads only the identical version): ${bothValues(ctx, attr)}`);
    } else if (sv.major !== tv.major) {
      report(ctx, rule, attr, 'break', `${attr} major differs (a major break): ${bothValues(ctx, attr)}`);
    } else if (tv.minor < sv.minor) {
      report(ctx, rule, attr, 'break', `${attr} minor is older on the target (${tv.minor} < ${sv.minor}): ${bothValues(ctx, attr)}`);
    }
  },
  // The target provides M and M.0 .. M.minor; the source requires M.minor.
  traits: {
    provides(p, _rule, attr) {
      const v = p.has(attr) ? p.version(attr) : null;
      if (!v) return [];
      const out = [`${v.major}`];
      for (let m = 0; m <= Math.min(v.minor, MAX_MINOR); m++) out.push(`${v.major}.${m}`);
      return out;
    },
    requires(p, _rule, attr) {
      const v = p.has(attr) ? p.version(attr) : null;
      if (!v) return [];
      return [v.minor <= MAX_MINOR ? `${v.major}.${v.minor}` : `${v.major}`];
    },
  },
};
