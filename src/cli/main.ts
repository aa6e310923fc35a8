import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';

/** The devmig command line: a thin layer over the library. */
export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  await yargs(argv)
    .scriptName('devmig')
    .command(commands)
    .demandCommand(1, 'Name a command: devmig check SOURCE TARGET, devmig bump OLD NEW, ...')
    .strict()
    .help()
    .version()
    .parseAsync();
}

void main();
