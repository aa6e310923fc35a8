import type { Argv, CommandModule } from 'yargs';
import { collect, writeProfiles } from '../../collect/collect.js';
import { collectInventory, renderCollectText } from '../../collect/render.js';
import { parseSetArgs } from '../../collect/set-attributes.js';
import { renderJson } from '../../render/json.js';
import { formatOption } from '../common-options.js';
import { ExitCode } from '../exit-code.js';
import { out, runCommand } from '../run.js';

export const COLLECT_FORMATS = ['text', 'json'] as const;

export const collectCommand: CommandModule = {
  command: 'collect',
  describe: 'Read a host\'s sysfs (read-only) and write one profile per device type',
  builder: (y: Argv) => y
    .option('sysfs', { type: 'string', default: '/sys', describe: 'sysfs root to read (a copy of one works too)' })
    .option('out', { type: 'string', describe: 'Write the profiles as sysfs-style directories DIR/<id>/ (must lie outside ROOT)' })
    .option('set', { type: 'string', array: true, describe: 'KEY=VALUE attribute sysfs does not hold (nvidia/ecc, driver versions), added to every profile (repeatable)' })
    .option('format', formatOption(COLLECT_FORMATS)),
  handler: (argv) => runCommand(() => {
    const a = argv as unknown as { sysfs: string; out?: string; set?: string[]; format: string };
    const result = collect({ sysfs: a.sysfs, set: parseSetArgs(a.set ?? []) });
    const written = a.out === undefined ? undefined : writeProfiles(result, a.out);
    out(a.format === 'json' ? renderJson(collectInventory(result, written)) : renderCollectText(result, written));
    return ExitCode.ok;
  }),
};
