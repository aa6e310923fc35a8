import type { SemVer } from 'semver';
import semverDiff from 'semver/functions/diff.js';
import semverEq from 'semver/functions/eq.js';
import semverInc from 'semver/functions/inc.js';
import semverLt from 'semver/functions/lt.js';
import { InputError } from '../errors.js';
import { Engine } from '../evaluate/engine.js';
import { evaluateDirection } from '../evaluate/evaluate-direction.js';
import { isUnreadableFinding } from '../evaluate/unreadable.js';
import { normalize, type NormalizedProfile } from '../normalize/normalized-profile.js';
import type { RuleSet } from '../rules/rule-set.js';
import { BUMP_RANK, type Bump, type BumpResult, type Change, type CheckOptions, type Finding, type Profile } from '../types.js';
import { ruleSetFor } from './checker.js';

export type BumpPolicy = 'rename-on-major';

export interface BumpOptions extends CheckOptions {
  policy?: BumpPolicy;
}

/**
 * What a release's changes and findings amount to: the required bump (the largest of the
 * changes, at least patch), whether the declared bump covers it with no breaking finding,
 * and the smallest correct next version. Shared by bump and by suppressions, which lower
 * changes and settle again.
 */
export function settleBump(oldVersion: string, declared: Bump, changes: readonly Change[], findings: readonly Finding[]): Pick<BumpResult, 'required' | 'ok' | 'minimumVersion'> {
  const required = changes.reduce<Bump>((max, c) => (BUMP_RANK[c.required] > BUMP_RANK[max] ? c.required : max), 'patch');
  const ok = BUMP_RANK[declared] >= BUMP_RANK[required] && !findings.some((f) => f.severity === 'break');
  return { required, ok, minimumVersion: semverInc(oldVersion, required === 'none' ? 'patch' : required) ?? oldVersion };
}

/** semver.diff's answer as a bump level (a pre-release step counts as the part it moves). */
function declaredBump(from: SemVer, to: SemVer): Bump {
  if (semverEq(from, to)) return 'none';
  switch (semverDiff(from, to)) {
    case 'major': case 'premajor': return 'major';
    case 'minor': case 'preminor': return 'minor';
    default: return 'patch';
  }
}

function releaseOf(p: NormalizedProfile, ruleSet: RuleSet): { attr: string; version: SemVer } {
  const attr = ruleSet.versionAttributes.find((a) => p.has(a));
  if (!attr) throw new InputError(p.profile.path, `no ${ruleSet.versionAttributes.join(' or ')}: cannot tell the declared bump`);
  const version = p.version(attr);
  if (!version) throw new InputError(p.profile.path, `${attr} '${p.get(attr)}' is not a version (major.minor[.bugfix])`);
  return { attr, version };
}

/** Findings that describe a capability change: not the version number itself, nor an unreadable entry (not a change: unknown). */
function capabilityBreaks(findings: readonly Finding[], ruleSet: RuleSet): Finding[] {
  return findings.filter((f) => f.severity === 'break' && ruleSet.rule(f.rule).spec.role !== 'version' && !isUnreadableFinding(f, ruleSet));
}

const keyOf = (f: Finding) => (f.key === undefined ? f.attribute : `${f.attribute}#${f.key}`);

/**
 * The bump a release needs, from its capability changes:
 * - a rule failing old -> new (removed feature, changed equal attribute, narrowed set): major;
 * - passing old -> new but failing new -> old (added feature, widened set): minor;
 * - otherwise patch (a release must change its version).
 */
