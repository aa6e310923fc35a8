import { parseSetArgs } from '../../collect/set-attributes.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig annotate`: the definition; the application layer loads when the command runs. */
export const annotateCommand = defineCommand({
  command: 'annotate',
  describe: 'On the source host: the <metadata> element the destination\'s hook reads',
  builder: (y) => y
    .option('domain-xml', { type: 'string', default: '-', describe: 'Domain XML file (virsh dumpxml GUEST), - for stdin' })
    .option('sysfs', { type: 'string', default: '/sys', describe: 'sysfs root of this (source) host' })
    .option('proc', { type: 'string', describe: 'procfs root of this (source) host, for host facts as collect reads them [default: /proc]' })
    .option('nvidia-smi-xml', { type: 'string', describe: 'Saved `nvidia-smi -q -x` output of this host, instead of running nvidia-smi' })
    .option('nvidia-smi', { type: 'boolean', default: true, describe: 'Run `nvidia-smi -q -x` when it is on PATH; --no-nvidia-smi never runs it' })
    .option('set', { type: 'string', array: true, describe: 'KEY=VALUE attribute collect cannot read (nvidia/migration), as collect --set (repeatable)' })
    .option('format', formatFlag('annotate', 'xml: the <devmig:devices> element; virsh: the virsh metadata command that stores it'))
    .example([
      ['virsh dumpxml guest1 | devmig annotate --format virsh | sh', 'on the source host: store the metadata the destination\'s hook reads'],
    ]),
  handler: (argv) => runCommand(async () => {
    const { annotateReport } = await import('../../app/annotate.js');
    return writeReport(annotateReport(argv.domainXml, {
      sysfs: argv.sysfs,
      set: parseSetArgs(argv.set ?? []),
      ...(argv.proc === undefined ? {} : { proc: argv.proc }),
      ...(argv.nvidiaSmiXml === undefined ? {} : { nvidiaSmiXml: argv.nvidiaSmiXml }),
      runNvidiaSmi: argv.nvidiaSmi,
    }), argv.format);
  }),
});
