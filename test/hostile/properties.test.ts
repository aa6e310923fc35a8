// Trust under hostile input: fast-check properties over random profiles, attribute names and
// values (hostile ones included). The engine must never crash with an untyped exception, never
// call a pair compatible when data it needs is missing or unreadable, answer the rollback exactly
// as the reversed check, and give the same answer warm (memoised) as a fresh engine.
import { isDeepStrictEqual } from 'node:util';
import { basename, dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { InputError } from '../../src/errors.js';
import { COMPARATORS } from '../../src/evaluate/comparators/index.js';
import { normalize, type NormalizedProfile } from '../../src/normalize/normalized-profile.js';
import { canonicalHex } from '../../src/normalize/values.js';
import { readProfile, profileFromAttributes } from '../../src/read/read-profile.js';
import type { CompiledRule } from '../../src/rules/rule-set.js';
import { bump } from '../../src/verdict/bump.js';
import { check, createChecker } from '../../src/verdict/check.js';
import { ruleSetFor } from '../../src/verdict/checker.js';
import type { CheckResult, DirectionResult, Finding, Mode, Profile } from '../../src/types.js';
import {
  anyName, anyValue, applyHarmless, attributeList, bundledProfilePaths, harmless, holdsForbidden, validName, validValue, versionText,
} from '../helpers/arbitraries.js';
import { repoRoot } from '../helpers/cli.js';

const mode = fc.constantFrom('strict', 'extended') as fc.Arbitrary<Mode>;
/** Pack options: the NVIDIA policy switches rules on and off (in-range runs only under 'compatible'). */
const packOptions = fc.constantFrom<Record<string, string>>({}, { 'nvidia-policy': 'identical' }, { 'nvidia-policy': 'compatible' });
const UNREADABLE = 'standard/attribute_unreadable';

function fail(message: string): never {
  throw new Error(message);
}

/** Run `f`; an InputError is an accepted answer (returned), anything else thrown propagates. */
function resultOrInputError<T>(f: () => T): T | InputError {
  try {
    return f();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

/** The direction part of a result, for comparing a rollback with a reversed check. */
const directionOf = (r: DirectionResult): DirectionResult => ({ verdict: r.verdict, tier: r.tier, findings: r.findings, actions: r.actions });

function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) fail(`${what} differ:\n  got      ${JSON.stringify(actual)}\n  expected ${JSON.stringify(expected)}`);
}

/** Bundled profiles, read once; each property builds fresh Profile objects from them. */
const bundledPaths = bundledProfilePaths();
const bundled = new Map<string, Profile>();
const unreadableBundled: string[] = [];
for (const path of bundledPaths) {
  try {
    bundled.set(path, readProfile(path));
  } catch (err) {
    unreadableBundled.push(`${relative(repoRoot, path)}: ${(err as Error).message}`);
  }
}

/** A new Profile object with the same content (new object: new NormalizedProfile, no identity short-cut). */
const copyOf = (p: Profile, attributes: Iterable<[string, string]> = p.attributes): Profile => profileFromAttributes(p.path, [...attributes]);

/** Bundled profiles compatible with themselves today (a fresh copy as the target), both ways, in both modes. */
const selfCompatible = [...bundled].filter(([, p]) => (['strict', 'extended'] as const).every((m) => {
  const r = check(p, copyOf(p), { mode: m });
  return r.verdict === 'compatible' && r.tier === 'live' && r.relation === 'identical';
})).map(([path]) => path);

// ---------------------------------------------------------------------------------------------
// Which rule decides an attribute, found through the engine itself.

const engine = ruleSetFor({});

/** The rule that decides `attr` for profile `p` (under p's own family), or null when none does. */
function decidingRule(p: Profile, attr: string): CompiledRule | null {
  const np = normalize(p);
  return engine.resolver(engine.familyOf(np))(attr);
}

const compares = (rule: CompiledRule | null): rule is CompiledRule =>
  rule !== null && COMPARATORS[rule.spec.compare].run !== undefined;

/** A `when: {bothEqual}` condition holds on `p` (on both sides of a self-pair). */
function conditionHoldsOn(rule: CompiledRule, p: NormalizedProfile): boolean {
  const w = rule.spec.when;
  if (!w || !('bothEqual' in w)) return true;
  const v = p.get(w.bothEqual.attribute);
  return v !== undefined && (canonicalHex(v) ?? v) === (canonicalHex(w.bothEqual.value) ?? w.bothEqual.value);
}

/**
 * Attributes of `p` whose absence from the target must make (p -> target) incompatible: decided by
 * a comparing rule whose missing-target outcome is 'break' (its own `missing`, else the
 * comparator's default; 'warn' and 'pass' leave the pair compatible by design), whose condition
 * holds, and, for a keyed rule (description keys), where p's value holds one of the keys.
 */
function neededOnTarget(p: Profile): string[] {
  const np = normalize(p);
  return [...p.attributes.keys()].filter((attr) => {
    const rule = decidingRule(p, attr);
    if (!compares(rule) || !conditionHoldsOn(rule, np)) return false;
    if (rule.spec.match.keys) {
      const keys = np.descriptionKeys();
      return rule.spec.match.keys.some((k) => keys?.has(k));
    }
    return (rule.spec.missing?.target ?? COMPARATORS[rule.spec.compare].missing.target) === 'break';
  });
}

/** Attributes of `p` a comparing (non-informational) rule decides. */
const decided = (p: Profile): string[] => [...p.attributes.keys()].filter((attr) => compares(decidingRule(p, attr)));

/** `p` as a sysfs reader reports it when reading `attr` failed: absent, and listed as skipped. */
function withUnreadable(p: Profile, attr: string, path = p.path): Profile {
  const attributes = new Map(p.attributes);
  attributes.delete(attr);
  // The sysfs reader names a skipped entry join(directory, name), normalised whatever the spelling of `path`, and records the attribute.
  const skippedPath = path === p.path ? `${p.path}/${attr}` : join(path, attr);
  return { path, form: 'sysfs', attributes, links: new Map(), skipped: [{ path: skippedPath, reason: 'read failed (EIO)', attribute: attr }] };
}

/**
 * Ways a user may spell a profile directory on the command line (readProfile keeps the path as
 * given): as is (absolute), relative, `./`-relative, with a trailing slash, through `..`, with `//`.
 */
const pathSpelling = fc.constantFrom<(path: string) => string>(
  (p) => p,
  (p) => relative(process.cwd(), p) || '.',
  (p) => `./${relative(process.cwd(), p)}`,
  (p) => `${p}/`,
  (p) => `${dirname(p)}/../${basename(dirname(p))}/${basename(p)}`,
  (p) => `${dirname(p)}//${basename(p)}`,
);

/** A self-compatible bundled profile with harmless additions, and the same profile as a second object. */
const tamePair = fc.tuple(fc.constantFrom(...selfCompatible), harmless).map(([path, h]) => {
  const attrs = applyHarmless(bundled.get(path)!, h);
  return [profileFromAttributes(path, attrs), profileFromAttributes(path, attrs)] as const;
});

// ---------------------------------------------------------------------------------------------
// Random pairs: mutated bundled profiles and wild ones.

/** Every value each attribute has across the bundled profiles: changing to one of them keeps values realistic. */
const valuePool = new Map<string, string[]>();
for (const p of bundled.values()) {
  for (const [n, v] of p.attributes) {
    const vs = valuePool.get(n) ?? [];
    if (!vs.includes(v)) vs.push(v);
    valuePool.set(n, vs);
  }
}
const bundledList = [...bundled.values()];

/**
 * A bundled profile with some attributes dropped and some values changed: to another value the
 * attribute has in a bundled profile, to one of a few fixed odd values, or (when `wildValues`)
 * to any value at all. Without wild values, values recur across pairs (memo hits).
 */
function mutatedBundled(wildValues: boolean): fc.Arbitrary<Profile> {
  const newValue = wildValues
    ? fc.oneof(fc.nat().map((i) => ({ pool: i })), validValue.map((v) => ({ text: v })))
    : fc.oneof({ weight: 4, arbitrary: fc.nat().map((i) => ({ pool: i })) }, { weight: 1, arbitrary: fc.constantFrom('', '0', '9.9.9', 'none').map((v) => ({ text: v })) });
  return fc.record({
    base: fc.constantFrom(...bundledList),
    drop: fc.array(fc.nat(), { maxLength: 2 }),
    change: fc.array(fc.tuple(fc.nat(), newValue), { maxLength: 3 }),
    extra: wildValues ? fc.array(fc.tuple(validName, validValue), { maxLength: 2 }) : fc.constant([] as [string, string][]),
  }).map(({ base, drop, change, extra }) => {
    const attrs = new Map(base.attributes);
    const names = [...base.attributes.keys()];
    for (const [k, v] of change) {
      const name = names[k % names.length]!;
      const pool = valuePool.get(name)!;
      attrs.set(name, 'pool' in v ? pool[v.pool % pool.length]! : v.text);
    }
    for (const k of drop) attrs.delete(names[k % names.length]!);
    for (const [n, v] of extra) attrs.set(n, v);
    return profileFromAttributes(base.path, attrs);
  });
}

/** Two bundled profiles of one device type (release pairs such as GVT-g 0.1.0 -> 0.2.0, a superset), fresh objects. */
const byType = new Map<string, Profile[]>();
for (const p of bundledList) {
  const key = p.attributes.get('mdev_type') ?? p.attributes.get('nvidia/vgpu_type') ?? p.attributes.get('driver') ?? '';
  byType.set(key, [...(byType.get(key) ?? []), p]);
}
const sameTypePair = fc.constantFrom(...[...byType.values()].filter((ps) => ps.length > 1))
  .chain((ps) => fc.tuple(fc.constantFrom(...ps), fc.constantFrom(...ps)))
  .map(([a, b]) => [copyOf(a), copyOf(b)] as const);

const wildProfile = attributeList(validName, validValue, 10).map((attrs) => profileFromAttributes('wild', attrs));

/** Pairs worth comparing: same-family mutations (most verdicts turn on values), cross ones and wild ones. */
const randomPair: fc.Arbitrary<readonly [Profile, Profile]> = fc.oneof(
  { weight: 1, arbitrary: tamePair },
  { weight: 2, arbitrary: sameTypePair },
  { weight: 3, arbitrary: fc.tuple(mutatedBundled(true), mutatedBundled(true)) },
  { weight: 2, arbitrary: fc.tuple(mutatedBundled(false), mutatedBundled(false)) },
  { weight: 2, arbitrary: fc.tuple(wildProfile, wildProfile) },
  { weight: 1, arbitrary: fc.tuple(mutatedBundled(true), wildProfile) },
);

// ---------------------------------------------------------------------------------------------

t.test('bundled profiles: read, and (most of them) compatible with themselves', async (t) => {
  t.same(unreadableBundled, [], 'every bundled profile reads');
  t.ok(selfCompatible.length > 0, `${selfCompatible.length} of ${bundledPaths.length} bundled profiles are self-compatible`);
  const not = bundledPaths.filter((p) => !selfCompatible.includes(p)).map((p) => relative(repoRoot, p));
  if (not.length > 0) t.comment(`not compatible with themselves: ${not.join(', ')}`);
  // The ones that are not: drivers that implement no VFIO migration (mdpy, mbochs, mainline GVT-g), cold only even against themselves.
  t.same(not.filter((p) => !/\/(mdpy-|mbochs-)|-mainline$/.test(p)), [], `every other bundled profile is self-compatible (not: ${not.join(', ') || 'none'})`);
});

// 1. A hostile profile (from an untrusted host, a broken collector, a library user) must never crash
//    devmig with a TypeError or RangeError: the CLI would print a stack instead of exit 101, and a
//    library caller would get no verdict. Nor may any attribute name reach Object.prototype.
t.test('1. never an untyped exception, never prototype pollution', async (t) => {
  const protos = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Map.prototype, Set.prototype] as object[];
  const snapshot = () => protos.map((o) => Object.getOwnPropertyNames(o).sort().map((n) => [n, Object.getOwnPropertyDescriptor(o, n)!.value]));
  const before = snapshot();
  const count = { rejected: 0, checked: 0, bumped: 0, refused: {} as Record<string, number> };
  fc.assert(fc.property(attributeList(anyName, anyValue), attributeList(anyName, anyValue), fc.boolean(), packOptions, (sEntries, tEntries, asRecord, options) => {
    const build = (path: string, entries: [string, string][]): Profile | undefined => {
      const given = asRecord ? Object.fromEntries(entries) : entries;
      const forbidden = holdsForbidden(asRecord ? Object.entries(given) : entries);
      const p = resultOrInputError(() => profileFromAttributes(path, given));
      if (p instanceof InputError) {
        if (!forbidden) fail(`profileFromAttributes refused a valid attribute list: ${p.message}`);
        count.rejected++;
        return undefined;
      }
      if (forbidden) fail('profileFromAttributes accepted an empty attribute name or a NUL character');
      return p;
    };
    const s = build('hostile/source', sEntries);
    const tg = build('hostile/target', tEntries);
    if (s && tg) {
      // An InputError is an answer (exit 101), as long as it names the profile at fault.
      const named = (err: InputError, what: string) => {
        if (!/^hostile\/(source|target)/.test(err.file)) fail(`${what}: an InputError that names no profile: ${err.message}`);
        count.refused[what] = (count.refused[what] ?? 0) + 1;
      };
      for (const m of ['strict', 'extended'] as const) {
        const r = resultOrInputError(() => check(s, tg, { mode: m, options }));
        if (r instanceof InputError) named(r, m);
        else if ((r.verdict === 'compatible') !== (r.tier === 'live')) fail(`${m}: verdict ${r.verdict} with tier ${r.tier}`);
      }
      count.checked++;
      const b = resultOrInputError(() => bump(s, tg, { options }));
      if (b instanceof InputError) named(b, 'bump');
      else count.bumped++;
    }
    const after = snapshot();
    if (!isDeepStrictEqual(after, before)) fail('a built-in prototype gained, lost or changed a property');
    const probe = {} as Record<string, unknown>;
    if (probe.polluted !== undefined || probe.yes !== undefined || probe['0'] !== undefined) fail('Object.prototype polluted');
  }), { numRuns: 300 });
  t.strictSame(snapshot(), before, 'Object.prototype and friends unchanged');
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'no `polluted` on a fresh object');
  t.ok(count.rejected > 0, `forbidden names/values were generated and refused (${count.rejected})`);
  t.ok(count.checked > 100, `${count.checked} hostile pairs checked in both modes (refused with an InputError: ${JSON.stringify(count.refused)})`);
  t.ok(count.bumped > 0 && (count.refused.bump ?? 0) > 0, `bump answered ${count.bumped} and refused ${count.refused.bump ?? 0} (no or bad version) with an InputError`);
});

