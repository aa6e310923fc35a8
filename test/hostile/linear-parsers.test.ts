// Every parser of untrusted text runs in linear (or tightly bounded) time (issue "Trust under
// hostile input", item 3): each is fed its worst-case input at the largest size devmig reads
// (an attribute is at most MAX_ATTRIBUTE_BYTES, 64 KiB; a pack pattern at most 256 characters)
// and must give the right answer well inside a bound. The bounds are guards against a
// quadratic or exponential parser coming back, not benchmarks (bench/ measures): the parsers
// they replaced took 4 to 7 s on these inputs (the glob ones, without end), the present ones
// take milliseconds.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t, { type Test } from 'tap';
import { InputError } from '../../src/errors.js';
import { check, profileFromAttributes, readProfile, validatePack } from '../../src/index.js';
import { MAX_TEMPLATE_WORK, expandTemplates, parseTemplates } from '../../src/normalize/template.js';
import { canonicalHex, parseDescription, parseVersion, splitSet } from '../../src/normalize/values.js';
import { parseFlatProfile } from '../../src/read/flat-profile.js';
import { MAX_ATTRIBUTE_BYTES, attributeText } from '../../src/read/fs-safe.js';
import { compileGlob } from '../../src/rules/glob.js';
import type { RulePack } from '../../src/rules/pack-types.js';
import type { Profile } from '../../src/types.js';
import { breaks, bundled, byAttr } from '../helpers/profiles.js';
import { scratch } from '../helpers/scratch.js';

/** Generous for a slow CI machine; the replaced parsers took 4 to 7 s (or never ended) here. */
const BOUND_MS = 2000;
const MAX = MAX_ATTRIBUTE_BYTES;

/** Run `f`, assert it finished inside BOUND_MS, return its result. */
function fast<T>(t: Test, what: string, f: () => T): T {
  const start = performance.now();
  const value = f();
  const ms = performance.now() - start;
  t.ok(ms < BOUND_MS, `${what}: ${ms.toFixed(1)} ms (bound ${BOUND_MS} ms)`);
  return value;
}

/** Same, for a call that must throw: returns what it threw. */
function fastThrow(t: Test, what: string, f: () => unknown): unknown {
  return fast(t, what, () => {
    try {
      f();
    } catch (err) {
      return err;
    }
    return undefined;
  });
}

const bytes = (s: string) => Buffer.from(s, 'utf8');
const entries = (m: ReadonlyMap<string, string> | null) => (m ? [...m] : null);

// A run of blanks then a non-blank: a regex ending in `[ \t\r]+$` or `\s*:` retries from every blank.
const BLANKS = ' '.repeat(MAX - 10);

t.test('attributeText: trailing blanks stripped in one backward pass', async (t) => {
  const a = 'a' + ' '.repeat(MAX - 2) + 'b';
  t.equal(Buffer.byteLength(a), MAX);
  t.equal(fast(t, 'a, 64 KiB of blanks, b', () => attributeText(bytes(a))), a, 'inner blanks are kept');
  const lead = ' '.repeat(MAX - 1) + 'x';
  t.equal(fast(t, '64 KiB of blanks, x', () => attributeText(bytes(lead))), lead);
  const runs = (' \t\r'.repeat(15) + 'x').repeat(Math.floor(MAX / 46));
  t.equal(fast(t, 'short runs of blanks, each ended by x', () => attributeText(bytes(runs))), runs);
  const tail = 'x' + ' \t\r'.repeat(Math.floor((MAX - 2) / 3)) + '\n';
  t.equal(fast(t, 'x then 64 KiB of trailing blanks and a newline', () => attributeText(bytes(tail))), 'x');
  t.equal(fast(t, 'nothing but blanks', () => attributeText(bytes(' '.repeat(MAX)))), '');

  // The rule itself: one trailing newline, then trailing spaces, tabs and CRs.
  t.equal(attributeText(bytes('v \t\r\n')), 'v');
  t.equal(attributeText(bytes('v\n\n')), 'v\n', 'only one newline');
  t.equal(attributeText(bytes('v \n \n')), 'v \n', 'blanks before the newline that stays are kept');
  t.equal(attributeText(bytes('v\u00a0\v')), 'v\u00a0\v', 'other white space is kept');
  t.equal(attributeText(bytes('')), '');
  t.equal(attributeText(bytes('\n')), '');
  const old = (s: string) => s.replace(/\n$/, '').replace(/[ \t\r]+$/, '');
  t.doesNotThrow(() => fc.assert(fc.property(fc.array(fc.constantFrom('a', ' ', '\t', '\r', '\n', '\v', '\u00a0'), { maxLength: 24 }).map((c) => c.join('')),
    (s) => attributeText(bytes(s)) === old(s)), { numRuns: 2000 }), 'same text as the two patterns it replaced');
});

