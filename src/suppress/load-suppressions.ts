import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { InputError } from '../errors.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';
import { validateSuppressions } from '../generated/validators.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import { firstSchemaError } from '../schema-error.js';
import type { Finding } from '../types.js';
import type { Suppression, SuppressionSet, SuppressedFinding } from './types.js';

/** File names looked for in a profile folder, in this order; both present is an error. */
export const SUPPRESSION_FILES = ['devmig.toml', '.devmig.json'] as const;

/** Today as YYYY-MM-DD in local time: a suppression expiring "2025-06-30" holds through that day. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The suppression file of a folder, or null; a folder holding both forms is ambiguous. */
export function findSuppressionFile(dir: string): string | null {
  const found = SUPPRESSION_FILES.map((name) => join(dir, name)).filter((file) => existsSync(file));
  if (found.length > 1) throw new InputError(found[1]!, `both ${found.join(' and ')} exist: keep one suppression file`);
  return found[0] ?? null;
}

/** TOML local dates (`expires = 2025-06-30`) arrive as Date objects; the schema wants the text. */
function datesToText(doc: unknown): unknown {
  if (doc instanceof Date) return doc.toISOString().slice(0, 10);
  if (Array.isArray(doc)) return doc.map(datesToText);
  if (doc && typeof doc === 'object') return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, datesToText(v)]));
  return doc;
}

function parseFile(file: string): unknown {
  const text = readTextFile(file, 'suppression file', FILE_LIMITS.suppressions);
  try {
    return file.endsWith('.toml') ? datesToText(parseToml(text)) : JSON.parse(text);
  } catch (err) {
    const first = (err as Error).message.split('\n')[0];
    throw new InputError(file, `invalid ${file.endsWith('.toml') ? 'TOML' : 'JSON'} (${first})`);
  }
}

function isRealDate(ymd: string): boolean {
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(ymd);
}

function expiredFinding(rule: CompiledRule, file: string, index: number, s: Suppression): Finding {
  const finding: SuppressedFinding = {
    rule: rule.id,
    attribute: s.attributes.join(','),
    severity: 'break',
    blocks: rule.spec.blocks,
    file,
    message: `suppression #${index + 1} in ${file} (${s.rule} on ${s.attributes.join(', ')}) expired on ${s.expires}: renew its date or fix what it hides ("${s.reason}")`,
  };
  return finding;
}

/**
 * Read and validate a suppression file (schema/suppressions.schema.json, plus what a schema
 * cannot say: real dates, known rule ids). Entries past their date become `suppress/expired`
 * breaks and are not applied.
 */
export function loadSuppressions(file: string, ruleSet: RuleSet, on: string = today()): SuppressionSet {
  const doc = parseFile(file);
  if (!validateSuppressions(doc)) throw new InputError(file, firstSchemaError(validateSuppressions.errors));
  return judgeSuppressions(file, (doc as { suppress: Suppression[] }).suppress, ruleSet, on);
}

/** Validated entries of `file`, split into those that apply on `on` and `suppress/expired` breaks for the rest. */
export function judgeSuppressions(file: string, entries: readonly Suppression[], ruleSet: RuleSet, on: string = today()): SuppressionSet {
  const known = new Set(ruleSet.packs.flatMap(({ pack }) => ruleSet.rules(pack.id).map((r) => r.id)));
  const set: SuppressionSet = { file, active: [], expired: [] };
  // The rule an expired entry is reported under is pack data (rules/suppress.json); without one, an expired entry is not silently applied.
  const expiredRule = ruleSet.rulesOf('suppression-expired')[0];
  if (expiredRule === undefined) throw new Error('internal: no rule reports expired suppressions (compare: suppression-expired)');
  for (const [i, s] of entries.entries()) {
    if (!known.has(s.rule)) throw new InputError(file, `schema: /suppress/${i}/rule '${s.rule}' is not a known rule (devmig explain lists them)`);
    if (s.expires !== undefined && !isRealDate(s.expires)) throw new InputError(file, `schema: /suppress/${i}/expires '${s.expires}' is not a calendar date`);
    if (s.expires !== undefined && s.expires < on) set.expired.push(expiredFinding(expiredRule, file, i, s));
    else set.active.push(s);
  }
  return set;
}

/**
 * The suppressions for a run: an explicit file, else the one in `dir` (the folder holding the
 * profiles being judged), else none.
 */
export function suppressionsFor(dir: string, ruleSet: RuleSet, explicit?: string): SuppressionSet | null {
  const file = explicit ?? findSuppressionFile(dir);
  return file === null ? null : loadSuppressions(file, ruleSet);
}