// 2. A well-formed profile that cannot migrate to itself would make every fleet check fail;
//    changing only what no rule compares (opaque fields both sides share, name, description) must not change that.
t.test('2. check(S, S) is compatible (live) for well-formed S', async (t) => {
  let runs = 0;
  const numRuns = 200;
  fc.assert(fc.property(tamePair, mode, ([s, copy], m) => {
    const r = check(s, copy, { mode: m });
    if (r.verdict !== 'compatible' || r.tier !== 'live') fail(`${m}: ${r.verdict}/${r.tier}: ${JSON.stringify(r.findings)}`);
    if (r.relation !== 'identical') fail(`${m}: relation ${r.relation}: ${JSON.stringify(r.rollback.findings)}`);
    runs++;
  }), { numRuns });
  t.equal(runs, numRuns, `all ${numRuns} mutated self-pairs were compatible`);
});

// 3a. Missing data must never read as "nothing differs": a target lacking an attribute a rule
//     needs cannot silently take a device whose driver relies on it.
t.test('3a. never compatible when the target lacks an attribute a rule needs', async (t) => {
  const covered = new Set<string>();
  fc.assert(fc.property(tamePair, fc.nat(), mode, ([s, copy], k, m) => {
    const needed = neededOnTarget(s);
    fc.pre(needed.length > 0);
    const attr = needed[k % needed.length]!;
    const target = copyOf(copy, [...copy.attributes].filter(([n]) => n !== attr));
    const r = check(s, target, { mode: m });
    if (r.verdict === 'compatible' || r.tier === 'live') fail(`${m}: target without ${attr} (rule ${decidingRule(s, attr)!.id}) is ${r.verdict}/${r.tier}`);
    if (!r.findings.some((f) => f.severity === 'break')) fail(`${m}: incompatible without a break finding`);
    covered.add(`${relative(repoRoot, s.path)}:${attr}`);
  }), { numRuns: 300 });
  t.ok(covered.size >= 100, `${covered.size} distinct (profile, attribute) deletions tried`);
});