t.test('parseDescription: linear on long runs of blanks, same pairs as before', async (t) => {
  const free = 'k' + BLANKS + 'v';
  t.equal(fast(t, 'k, 64 KiB of blanks, v (no colon: free text)', () => parseDescription(free)), null);
  t.same(entries(fast(t, 'k, blanks, v: x (the key holds the blanks)', () => parseDescription(`k${BLANKS}v: x`))), [[`k${BLANKS}v`, 'x']]);
  t.same(entries(fast(t, 'k, blanks, : v', () => parseDescription(`k${BLANKS}: v`))), [['k', 'v']]);
  t.same(entries(fast(t, 'k:, blanks, v', () => parseDescription(`k:${BLANKS}v`))), [['k', 'v']]);
  t.equal(fast(t, 'k:, blanks, a U+2028 inside the value', () => parseDescription(`k:${BLANKS}x\u2028y`)), null, 'a line terminator inside a value is not a value');
  t.equal(fast(t, 'tabs then v=x (no equals key)', () => parseDescription(`k${'\t'.repeat(MAX - 10)}v=x`)), null);
  t.same(entries(fast(t, 'k=, blanks, CR, x', () => parseDescription(`k=${BLANKS}\rx`))), [['k', 'x']], 'blanks and a CR after = are leading white space');
  t.equal(fast(t, 'k=, blanks, x, CR, y', () => parseDescription(`k=${BLANKS}x\ry`)), null);
  const manyLines = 'k: v\n'.repeat(Math.floor(MAX / 5));
  t.same(entries(fast(t, '13107 lines key: value', () => parseDescription(manyLines))), [['k', 'v']]);
  const manyItems = 'k=v, '.repeat(Math.floor(MAX / 5));
  t.same(entries(fast(t, '13107 items key=value', () => parseDescription(manyItems))), [['k', 'v']]);
  const colons = ':'.repeat(MAX);
  t.equal(fast(t, '64 KiB of colons', () => parseDescription(colons)), null);

  // Well-formed descriptions, both vendors' forms.
  t.same(entries(parseDescription('low_gm_size: 128MB\nhigh_gm_size : 512MB\n\n fence:4 \nresolution: 1920x1200')),
    [['low_gm_size', '128MB'], ['high_gm_size', '512MB'], ['fence', '4'], ['resolution', '1920x1200']]);
  t.same(entries(parseDescription('num_heads=4, frl_config=60, framebuffer=1024M, max_resolution=5120x2880')),
    [['num_heads', '4'], ['frl_config', '60'], ['framebuffer', '1024M'], ['max_resolution', '5120x2880']]);
  t.same(entries(parseDescription('a: b=c:d')), [['a', 'b=c:d']], 'the first colon splits');
  t.equal(parseDescription('=a: b'), null, 'a key does not start with =');
  t.equal(parseDescription('just words'), null);
  t.equal(parseDescription(' \n '), null);

  // Same results as the two patterns it replaced, on short text where they are fast.
  const colonRe = /^([^:=\s][^:]*?)\s*:\s*(.*)$/;
  const kvRe = /^([^=\s]+)\s*=\s*(.*)$/;
  const old = (text: string): Map<string, string> | null => {
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) return null;
    const colon = lines.map((l) => colonRe.exec(l));
    if (colon.every((m) => m !== null)) return new Map(colon.map((m) => [m![1]!, m![2]!]));
    const kv = text.split(',').map((i) => i.trim()).filter((i) => i !== '').map((i) => kvRe.exec(i));
    if (kv.every((m) => m !== null)) return new Map(kv.map((m) => [m![1]!, m![2]!]));
    return null;
  };
  const alphabet = ['k', 'v', ':', '=', ',', ' ', '\t', '\n', '\r', '\v', '\u00a0', '\u2028', '\u2029', '\ufeff'];
  t.doesNotThrow(() => fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((c) => c.join('')),
    (text) => JSON.stringify(entries(parseDescription(text))) === JSON.stringify(entries(old(text)))), { numRuns: 3000 }), 'same pairs as the patterns it replaced');
});

