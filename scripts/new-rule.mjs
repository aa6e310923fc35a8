#!/usr/bin/env node
// Scaffold for a new rule (cargo-semver-checks' make_new_lint.sh): one command, then three edits.
//
//   node scripts/new-rule.mjs <pack> <rule_id> <comparator> [--attribute NAME] [--root DIR]
//
// - appends a rule skeleton to rules/<pack>.json, fields in the fixed order id, title, purpose,
//   blocks, bump, reference, match, compare (and the comparison's parameters), label, example;
// - creates test/fixtures/rules/<pack>/<rule_id>/fail-todo/ and pass-todo/, each an old/new pair
//   of sysfs-style directories (the pack's selector, device_api, the rule's attribute) and a
//   README.md in the form the registry test reads.
// The TODO placeholders keep `npm test` red until the rule and both cases say what they mean.
// --root DIR works on DIR/rules and DIR/test/fixtures instead of this checkout (used by the tests).
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node scripts/new-rule.mjs <pack> <rule_id> <comparator> [--attribute NAME] [--root DIR]';

/** Parameters a comparison cannot run without, when the schema does not say (it may tie them to the comparator). */
const PARAMETERS = {
  'in-range': { other: 'TODO_range_attribute' },
  'record-tags': { other: 'TODO_known_tags_attribute' },
  'required-value': { value: 'TODO' },
  'accepted-pairs': { pairs: [['TODO_source_value', 'TODO_target_value']] },
};
/** Placeholder for a parameter the schema requires, by its JSON type. */
const BY_TYPE = { string: 'TODO', array: [], object: {}, boolean: false, number: 0, integer: 0 };

function fail(message) {
  console.error(`new-rule: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const positional = [];
  const flags = { root: here, attribute: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root' || a === '--attribute') {
      if (argv[i + 1] === undefined) fail(`${a} needs a value\n${USAGE}`);
      flags[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) fail(`unknown flag ${a}\n${USAGE}`);
    else positional.push(a);
  }
  if (positional.length !== 3) fail(USAGE);
  return { pack: positional[0], id: positional[1], comparator: positional[2], ...flags };
}

/** Every value `compare` may take, and the parameters a discriminated schema requires with each. */
function comparatorsOf(schema) {
  const names = new Set();
  const required = new Map();
  const visit = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const compare = node.properties?.compare;
    const values = compare ? (compare.enum ?? (compare.const !== undefined ? [compare.const] : [])) : [];
    for (const v of values) {
      names.add(v);
      // A branch that fixes one comparator and requires more than the base fields names its parameters.
      if (values.length === 1 && Array.isArray(node.required)) required.set(v, node.required.filter((r) => r !== 'compare'));
    }
    Object.values(node).forEach(visit);
  };
  visit(schema);
  return { names, required };
}

function placeholderParams(comparator, required, ruleSchema) {
  const out = { ...(PARAMETERS[comparator] ?? {}) };
  const base = new Set(ruleSchema?.required ?? []);
  for (const name of required.get(comparator) ?? []) {
    if (base.has(name) || name in out) continue;
    out[name] = BY_TYPE[ruleSchema?.properties?.[name]?.type] ?? 'TODO';
  }
  return out;
}

/** The attribute a rule `<subject>_<change>` is about: its subject, unless given. */
const subjectOf = (id) => id.replace(/_[a-z0-9]+$/, '') || id;

/** Attributes that make the pack select a profile (the first clause), as files or links. */
function selectorAttributes(pack) {
  const c = pack.select?.[0];
  if (!c) return {};
  if (c.attribute === 'driver' && c.equals !== undefined) return { driver: { link: `../../../bus/pci/drivers/${c.equals}` } };
  return { [c.attribute]: c.equals ?? (c.prefix !== undefined ? `${c.prefix}TODO` : 'TODO') };
}

function writeProfile(dir, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    if (typeof value === 'object') symlinkSync(value.link, p);
    else writeFileSync(p, `${value}\n`);
  }
}

function caseReadme(ruleId, name) {
  const fires = name.startsWith('fail-');
  return [
    `# ${ruleId}: ${name}`,
    '',
    '- Command: `devmig check old new`',
    `- Expect: \`${ruleId}\` ${fires ? 'breaks' : 'stays silent'}`,
    '',
    `TODO: rename this folder to ${fires ? 'fail' : 'pass'}-<what it shows>, make old/ and new/ a pair on which the rule ${fires ? 'must fire' : 'must NOT fire'}, and say why here.`,
    '',
    'Source: TODO (the driver file, spec section or thread message the case models).',
    '',
  ].join('\n');
}

