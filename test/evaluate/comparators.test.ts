// Comparator units (src/evaluate/comparators/), each run on its own over a pair of values, and
// the registry kept whole: every comparator the schema names is registered, its parameters are
// the ones the schema ties to it, and emitted comparators are exactly the ones that never run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import type { Ctx } from '../../src/evaluate/comparator.js';
import { COMPARATORS } from '../../src/evaluate/comparators/index.js';
import { normalize } from '../../src/normalize/normalized-profile.js';
import { profileFromAttributes } from '../../src/read/read-profile.js';
import { loadPacks, validatePack } from '../../src/rules/load-packs.js';
import { EMITTED_COMPARATORS, type Comparator, type RuleSpec } from '../../src/rules/pack-types.js';
import { RuleSet } from '../../src/rules/rule-set.js';
import type { Finding } from '../../src/types.js';
import { repoRoot } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(repoRoot, 'schema/rule-pack.schema.json'), 'utf8')) as {
  definitions: { rule: { properties: { compare: { enum: Comparator[] } }; allOf: { if: { properties?: { compare?: { const?: string } }; required?: string[] }; then: { required?: string[]; properties?: { compare?: { enum?: string[] } } } }[] } };
};

/** Run one comparator on attribute `x` of a source and a target, under a rule with `spec` overrides. */
function run(compare: Comparator, source: Record<string, string>, target: Record<string, string>, spec: Partial<RuleSpec> = {}): { findings: Finding[]; actions: Ctx['actions'] } {
  const rule: RuleSpec = {
    id: 'x_changed', title: 'x', purpose: 'Checks x.', blocks: 'live', bump: 'major', reference: 'unit test',
    match: { attributes: ['x'] }, compare, label: 'x differs',
    example: { pass: { source: {}, target: {} }, fail: { source: {}, target: {} } }, ...spec,
  };
  const pack = validatePack('unit.json', {
    format: 'devmig/rule-pack@1', id: 'unit', title: 'Unit', description: 'One rule.', reference: 'unit test',
    select: [{ attribute: 'mdev_type', prefix: 'unit-' }], rules: [rule],
  });
  const ruleSet = new RuleSet([...loadPacks(), { file: 'unit.json', pack }]);
  const ctx: Ctx = { s: normalize(profileFromAttributes('s', source)), t: normalize(profileFromAttributes('t', target)), ruleSet, findings: [], actions: [] };
  COMPARATORS[compare].run!(ctx, ruleSet.rule('unit/x_changed'), 'x');
  return { findings: ctx.findings, actions: ctx.actions };
}

const severities = (r: { findings: Finding[] }) => r.findings.map((f) => f.severity);

t.test('the registry covers every comparator the schema names, and only those', async (t) => {
  t.same(Object.keys(COMPARATORS).sort(), [...schema.definitions.rule.properties.compare.enum].sort());
  for (const [name, def] of Object.entries(COMPARATORS)) {
    const runs = def.run !== undefined || def.perSide !== undefined;
    t.equal(!runs && name !== 'informational', EMITTED_COMPARATORS.has(name as Comparator), `${name}: emitted exactly when the engine never runs it (informational claims but never runs)`);
    t.match(def.explain, /^[a-z]/, `${name}: explains itself`);
  }
});

