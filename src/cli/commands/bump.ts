import type { Argv, CommandModule } from 'yargs';
import { readProfile } from '../../read/read-profile.js';
import { renderJson } from '../../render/json.js';
import { renderBumpText } from '../../render/text.js';
import { bump, type BumpPolicy } from '../../verdict/bump.js';
import { checkOptionsFrom, formatOption, withRuleOptions } from '../common-options.js';
import { exitCodeForBump } from '../exit-code.js';
import { out, runCommand } from '../run.js';

export const bumpCommand: CommandModule = {
  command: 'bump <old> <new>',
  describe: 'Does NEW\'s version bump match its capability changes since OLD? Exit 0 sufficient, 100 insufficient, 101 error',
  builder: (y: Argv) => withRuleOptions(y)
    .positional('old', { type: 'string', demandOption: true, describe: 'Profile of the old release' })
    .positional('new', { type: 'string', demandOption: true, describe: 'Profile of the new release' })
    .option('policy', { type: 'string', choices: ['rename-on-major'], describe: 'Also require a new type name when the required bump is major' })
    .option('format', formatOption(['text', 'json'])),
  handler: (argv) => runCommand(() => {
    const a = argv as unknown as { old: string; new: string; format: string; policy?: BumpPolicy };
    const opts = checkOptionsFrom(argv as never);
    const result = bump(readProfile(a.old), readProfile(a.new), { ...opts, ...(a.policy ? { policy: a.policy } : {}) });
    out(a.format === 'json' ? renderJson(result) : renderBumpText(result));
    return exitCodeForBump(result);
  }),
};