t.test('canonicalHex, splitSet, parseVersion at 64 KiB', async (t) => {
  t.equal(fast(t, 'hex: 64 KiB of zeros then 1f', () => canonicalHex('0'.repeat(MAX - 2) + '1f')), '1f');
  t.equal(fast(t, 'hex: 0x, 64 KiB of digits, g', () => canonicalHex('0x' + 'a'.repeat(MAX - 3) + 'g')), null);
  t.equal(fast(t, 'hex: 64 KiB of zeros', () => canonicalHex('0'.repeat(MAX))), '0');
  t.same(fast(t, 'set: 64 KiB of separators, x', () => splitSet(' +,\n'.repeat(MAX / 4 - 1) + 'x')), ['x']);
  t.equal(fast(t, 'set: 32768 elements', () => splitSet('a+'.repeat(MAX / 2)).length), MAX / 2);
  t.equal(fast(t, 'version: 64 KiB of digits', () => parseVersion('1'.repeat(MAX))), null);
  t.equal(fast(t, 'version: 1. repeated', () => parseVersion('1.'.repeat(MAX / 2))), null);
  t.equal(fast(t, 'version: 1.0.0-, 64 KiB of a', () => parseVersion('1.0.0-' + 'a'.repeat(MAX - 6))), null, 'longer than semver reads');
  t.equal(parseVersion(' 2.1 ')?.version, '2.1.0', 'a short version still reads');
});