t.test('each comparator\'s parameters are the ones the schema ties to it', async (t) => {
  const allOf = schema.definitions.rule.allOf;
  for (const [name, def] of Object.entries(COMPARATORS)) {
    const required = allOf.filter((c) => c.if.properties?.compare?.const === name).flatMap((c) => c.then.required ?? []);
    t.same(required.sort(), [...def.params.required].sort(), `${name}: required parameters`);
    const allowed = allOf.filter((c) => c.then.properties?.compare?.enum?.includes(name)).flatMap((c) => c.if.required ?? []);
    t.same(allowed.sort(), [...def.params.required, ...def.params.optional].sort(), `${name}: every parameter it reads, and no other`);
  }
  t.throws(() => validatePack('bad.json', {
    format: 'devmig/rule-pack@1', id: 'bad', title: 'Bad', description: 'in-range without other.', reference: 'unit test', select: [{ attribute: 'mdev_type', prefix: 'bad-' }],
    rules: [{ id: 'x_changed', title: 'x', purpose: 'Checks x.', blocks: 'live', bump: 'major', reference: 'r', match: { attributes: ['x'] }, compare: 'in-range', label: 'x', example: { pass: { source: {}, target: {} }, fail: { source: {}, target: {} } } }],
  }), { name: 'InputError', message: /bad\.json: schema: \/rules\/0 must have required property 'other'/ }, 'in-range without other is an input error at load');
  t.throws(() => validatePack('bad.json', {
    format: 'devmig/rule-pack@1', id: 'bad', title: 'Bad', description: 'a value on equal.', reference: 'unit test', select: [{ attribute: 'mdev_type', prefix: 'bad-' }],
    rules: [{ id: 'x_changed', title: 'x', purpose: 'Checks x.', blocks: 'live', bump: 'major', reference: 'r', match: { attributes: ['x'] }, compare: 'equal', value: 'y', label: 'x', example: { pass: { source: {}, target: {} }, fail: { source: {}, target: {} } } }],
  }), { name: 'InputError', message: /bad\.json: schema: \/rules\/0\/compare must be equal to one of the allowed values \(required-value, / }, 'a parameter of another comparator is an input error');
});

t.test('equal', async (t) => {
  t.same(severities(run('equal', { x: 'a' }, { x: 'a' })), []);
  t.same(severities(run('equal', { x: 'a' }, { x: 'b' })), ['break']);
  t.same(severities(run('equal', { x: '0xAB' }, { x: '0xab' })), [], 'both written 0x...: numbers');
  t.same(severities(run('equal', { x: '0xAB' }, { x: '0xab' }, { values: 'text' })), ['break'], 'unless the rule says text');
  t.same(severities(run('equal', { x: '007' }, { x: '7' }, { values: 'number' })), []);
  t.same(severities(run('equal', { x: 'a' }, { x: 'b' }, { onFail: 'warn' })), ['warn']);
  const listed = run('equal', { x: '0x193b' }, { x: '0x191b', ids: '193b,191b' }, { exceptListedIn: 'ids', values: 'hex' });
  t.match(listed.findings, [{ severity: 'info', message: /accepted via the target's ids/ }], 'exceptListedIn accepts a listed id');
});

t.test('version', async (t) => {
  const v = (s: string, tv: string) => severities(run('version', { x: s }, { x: tv }));
  t.same(v('1.2.0', '1.3.0'), []);
  t.same(v('1.3.0', '1.2.9'), ['break'], 'target minor older');
  t.same(v('1.2.0', '2.0.0'), ['break'], 'major differs');
  t.same(v('1.2.0-rc.1', '1.2.0'), ['break'], 'a pre-release reads only itself');
  t.same(v('2', '2.0.1'), [], 'a bare integer is N.0.0');
  t.same(v('x', '1.0.0'), ['break'], 'not a version');
});

t.test('subset', async (t) => {
  t.same(severities(run('subset', { x: 'a+b' }, { x: 'b,a c' })), []);
  const lost = run('subset', { x: 'a+b', software_version: '1.0.0' }, { x: 'a', software_version: '1.1.0' });
  t.match(lost.findings, [{ severity: 'break', missing: ['b'], message: /removed in 1\.1\.0/ }, { rule: 'standard/feature_removed_without_major' }], 'a removal in a newer minor also questions the version');
  t.same(severities(run('subset', { x: 'a+b' }, { x: 'a' })), ['break'], 'no versions: lacks, not removed');
});

t.test('bits-superset, at-least, in-range, required-value', async (t) => {
  t.same(severities(run('bits-superset', { x: '0x5' }, { x: '0x7' })), []);
  t.match(run('bits-superset', { x: '0x5' }, { x: '0x1' }).findings, [{ severity: 'break', missing: ['0x4'] }]);
  t.same(severities(run('at-least', { x: '3' }, { x: '4' })), []);
  t.same(severities(run('at-least', { x: '4' }, { x: '3' })), ['break']);
  t.same(severities(run('at-least', { x: '0' }, { x: '3' }, { unknown: ['0'] })), ['warn'], 'an unknown value warns');
  t.same(severities(run('in-range', { x: '16.4' }, { range: '15.0-16.4' }, { other: 'range' })), [], 'inclusive upper end');
  t.same(severities(run('in-range', { x: '17.0' }, { range: '15.0-16.4' }, { other: 'range' })), ['break']);
  t.same(severities(run('in-range', { x: '16.0' }, {}, { other: 'range' })), ['break'], 'no range on the target');
  t.same(severities(run('required-value', { x: 'supported' }, { x: 'supported' }, { value: 'supported' })), []);
  t.same(severities(run('required-value', { x: 'supported' }, { x: 'no' }, { value: 'supported' })), ['break'], 'one finding for the side that lacks it');
});

t.test('record-tags, accepted-pairs, major-equal', async (t) => {
  const tags = run('record-tags', { x: 'A:mandatory,B:optional,C' }, { known: 'A' }, { other: 'known' });
  t.same(tags.findings.map((f) => [f.severity, f.missing ?? f.key]), [['info', 'B'], ['break', ['C']]], 'an unknown optional tag is a note; a tag without kind is mandatory');
  const pairs: [string, string][] = [['0xcdcd', '0xaacc']];
  t.same(severities(run('accepted-pairs', { x: '0xCDCD' }, { x: '0xaacc' }, { pairs })), [], 'a listed pair, hex in any case');
  t.same(severities(run('accepted-pairs', { x: '0xaacc' }, { x: '0xcdcd' }, { pairs })), ['break'], 'not the reverse');
  t.same(severities(run('major-equal', { x: '2.0' }, { x: '2.7' })), []);
  t.same(severities(run('major-equal', { x: '2.0' }, { x: '3.0' })), ['break']);
});

t.test('dynamic-resources and target-not-zero', async (t) => {
  const dyn = run('dynamic-resources', { x: 'agg', agg: '2' }, { agg: '1' });
  t.same(dyn.findings, []);
  t.same(dyn.actions.map((a) => [a.attribute, a.value]), [['agg', '2']], 'set agg=2 on the target');
  t.match(run('dynamic-resources', { x: 'agg', agg: '2' }, {}).findings, [{ severity: 'break', message: /does not exist on the target/ }]);
  t.match(run('dynamic-resources', { x: 'agg' }, { agg: '1' }).findings, [{ severity: 'break', message: /does not exist on the source/ }]);
  t.same(severities(run('target-not-zero', { x: '1' }, { x: '0' }, { onFail: 'warn' })), ['warn']);
  t.same(severities(run('target-not-zero', { x: '1' }, { x: '2' })), []);
});

t.test('traits mappings are safe on the unit cases: a passing pair\'s requirements are provided', async (t) => {
  const cases: [Comparator, Record<string, string>, Record<string, string>, Partial<RuleSpec>][] = [
    ['equal', { x: '0xAB' }, { x: '0xab' }, { values: 'hex' }], ['version', { x: '1.2.0' }, { x: '1.3.0' }, {}],
    ['subset', { x: 'a+b' }, { x: 'a,b,c' }, {}], ['bits-superset', { x: '0x5' }, { x: '0x7' }, {}],
    ['major-equal', { x: '2.0' }, { x: '2.9' }, {}], ['required-value', { x: 'on' }, { x: 'on' }, { value: 'on' }],
  ];
  for (const [compare, s, tg, spec] of cases) {
    t.same(run(compare, s, tg, spec).findings, [], `${compare}: the pair passes`);
    const rule = new RuleSet([...loadPacks()]).rules('standard')[0]!;
    const m = COMPARATORS[compare].traits;
    const fake = { ...rule, spec: { ...rule.spec, compare, ...spec } };
    const provided = new Set(m.provides(normalize(profileFromAttributes('t', tg)), fake, 'x'));
    for (const r of m.requires?.(normalize(profileFromAttributes('s', s)), fake, 'x') ?? []) t.ok(provided.has(r), `${compare}: ${r} is provided`);
  }
});