const args = parseArgs(process.argv.slice(2));
const packFile = join(args.root, 'rules', `${args.pack}.json`);
if (!existsSync(packFile)) fail(`no pack rules/${args.pack}.json under ${args.root}`);
const schemaFile = [join(args.root, 'schema/rule-pack.schema.json'), join(here, 'schema/rule-pack.schema.json')].find(existsSync);
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ruleSchema = schema.definitions?.rule ?? schema.$defs?.rule;
const idPattern = new RegExp(ruleSchema?.properties?.id?.pattern ?? '^[a-z][a-z0-9_]*$');
if (!idPattern.test(args.id)) fail(`rule id '${args.id}' must match ${idPattern} (<subject>_<change>, e.g. nr_ports_changed)`);
const { names, required } = comparatorsOf(ruleSchema ?? schema);
if (!names.has(args.comparator)) fail(`unknown comparator '${args.comparator}' (known: ${[...names].join(', ')})`);

const pack = JSON.parse(readFileSync(packFile, 'utf8'));
if (pack.rules.some((r) => r.id === args.id)) fail(`rules/${args.pack}.json already has a rule '${args.id}'`);
const ruleId = `${pack.id}/${args.id}`;
const fixtureDir = join(args.root, 'test/fixtures/rules', pack.id, args.id);
const informational = args.comparator === 'informational';
if (!informational && existsSync(fixtureDir)) fail(`test/fixtures/rules/${pack.id}/${args.id} already exists`);

const attribute = args.attribute ?? subjectOf(args.id);
const example = { [attribute]: 'TODO' };
// The fixed field order; the comparison's parameters follow `compare`, as in the built-in packs.
pack.rules.push({
  id: args.id,
  title: 'TODO: one line',
  purpose: 'Checks that TODO.',
  blocks: 'live',
  bump: 'major',
  reference: 'TODO: the driver file, spec section or 2020 thread message this rule comes from',
  match: { attributes: [attribute] },
  compare: args.comparator,
  ...placeholderParams(args.comparator, required, ruleSchema),
  label: 'TODO: short finding text',
  example: { pass: { source: example, target: example }, fail: { source: example, target: example } },
});
writeFileSync(packFile, `${JSON.stringify(pack, null, 2)}\n`);
console.log(`appended ${ruleId} to rules/${args.pack}.json`);

if (informational) {
  console.log('informational rules compare nothing, so they have no fixtures. Next: fill in the TODO fields.');
  process.exit(0);
}
const profile = { ...selectorAttributes(pack), device_api: 'vfio-pci', [attribute]: 'TODO' };
for (const name of ['fail-todo', 'pass-todo']) {
  const dir = join(fixtureDir, name);
  writeProfile(join(dir, 'old'), profile);
  writeProfile(join(dir, 'new'), profile);
  writeFileSync(join(dir, 'README.md'), caseReadme(ruleId, name));
}
console.log(`created test/fixtures/rules/${pack.id}/${args.id}/{fail-todo,pass-todo}/{old,new,README.md}`);
console.log(`next:
  1. rules/${args.pack}.json: fill in the TODO fields of ${args.id} (purpose, reference, comparison, label, example);
  2. fail-todo/: rename it fail-<what>, make old/ and new/ a pair the rule fires on, say why in README.md;
  3. pass-todo/: the same for a pair it must not fire on (add more cases beside them);
then: npm run build && TAP_SNAPSHOT=1 npx tap test/core/registry.test.ts, and review the new snapshot.`);