/**
 * A self-compatible pair with one attribute made unreadable on `side`: one a comparing rule
 * decides, or (with `anyAttribute`) any attribute at all.
 */
function unreadableCase(side: 'source' | 'target', anyAttribute = false) {
  return fc.tuple(tamePair, fc.nat(), mode, fc.oneof({ weight: 2, arbitrary: fc.constant((p: string) => p) }, { weight: 3, arbitrary: pathSpelling }))
    .map(([[s, copy], k, m, spell]) => {
      const candidates = anyAttribute ? [...s.attributes.keys()] : decided(s);
      const attr = candidates[k % candidates.length]!;
      const [src, dst] = side === 'source' ? [withUnreadable(s, attr, spell(s.path)), copy] : [s, withUnreadable(copy, attr, spell(copy.path))];
      const unreadable = side === 'source' ? src : dst;
      return { s, attr, m, src, dst, where: `${unreadable.path} (skipped ${unreadable.skipped[0]!.path})` };
    });
}

// 3b. An attribute the reader could not read (EIO, a file that vanished) is unknown, not absent:
//     on the source it may hide anything the guest relies on, so no non-informational rule may pass it.
t.test('3b. source side: an unreadable attribute a rule decides is never compatible', async (t) => {
  fc.assert(fc.property(unreadableCase('source'), ({ s, attr, m, src, dst, where }) => {
    const r = check(src, dst, { mode: m });
    if (r.verdict === 'compatible') fail(`${m}: ${where} with ${attr} (rule ${decidingRule(s, attr)!.id}) unreadable on the source is compatible`);
  }), { numRuns: 150 });
  t.pass('unreadable source attributes never compatible');
});

