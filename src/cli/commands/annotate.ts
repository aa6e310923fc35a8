import type { Argv, CommandModule } from 'yargs';
import { parseSetArgs } from '../../collect/set-attributes.js';
import { FILE_LIMITS, readStdinText, readTextFile } from '../../read/bounded-file.js';
import { formatOption } from '../common-options.js';
import { ExitCode } from '../exit-code.js';
import { out, runCommand } from '../run.js';

export const ANNOTATE_FORMATS = ['xml', 'virsh'] as const;

/** The domain XML: a file, or stdin for `-` (as `virsh dumpxml GUEST | devmig annotate`). */
function readDomainXmlText(file: string): string {
  return file === '-' ? readStdinText('the domain XML', FILE_LIMITS.domainXml) : readTextFile(file, 'the domain XML', FILE_LIMITS.domainXml);
}

export const annotateCommand: CommandModule = {
  command: 'annotate',
  describe: 'On the source host: the <metadata> element the destination\'s hook reads',
  builder: (y: Argv) => y
    .option('domain-xml', { type: 'string', default: '-', describe: 'Domain XML file (virsh dumpxml GUEST), - for stdin' })
    .option('sysfs', { type: 'string', default: '/sys', describe: 'sysfs root of this (source) host' })
    .option('set', { type: 'string', array: true, describe: 'KEY=VALUE attribute sysfs does not hold (nvidia/ecc, driver versions), as collect --set (repeatable)' })
    .option('format', { ...formatOption(ANNOTATE_FORMATS), default: 'xml', describe: 'xml: the <devmig:devices> element; virsh: the virsh metadata command that stores it' }),
  handler: (argv) => runCommand(async () => {
    const a = argv as unknown as { 'domain-xml': string; sysfs: string; set?: string[]; format: (typeof ANNOTATE_FORMATS)[number] };
    const { annotate } = await import('../../hook/annotate.js');
    const file = a['domain-xml'];
    const result = annotate(readDomainXmlText(file), file === '-' ? 'stdin' : file, { sysfs: a.sysfs, set: parseSetArgs(a.set ?? []) });
    out(`${a.format === 'virsh' ? result.virsh : result.element}\n`);
    return ExitCode.ok;
  }),
};
