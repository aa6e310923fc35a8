import { checkOptionsFrom, withRuleOptions } from '../common-options.js';
import { defineCommand, formatFlag } from '../define-command.js';
import { runCommand, writeReport } from '../run.js';

/** `devmig vm`: the definition; the application layer loads when the command runs. */
export const vmCommand = defineCommand({
  command: 'vm <source_vm> <target_host>',
  describe: 'Can this whole VM move to that host? Each device on its own target instance, P2P for several',
  builder: (y) => withRuleOptions(y)
    .positional('source_vm', { type: 'string', demandOption: true, describe: 'A libvirt domain XML with devmig metadata (devmig annotate), or a folder with one profile per device' })
    .positional('target_host', { type: 'string', demandOption: true, describe: 'The target host\'s inventory, as devmig collect --out writes it' })
    .option('format', formatFlag('vm'))
    .example([
      ['devmig vm examples/vm/vm-mlx5-pair examples/vm/host', 'each device of the VM gets its own instance on the host'],
    ]),
  handler: (argv) => runCommand(async () => {
    const { vmReport } = await import('../../app/vm.js');
    return writeReport(vmReport(argv.source_vm, argv.target_host, checkOptionsFrom(argv)), argv.format);
  }),
});