// 3b. Likewise on the target: the target's value is unknown, so it cannot be shown to accept the source's.
t.test('3b. target side: an unreadable attribute the source has and a rule decides is never compatible', async (t) => {
  fc.assert(fc.property(unreadableCase('target'), ({ s, attr, m, src, dst, where }) => {
    const r = check(src, dst, { mode: m });
    if (r.verdict === 'compatible') fail(`${m}: ${where} with ${attr} (rule ${decidingRule(s, attr)!.id}) unreadable on the target is compatible`);
  }), { numRuns: 150 });
  t.pass('unreadable target attributes never compatible');
});

// 3b. The operator must learn why: every skipped file (informational ones included) is reported
//     as a finding of its own rule, never silently lost.
t.test(`3b. the unreadable attribute is reported (${UNREADABLE})`, async (t) => {
  fc.assert(fc.property(fc.oneof(unreadableCase('source', true), unreadableCase('target', true)), ({ attr, m, src, dst, where }) => {
    const r = check(src, dst, { mode: m });
    const all: Finding[] = [...r.findings, ...r.rollback.findings];
    if (!all.some((f) => f.attribute === attr && f.rule === UNREADABLE)) {
      fail(`${m}: ${where}: no ${UNREADABLE} finding on ${attr}; findings: ${JSON.stringify(all.map((f) => `${f.rule}@${f.attribute}`))}`);
    }
  }), { numRuns: 100 });
  t.pass('every unreadable attribute reported');
});