t.test('templates: one pass per value, expansion work bounded', async (t) => {
  const ops = 'a={v:int:1}' + '+1'.repeat((MAX - 12) / 2);
  const opsSet = fast(t, '64 KiB of operators: parse', () => parseTemplates(ops, 'w'));
  t.same(entries(fast(t, '64 KiB of operators: expand', () => expandTemplates(opsSet))[0]!), [['a', String(1 + (MAX - 12) / 2)]]);

  const lit = 'a=' + 'x'.repeat(MAX - 20) + '{v:int:7}*3';
  t.same(fast(t, '64 KiB literal and a placeholder', () => expandTemplates(parseTemplates(lit, 'w'))).map(entries), [[['a', 'x'.repeat(MAX - 20) + '21']]]);

  // Many single-valued variables: one combination, built once (not copied once per variable).
  let manyVars = 'a=';
  let count = 0;
  while (manyVars.length < MAX - 16) manyVars += `{v${count++}:int:1}`;
  const vars = fast(t, `${count} variables: parse and expand`, () => expandTemplates(parseTemplates(manyVars, 'w')));
  t.same(vars.map(entries), [[['a', '1'.repeat(count)]]]);

  // Many templated attributes: fine for one combination ...
  let attrs = 'v={v:int:3}\n';
  let n = 0;
  while (attrs.length < MAX - 16) attrs += `b${n++}={v}*2\n`;
  const one = fast(t, `${n} templated attributes, one combination`, () => expandTemplates(parseTemplates(attrs, 'w')));
  t.equal(one.length, 1);
  t.equal(one[0]!.size, n + 1);
  t.equal(one[0]!.get(`b${n - 1}`), '6');

  // ... refused, naming the input, for 4096 (once a gigabyte and seven seconds).
  const values = Array.from({ length: 4096 }, (_, i) => i).join(',');
  let wide = `a={v:int:${values}}\n`;
  for (let i = 0; wide.length < MAX - 16; i++) wide += `b${i}={v}\n`;
  const err = fastThrow(t, '4096 combinations of 64 KiB of templates', () => parseTemplates(wide, 'p: migration/compatible'));
  t.type(err, InputError);
  t.match(err, { file: 'p: migration/compatible', message: new RegExp(`^p: migration/compatible: templates expand to 4096 combinations of \\d+ steps each \\(\\d+ in all\\), more than ${MAX_TEMPLATE_WORK}$`) });

  const long = `a={v:int:${Array.from({ length: 64 }, (_, i) => i).join(',')}}` + 'x'.repeat(MAX_TEMPLATE_WORK / 32);
  t.throws(() => parseTemplates(long, 'w'), { name: 'InputError', message: /templates expand to 64 combinations/ }, 'literal characters count: each expansion copies them');

  // The count limit and the grammar's errors are unchanged.
  t.throws(() => parseTemplates('a={x:int:1,2,3,4,5,6,7,8}{y:int:1,2,3,4,5,6,7,8}{z:int:1,2,3,4,5,6,7,8}{q:int:1,2,3,4,5,6,7,8,9}', 'w'),
    { message: 'w: templates expand to 4608 combinations, more than 4096' });
  t.throws(() => parseTemplates('a=x{v', 'w'), { message: "w line 1: unclosed '{' at column 2 of 'x{v'" });
  t.throws(() => parseTemplates('a=x}', 'w'), { message: "w line 1: unmatched '}' at column 2 of 'x}'" });
  t.throws(() => parseTemplates('a={v:int:1}+2}', 'w'), { message: "w line 1: unmatched '}' at column 12 of '{v:int:1}+2}'" });
  t.throws(() => parseTemplates('a={v:int:1}{v:int:2}', 'w'), { message: "w line 1: variable 'v' declared twice with different values at column 10 of '{v:int:1}{v:int:2}'" });
  t.throws(() => parseTemplates('a={1v}', 'w'), { message: /bad placeholder '\{1v\}' \(expected/ });
  const gvt = parseTemplates('mdev_type=i915-GVTg_V5_{val1:int:2,4,8}\naggregator={val1}/2', 'w');
  t.same(expandTemplates(gvt).map(entries), [
    [['mdev_type', 'i915-GVTg_V5_2'], ['aggregator', '1']],
    [['mdev_type', 'i915-GVTg_V5_4'], ['aggregator', '2']],
    [['mdev_type', 'i915-GVTg_V5_8'], ['aggregator', '4']],
  ]);
  t.same(expandTemplates(parseTemplates('a={x:int:1,2}-{y:int:3,5}/3+1', 'w')).map(entries), [[['a', '1-2']], [['a', '2-2']]],
    'the first variable varies slowest; an inexact division drops its combination');
  t.same(expandTemplates(parseTemplates('a=lit', 'w')).map(entries), [[['a', 'lit']]]);
});

t.test('globs: a set of pattern positions, no backtracking', async (t) => {
  const bomb = '**a'.repeat(7) + '**b';
  const name = 'a'.repeat(255);
  t.equal(fast(t, `${bomb} against 255 a's`, () => compileGlob(bomb)(name)), false);
  t.equal(fast(t, `${bomb} against 254 a's and b`, () => compileGlob(bomb)(name.slice(1) + 'b')), true);
  const stars = '*a'.repeat(7) + '*b';
  t.equal(fast(t, `${stars} against 64 KiB of a's`, () => compileGlob(stars)('a'.repeat(MAX))), false);
  const widest = '**a'.repeat(85) + '*';
  t.equal(widest.length, 256);
  t.equal(fast(t, '256-character pattern against 64 KiB of a/', () => compileGlob(widest)('a/'.repeat(MAX / 2))), false);
  t.equal(fast(t, '256-character pattern against 64 KiB of a', () => compileGlob('*a'.repeat(128))('a'.repeat(MAX))), true);
  const glob = compileGlob(bomb);
  fast(t, 'one compiled glob, 1000 names', () => {
    for (let i = 0; i < 1000; i++) glob(name.slice(i % 64));
  });

  // `*` stays within one path element, `**` crosses them; everything else is literal.
  const m = (p: string, n: string) => compileGlob(p)(n);
  t.ok(m('parent/*', 'parent/vendor'));
  t.notOk(m('parent/*', 'parent/x/vendor'));
  t.ok(m('parent/**', 'parent/x/vendor'));
  t.ok(m('**_mask', 'caps/a_mask'));
  t.notOk(m('*_mask', 'caps/a_mask'));
  t.ok(m('a***b', 'a/x/b'), '*** is ** then *');
  t.ok(m('*', ''));
  t.notOk(m('a', 'ab'));
  t.ok(m('a.b+(c)?[d]$^{e}|\\', 'a.b+(c)?[d]$^{e}|\\'), 'RegExp syntax is literal');
  t.notOk(m('a.b', 'axb'));
  t.notOk(m('a**', 'a\nb'), '** does not cross a line terminator, as the RegExp did not');
  t.ok(m('a*', 'a\nb'), '* does');

  // Same results as the RegExp it replaced, on short input where that is fast.
  const old = (glob: string): RegExp => new RegExp(`^${glob.split(/(\*\*|\*)/).map((part) =>
    part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('')}$`);
  const text = (max: number) => fc.array(fc.constantFrom('a', 'b', '/', '*', '.', '\n', '\u2028', '?', '\\'), { maxLength: max }).map((c) => c.join(''));
  t.doesNotThrow(() => fc.assert(fc.property(text(8), text(12), (p, n) => compileGlob(p)(n) === old(p).test(n)), { numRuns: 3000 }),
    'same answers as the RegExp it replaced');
});

t.test('flat profiles: linear', async (t) => {
  const line = 'k=' + BLANKS + 'v';
  t.same(fast(t, 'k=, 64 KiB of blanks, v', () => [...parseFlatProfile('f', line)]), [['k', 'v']]);
  const escapes = 'k=' + '\\n'.repeat((MAX - 2) / 2);
  t.equal(fast(t, '32767 \\n escapes', () => parseFlatProfile('f', escapes).get('k')), '\n'.repeat((MAX - 2) / 2));
  let many = '';
  for (let i = 0; many.length < MAX - 16; i++) many += `k${i}=v\n`;
  t.ok(fast(t, 'many short lines', () => parseFlatProfile('f', many)).size > 5000);
  const bad = 'x'.repeat(MAX);
  t.throws(() => fast(t, 'a 64 KiB line with no =', () => parseFlatProfile('f', bad)), { name: 'InputError', message: `f:1: expected key=value, found '${'x'.repeat(60)}'` });
});

t.test('rule packs: a pattern over 256 characters is refused, a glob bomb is harmless', async (t) => {
  const pack = (patterns: [string, ...string[]]): RulePack => ({
    format: 'devmig/rule-pack@1',
    id: 'bomb',
    title: 'Glob bomb (test pack)',
    description: 'A user pack whose pattern would backtrack exponentially as a RegExp.',
    reference: 'test/hostile/linear-parsers.test.ts',
    select: [{ attribute: 'mdev_type', prefix: 'bomb-' }],
    rules: [{
      id: 'bomb_changed',
      title: 'Bomb differs',
      purpose: 'Checks that a name the pattern claims is equal on both sides.',
      blocks: 'live',
      bump: 'major',
      reference: 'none',
      match: { patterns },
      compare: 'equal',
      values: 'text',
      label: 'bomb differs',
      example: { pass: { source: { x: '1' }, target: { x: '1' } }, fail: { source: { x: '1' }, target: { x: '2' } } },
    }],
  });
  t.throws(() => validatePack('big.json', pack(['*'.repeat(257)])), { name: 'InputError', message: 'big.json: schema: /rules/0/match/patterns/0 must NOT have more than 256 characters' });
  t.throws(() => validatePack('big.json', { ...pack(['x']), select: [{ attribute: 'a'.repeat(257), exists: true }] }), { name: 'InputError', message: /^big\.json: schema: \/select\/0\/attribute must NOT have more than 256 characters/ });

  const dir = scratch('devmig-glob-bomb-');
  writeFileSync(join(dir, 'bomb.json'), JSON.stringify(pack(['**a'.repeat(7) + '**b'])));
  const claimed = 'a'.repeat(254) + 'b';
  const opaque = 'a'.repeat(255);
  const base = { device_api: 'vfio-pci', mdev_type: 'bomb-1', software_version: '1.0.0' };
  const s = profileFromAttributes('s', { ...base, [claimed]: '1', [opaque]: '1' });
  const tg = profileFromAttributes('t', { ...base, [claimed]: '2', [opaque]: '2' });
  const r = fast(t, 'check with a glob-bomb pack and 255-character names', () => check(s, tg, { rules: [dir] }));
  t.equal(r.pack, 'bomb');
  t.equal(r.verdict, 'incompatible');
  t.same(byAttr(r.findings, claimed).map((f) => f.rule), ['bomb/bomb_changed'], 'the name the pattern matches is the pack rule\'s');
  t.same(byAttr(r.findings, opaque).map((f) => f.rule), ['standard/opaque_field_changed'], 'the name it does not match falls to the standard rules');
});

/** The bundled GVT-g 0.1.0 profile with some attributes replaced, held in memory. */
function gvt(path: string, replace: Record<string, string>): Profile {
  const p = readProfile(bundled('intel-gvt-g/i915-GVTg_V5_4@0.1.0'));
  return profileFromAttributes(path, { ...Object.fromEntries(p.attributes), ...replace });
}
const TABLE = 'low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nresolution: 1920x1200\nweight: 4';

t.test('check: a 64 KiB worst-case description through the library API', async (t) => {
  const note = `\nnote${' '.repeat(MAX - TABLE.length - 20)}x: y`;
  const hostile = TABLE + note;
  t.ok(hostile.length <= MAX);
  const same = fast(t, 'check, 64 KiB description, same table', () => check(gvt('s', { description: hostile }), gvt('t', {})));
  t.equal(same.verdict, 'compatible');
  t.same(breaks(same.findings), []);
  const other = fast(t, 'check, 64 KiB description, another weight', () => check(gvt('s', { description: hostile }), gvt('t', { description: TABLE.replace('weight: 4', 'weight: 8') })));
  t.equal(other.verdict, 'incompatible');
  t.match(byAttr(breaks(other.findings), 'description'), [{ rule: 'gvt-g/type_table_changed', key: 'weight', source: '4', target: '8' }]);
  const free = fast(t, 'check, 64 KiB free-text description', () => check(gvt('s', { description: 'k' + BLANKS + 'v' }), gvt('t', { description: 'k' + BLANKS + 'w' })));
  t.equal(free.verdict, 'compatible', 'free text names no table key');

  // The same file read from a sysfs-style directory: the trailing-blank strip sees it first.
  const dir = join(scratch('devmig-linear-'), 'gvt');
  cpSync(bundled('intel-gvt-g/i915-GVTg_V5_4@0.1.0'), dir, { recursive: true });
  const file = `${hostile}${' '.repeat(MAX - hostile.length - 1)}\n`;
  t.equal(file.length, MAX);
  writeFileSync(join(dir, 'description'), file);
  const read = fast(t, 'read a 64 KiB description file', () => readProfile(dir));
  t.equal(read.attributes.get('description'), hostile);
  t.equal(fast(t, 'check the profile read', () => check(read, gvt('t', {}))).verdict, 'compatible');
});

t.test('check --mode extended: a 60 KB migration/compatible', async (t) => {
  const compatible = 'mdev_type=i915-GVTg_V5_{val1:int:2,4,8}\naggregator={val1}/2' + '+0'.repeat(30000);
  t.ok(compatible.length > 60000 && compatible.length <= MAX);
  const s = gvt('s', { 'migration/compatible': compatible });
  const tg = gvt('t', { mdev_type: 'i915-GVTg_V5_8', aggregator: '4' });
  const r = fast(t, 'extended check, 60 KB of operators', () => check(s, tg, { mode: 'extended' }));
  t.equal(r.verdict, 'compatible');
  t.match(r.findings, [{ severity: 'warn', message: /templates accept the target \(mdev_type=i915-GVTg_V5_8, aggregator=4\)/ }]);
  t.equal(check(s, tg).verdict, 'incompatible', 'strict mode does not read templates');
  const miss = fast(t, 'extended check, no expansion matches', () => check(s, gvt('t', { mdev_type: 'i915-GVTg_V5_8', aggregator: '3' }), { mode: 'extended' }));
  t.equal(miss.verdict, 'incompatible');

  // Thousands of single-valued variables on both sides: both template sets are expanded in both
  // directions, each once (copying the assignment per variable made each take over a second).
  let vars = 'x=';
  let count = 0;
  while (vars.length < 60000) vars += `{v${count++}:int:1}`;
  const ones = '1'.repeat(count);
  const both = `mdev_type=i915-GVTg_V5_{val1:int:2,4,8}\naggregator={val1}/2\n${vars}`;
  const vs = gvt('s', { aggregator: '2', x: ones, 'migration/compatible': both });
  const vt = gvt('t', { mdev_type: 'i915-GVTg_V5_8', aggregator: '4', x: ones, 'migration/compatible': both });
  const v = fast(t, `extended check, ${count} variables on both sides`, () => check(vs, vt, { mode: 'extended' }));
  t.equal(v.verdict, 'compatible');
  t.equal(v.relation, 'identical', 'each side\'s templates accept the other, both ways');
  t.match(v.findings, [{ severity: 'warn', message: /templates accept the target \(mdev_type=i915-GVTg_V5_8, aggregator=4, x=1+\)/ }]);

  // Once a gigabyte and seven seconds: now refused at once, naming the profile and attribute.
  const values = Array.from({ length: 4096 }, (_, i) => i).join(',');
  let wide = `mdev_type=i915-GVTg_V5_{v:int:${values}}\n`;
  for (let i = 0; wide.length < 60000; i++) wide += `b${i}={v}\n`;
  const bomb = gvt('bomb', { 'migration/compatible': wide });
  const err = fastThrow(t, 'extended check, 4096 combinations of 60 KB', () => check(bomb, tg, { mode: 'extended' }));
  t.type(err, InputError);
  t.match(err, { file: 'bomb: migration/compatible', message: /^bomb: migration\/compatible: templates expand to 4096 combinations of \d+ steps each/ });
});
