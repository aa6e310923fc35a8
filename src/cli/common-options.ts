import type { Argv } from 'yargs';
import { InputError } from '../errors.js';
import { packOptions } from '../generated/pack-options.js';
import type { CheckOptions, Mode } from '../types.js';

/** Flags shared by every evaluating command, besides one per option a built-in pack declares. */
interface RuleFlags {
  rules?: string[];
  option?: string[];
  mode?: string;
  [packOption: string]: unknown;
}

/**
 * Options every evaluating command shares: rule packs, mode, `--option NAME=VALUE`, and a flag
 * for each option a built-in pack declares (`--nvidia-policy`), generated from the pack data so
 * a pack's option needs no code here.
 */
export function withRuleOptions<T>(y: Argv<T>) {
  let out = y
    .option('rules', { type: 'string', array: true, describe: 'Extra rule-pack file or directory (repeatable)' })
    .option('option', { type: 'string', array: true, describe: 'Pack option NAME=VALUE (repeatable)' })
    .option('mode', { type: 'string', choices: ['strict', 'extended'] as const, default: 'strict' as Mode, describe: 'extended honours migration/compatible templates' });
  for (const o of packOptions) {
    out = out.option(o.name, { type: 'string', choices: [...o.values], describe: `${o.description} (pack ${o.pack}; default ${o.default}; same as --option ${o.name}=VALUE)` });
  }
  return out;
}

/**
 * `--sarif-category`, for the commands with CI formats: SARIF's `automationDetails.id`, so the
 * logs of several devmig steps uploaded by one workflow do not replace each other.
 */
export function withSarifCategory<T>(y: Argv<T>) {
  return y.option('sarif-category', { type: 'string', describe: 'SARIF category (automationDetails.id; default devmig/COMMAND): one per log a workflow uploads, or a later upload replaces an earlier one' });
}

/** The category `--sarif-category` names; a blank one (an unset variable, say) is an input error. */
export function sarifCategoryFrom(argv: { sarifCategory?: string }): string | undefined {
  if (argv.sarifCategory !== undefined && argv.sarifCategory.trim() === '') throw new InputError('--sarif-category', 'expected a category name, got an empty string');
  return argv.sarifCategory;
}

/** CheckOptions from parsed flags; a malformed --option is an input error naming it. */
export function checkOptionsFrom(argv: RuleFlags): CheckOptions {
  const options: Record<string, string> = {};
  for (const kv of argv.option ?? []) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new InputError('--option', `expected NAME=VALUE, got '${kv}'`);
    options[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  for (const { name } of packOptions) {
    const value = argv[name];
    if (typeof value === 'string') options[name] = value;
  }
  return { mode: (argv.mode ?? 'strict') as Mode, options, rules: argv.rules ?? [] };
}

/** The names of the flags generated from pack options (each takes one value). */
export const packOptionFlags: readonly string[] = packOptions.map((o) => o.name);