// 4. An orchestrator plans the way back from the rollback part of one check: it must be exactly
//    what checking target -> source would say, and the relation must follow the two verdicts.
t.test('4. rollback equals the reversed check; relation follows both directions', async (t) => {
  const relations = new Set<string>();
  fc.assert(fc.property(randomPair, mode, packOptions, ([s, tg], m, options) => {
    const r = resultOrInputError(() => check(s, tg, { mode: m, options }));
    const back = resultOrInputError(() => check(tg, s, { mode: m, options }));
    if (r instanceof InputError || back instanceof InputError) {
      // Refused (a bad template): then refused both ways.
      if (!(r instanceof InputError && back instanceof InputError)) fail(`refused one way only: ${(r instanceof InputError ? r : back as InputError).message}`);
      return;
    }
    expectSame(r.rollback, directionOf(back), 'check(S,T).rollback and check(T,S)');
    expectSame(back.rollback, directionOf(r), 'check(T,S).rollback and check(S,T)');
    const fwdOk = r.verdict === 'compatible';
    const backOk = r.rollback.verdict === 'compatible';
    const want = fwdOk ? (backOk ? 'identical' : 'superset') : 'incompatible';
    if (r.relation !== want) fail(`relation ${r.relation}, expected ${want} (forward ${r.verdict}, rollback ${r.rollback.verdict})`);
    if ((r.relation === 'identical') !== (back.relation === 'identical')) fail(`identical one way only: ${r.relation} / ${back.relation}`);
    relations.add(r.relation);
  }), { numRuns: 300 });
  t.same([...relations].sort(), ['identical', 'incompatible', 'superset'], 'all three relations were met');
});


