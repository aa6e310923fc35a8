import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import { builtinPacks } from '../generated/builtin-packs.js';
import { validateRulePack } from '../generated/validators.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';
import { EMITTED_COMPARATORS, type RulePack } from './pack-types.js';
import { firstSchemaError } from '../schema-error.js';

export interface LoadedPack {
  file: string;
  pack: RulePack;
}

/** Validate one pack document against schema/rule-pack.schema.json, plus what a schema cannot say. */
export function validatePack(file: string, doc: unknown): RulePack {
  if (!validateRulePack(doc)) throw new InputError(file, firstSchemaError(validateRulePack.errors));
  return checkPackSemantics(file, doc as RulePack);
}

/** What the schema cannot say: unique rule ids, declared options, a selector on every vendor pack. */
function checkPackSemantics(file: string, pack: RulePack): RulePack {
  const seen = new Set<string>();
  for (const [i, rule] of pack.rules.entries()) {
    if (seen.has(rule.id)) throw new InputError(file, `schema: /rules/${i}/id '${rule.id}' is used twice`);
    seen.add(rule.id);
    const opt = rule.when && 'option' in rule.when ? rule.when.option : undefined;
    if (opt !== undefined && !pack.options?.[opt]) throw new InputError(file, `schema: /rules/${i}/when names option '${opt}' the pack does not declare`);
  }
  // A pack without a selector applies to no profile: only rules devmig reports itself (the suppression loader's) may live there.
  if (pack.id !== 'standard' && pack.select.length === 0 && !pack.rules.every((r) => EMITTED_COMPARATORS.has(r.compare))) {
    throw new InputError(file, 'schema: /select must name at least one clause (only the standard pack applies to every profile; a pack selecting none holds only emitted rules)');
  }
  return pack;
}

function readPackFile(file: string): LoadedPack {
  const text = readTextFile(file, 'rule pack', FILE_LIMITS.rulePack);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `invalid JSON (${(err as Error).message})`);
  }
  return { file, pack: validatePack(file, doc) };
}

/** Pack files named on the command line: a directory contributes its *.json files. */
function packFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    throw new InputError(path, `no such rule pack or directory (${errnoCode(err) ?? 'error'})`);
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
}

const packName = (l: LoadedPack) => `pack '${l.pack.id}' (${l.file})`;

/**
 * A pack adds rules and options of its own; one that re-declared another's (an option such as
 * another pack's policy option with a default that switches its rules off, or a rule id) would
 * silently change what the other pack checks.
 */
function refuseRedefinition(p: LoadedPack, loaded: readonly LoadedPack[]): void {
  const clash = loaded.find((l) => l.pack.id === p.pack.id);
  if (clash) throw new InputError(p.file, `pack id '${p.pack.id}' is already defined by ${packName(clash)}`);
  const ruleIds = new Set(p.pack.rules.map((r) => `${p.pack.id}/${r.id}`));
  for (const l of loaded) {
    const option = Object.keys(p.pack.options ?? {}).find((name) => Object.hasOwn(l.pack.options ?? {}, name));
    if (option !== undefined) throw new InputError(p.file, `option '${option}' is already declared by ${packName(l)}: a pack may add options of its own, not redefine another pack's`);
    const rule = l.pack.rules.map((r) => `${l.pack.id}/${r.id}`).find((id) => ruleIds.has(id));
    if (rule !== undefined) throw new InputError(p.file, `rule '${rule}' is already defined by ${packName(l)}`);
  }
}

let builtins: LoadedPack[] | undefined;

/** The built-in packs (validated once per process) followed by any extra packs from disk. */
export function loadPacks(extra: readonly string[] = []): LoadedPack[] {
  // The build validated the built-in packs against the schema (scripts/build.mjs refuses to embed a bad one).
  builtins ??= builtinPacks.map(({ file, pack }) => ({ file, pack: checkPackSemantics(file, pack as RulePack) }));
  const loaded = [...builtins];
  for (const file of extra.flatMap(packFiles)) {
    const p = readPackFile(file);
    refuseRedefinition(p, loaded);
    loaded.push(p);
  }
  if (!loaded.some((l) => l.pack.id === 'standard')) throw new InputError('rules/', 'the standard pack is missing');
  return loaded;
}