function changesBetween(o: NormalizedProfile, n: NormalizedProfile, engine: Engine, versionAttr: string, forwardFindings: readonly Finding[]): Change[] {
  const { ruleSet } = engine;
  const forward = capabilityBreaks(forwardFindings, ruleSet);
  const backward = capabilityBreaks(evaluateDirection({ s: n, t: o, engine }).findings, ruleSet);
  // One change per attribute (per key of a key/value attribute), at the highest level any rule gives it.
  const byKey = new Map<string, Change>();
  const keep = (key: string, change: Change) => {
    const had = byKey.get(key);
    if (!had || BUMP_RANK[change.required] > BUMP_RANK[had.required]) byKey.set(key, change);
  };
  for (const f of forward) {
    const kind = (!n.has(f.attribute) && o.has(f.attribute)) || f.missing ? 'removed'
      : ruleSet.typeAttributes.has(f.attribute) ? 'renamed' : 'changed';
    keep(keyOf(f), { attribute: f.attribute, kind, required: ruleSet.rule(f.rule).spec.bump, message: f.message, rule: f.rule, ...values(f) });
  }
  for (const f of backward) {
    const kind = !o.has(f.attribute) && n.has(f.attribute) ? 'added' : f.missing ? 'added' : 'widened';
    const what = f.missing ? `adds ${f.missing.join(', ')}` : kind === 'added' ? 'is new' : 'widens';
    keep(keyOf(f), { attribute: f.attribute, kind, required: 'minor', rule: f.rule, message: `${f.attribute} ${what} (old ${o.get(f.attribute) ?? '(none)'}, new ${n.get(f.attribute) ?? '(none)'}): a backward-compatible addition`, ...swapped(f) });
  }
  const changes = [...byKey.values()];
  // Whatever else differs is a patch-level change, unless a rule already reported the attribute (a key of it, say).
  const reported = new Set(changes.map((c) => c.attribute));
  for (const attr of new Set([...o.names, ...n.names])) {
    if (attr === versionAttr || reported.has(attr) || o.get(attr) === n.get(attr)) continue;
    const rule = ruleSet.resolver(ruleSet.familyOf(n) ?? ruleSet.familyOf(o))(attr);
    // An attribute a switched-off pack rule owns is reported under the informational rule.
    const by = rule ?? ruleSet.ruleOf('informational', null);
    changes.push({ attribute: attr, kind: 'changed', required: 'patch', rule: by?.id ?? attr, message: `${attr} changed without a capability change`, ...values({ source: o.get(attr), target: n.get(attr) }) });
  }
  return changes.sort((a, b) => BUMP_RANK[b.required] - BUMP_RANK[a.required] || (a.attribute < b.attribute ? -1 : 1));
}

function values(f: { source?: string | undefined; target?: string | undefined }): { old?: string; new?: string } {
  return { ...(f.source === undefined ? {} : { old: f.source }), ...(f.target === undefined ? {} : { new: f.target }) };
}

function swapped(f: Finding): { old?: string; new?: string } {
  return values({ source: f.target, target: f.source });
}

/**
 * Does the release's version bump match what its capabilities did? `ruleSet` is the one `opts`
 * makes, when the caller already holds it (a series, a command reading suppressions).
 */
export function bump(oldProfile: Profile, newProfile: Profile, opts: BumpOptions = {}, ruleSet: RuleSet = ruleSetFor(opts)): BumpResult {
  const o = normalize(oldProfile);
  const n = normalize(newProfile);
  const from = releaseOf(o, ruleSet);
  const to = releaseOf(n, ruleSet);
  if (semverLt(to.version, from.version)) {
    throw new InputError(newProfile.path, `${to.attr} ${to.version.version} is lower than the old release's ${from.version.version}`);
  }
  const engine = new Engine(ruleSet);
  const forward = evaluateDirection({ s: o, t: n, engine }).findings;
  const changes = changesBetween(o, n, engine, to.attr, forward);
  const declared = declaredBump(from.version, to.version);
  // An entry either release could not be read is reported; one a rule needs leaves the bump unknown (a break).
  const findings: Finding[] = forward.filter((f) => isUnreadableFinding(f, ruleSet));
  if (opts.policy === 'rename-on-major' && changes.some((c) => c.required === 'major')) findings.push(...renameFindings(o, n, ruleSet));
  return {
    old: oldProfile.path, new: newProfile.path, oldVersion: from.version.version, newVersion: to.version.version,
    declared, ...settleBump(from.version.version, declared, changes, findings), changes, findings,
  };
}

/** rename-on-major: a release that needs a major bump must come with a new type name. */
function renameFindings(o: NormalizedProfile, n: NormalizedProfile, ruleSet: RuleSet): Finding[] {
  const rule = ruleSet.ruleOf('type-renamed-on-major', ruleSet.familyOf(n) ?? ruleSet.familyOf(o));
  if (rule === null) return [];
  const attr = [...ruleSet.typeAttributes].find((a) => o.has(a) || n.has(a));
  if (!attr) return [{ rule: rule.id, attribute: 'mdev_type', severity: 'warn', message: 'rename-on-major: the profile has no type name to rename' }];
  if (o.get(attr) !== n.get(attr)) return [];
  return [{ rule: rule.id, attribute: attr, severity: 'break', blocks: rule.spec.blocks, source: o.get(attr)!, target: n.get(attr)!,
    message: `rename-on-major: the release needs a major bump but keeps ${attr} ${n.get(attr)}; give it a new type name` }];
}