/**
 * A strict-mode check computed with nothing shared with any earlier computation: a new checker
 * (its own rule set, interning tables, plans and memos) and new Profile objects (so new
 * NormalizedProfiles).
 */
function freshCheck(source: Profile, target: Profile, options: Record<string, string> = {}): CheckResult {
  const clone = (p: Profile): Profile => ({ path: p.path, form: p.form, attributes: new Map(p.attributes), links: new Map(p.links), skipped: [...p.skipped] });
  return createChecker({ options })(clone(source), clone(target));
}

/** Lists of pairs whose values mostly recur (bundled values), so that a warm engine hits its memos. */
const pairList = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.tuple(mutatedBundled(false), mutatedBundled(false)) },
  { weight: 1, arbitrary: randomPair },
), { minLength: 5, maxLength: 30 });

/** Run every pair of `list` through one warm checker (twice), and compare each result with a fresh engine's. */
function warmEqualsFresh(list: readonly (readonly [Profile, Profile])[], options: Record<string, string>): number {
  const warm = createChecker({ options });
  // Twice through the warm checker, the second time in reverse order: every comparison seen before.
  const first = list.map(([s, tg]) => warm(s, tg));
  const second = [...list].reverse().map(([s, tg]) => warm(copyOf(s), copyOf(tg))).reverse();
  list.forEach(([s, tg], i) => {
    const fresh = freshCheck(s, tg, options);
    expectSame(first[i], fresh, `pair ${i} (${s.path} -> ${tg.path}): warm and fresh results`);
    expectSame(second[i], fresh, `pair ${i} (${s.path} -> ${tg.path}): re-checked warm and fresh results`);
  });
  return list.length;
}

// 5. The engine memoises per distinct value and per attribute-name list; a memo keyed too loosely
//    would hand one pair the verdict of another. A warm engine must answer exactly as a fresh one.
t.test('5. warm results equal a fresh engine\'s', async (t) => {
  let pairs = 0;
  fc.assert(fc.property(pairList, packOptions, (list, options) => {
    pairs += warmEqualsFresh(list, options);
  }), { numRuns: 40 });
  t.ok(pairs > 300, `${pairs} pairs compared warm and fresh`);
});

