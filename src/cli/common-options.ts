import type { Argv } from 'yargs';
import { InputError } from '../errors.js';
import type { CheckOptions, Mode } from '../types.js';

/** Options every evaluating command shares: rule packs, pack options, mode. */
export function withRuleOptions<T>(y: Argv<T>) {
  return y
    .option('rules', { type: 'string', array: true, describe: 'Extra rule-pack file or directory (repeatable)' })
    .option('nvidia-policy', { type: 'string', choices: ['identical', 'compatible'], describe: 'NVIDIA host driver policy: identical versions, or guest vGPU version within the target\'s supported range' })
    .option('option', { type: 'string', array: true, describe: 'Pack option NAME=VALUE (repeatable)' })
    .option('mode', { type: 'string', choices: ['strict', 'extended'] as const, default: 'strict' as Mode, describe: 'extended honours migration/compatible templates' });
}

/** CheckOptions from parsed flags; a malformed --option is an input error naming it. */
export function checkOptionsFrom(argv: { rules?: string[]; 'nvidia-policy'?: string; option?: string[]; mode?: string }): CheckOptions {
  const options: Record<string, string> = {};
  for (const kv of argv.option ?? []) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new InputError('--option', `expected NAME=VALUE, got '${kv}'`);
    options[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  if (argv['nvidia-policy'] !== undefined) options['nvidia-policy'] = argv['nvidia-policy'];
  return { mode: (argv.mode ?? 'strict') as Mode, options, rules: argv.rules ?? [] };
}

export const formatOption = (choices: readonly string[]) =>
  ({ type: 'string', choices, default: 'text', describe: 'Output format' }) as const;