// 5. The plan cache was keyed by names.join('\0'): ['a\0b'] and ['a', 'b'] shared a plan. A NUL in
//    a name is refused at the door, so no such pair can reach the engine through profileFromAttributes.
t.test('5. names that collide under join(\'\\0\') are refused by profileFromAttributes', async (t) => {
  t.throws(() => profileFromAttributes('collide', [['a\0b', '1']]), InputError, "['a\\0b'] refused");
  t.throws(() => profileFromAttributes('collide', { 'device_api\0mdev_type': 'vfio-pci' }), InputError, 'a NUL name in a record refused');
  t.throws(() => profileFromAttributes('collide', [['', 'x']]), InputError, 'an empty name refused');
  t.throws(() => profileFromAttributes('collide', [['a', 'x\0y']]), InputError, 'a NUL value refused');
  t.ok(profileFromAttributes('collide', [['a', '1'], ['b', '2']]).attributes.size === 2, "['a', 'b'] accepted");
  // Any split of a joined name list: whichever side holds a NUL is refused.
  fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'device_api', 'mdev_type', 'x'), { minLength: 2, maxLength: 5 }), (names) => {
    const joined = names.join('\0');
    const r = resultOrInputError(() => profileFromAttributes('collide', [[joined, 'v']]));
    if (!(r instanceof InputError)) fail(`name ${JSON.stringify(joined)} accepted`);
  }), { numRuns: 50 });
});

// 5. A library user may build a Profile object by hand (the type is public) and bypass the reader:
//    a warm engine must still not reuse the plan of another name list whose joined names are equal.
t.test('5. hand-built profiles with colliding name lists: warm equals fresh', async (t) => {
  const handBuilt = (path: string, attrs: [string, string][]): Profile => ({ path, form: 'json', attributes: new Map(attrs), links: new Map(), skipped: [] });
  let compared = 0;
  fc.assert(fc.property(
    fc.array(fc.constantFrom('device_api', 'mdev_type', 'software_version', 'pv_mode', 'x', 'parent/vendor'), { minLength: 2, maxLength: 4 }),
    fc.array(fc.tuple(versionText, fc.nat(3)), { minLength: 4, maxLength: 4 }),
    (names, values) => {
      const unique = [...new Set(names)];
      fc.pre(unique.length >= 2);
      const split = unique.map((n, i): [string, string] => [n, values[i]![0]]);
      const joined: [string, string][] = [[unique.join('\0'), values[0]![0]]];
      const warm = createChecker();
      // The split list first, so its plan is cached when the joined one arrives (and the other way round).
      for (const [a, b] of [[split, joined], [joined, split]] as const) {
        for (const [s, tg] of [[handBuilt('split', a), handBuilt('split', a)], [handBuilt('joined', b), handBuilt('joined', b)], [handBuilt('split', a), handBuilt('joined', b)]] as const) {
          const w = resultOrInputError(() => warm(s, tg));
          if (w instanceof InputError) continue;
          expectSame(w, freshCheck(s, tg), `${JSON.stringify([...s.attributes.keys()])} -> ${JSON.stringify([...tg.attributes.keys()])}`);
          compared++;
        }
      }
    },
  ), { numRuns: 100 });
  t.ok(compared > 0, `${compared} hand-built pairs compared (or refused with an InputError)`);
});

// 5. Past 2^15 distinct values the memo packs no key and is bypassed (evaluate-direction.ts
//    ID_SPAN); pairs mixing old (small) and new (large) value ids must still answer as a fresh engine.
//    Last in the file: it leaves the process-wide value table past the span.
t.test('5. past the memo\'s value-id span: warm equals fresh', async (t) => {
  for (let i = 0; i < 2 ** 15 + 10; i++) normalize(profileFromAttributes('pad', [['x_pad', `pad-${i}`]]));
  let pairs = 0;
  fc.assert(fc.property(pairList, packOptions, (list, options) => {
    pairs += warmEqualsFresh(list, options);
  }), { numRuns: 15 });
  t.ok(pairs > 50, `${pairs} pairs compared warm and fresh with value ids past the span`);
});
