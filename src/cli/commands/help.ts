import { defineCommand } from '../define-command.js';
import { didYouMean, nearestName } from '../usage-error.js';

/** `devmig help [COMMAND]`: the same as `devmig [COMMAND] --help`, which `show` prints. */
export function helpCommand(commands: readonly string[], show: (command: string | undefined) => Promise<void>) {
  return defineCommand({
    command: 'help [command]',
    describe: 'Show the help of devmig, or of one command',
    builder: (y) => y
      .positional('command', { type: 'string', describe: `One of: ${commands.join(', ')}` })
      .example('devmig help matrix', 'the options and examples of devmig matrix')
      .check((argv) => {
        const named = argv.command;
        if (named !== undefined && !commands.includes(named)) throw new Error(`no command ${named}${didYouMean(nearestName(named, commands))}`);
        return true;
      }),
    handler: (argv) => show(argv.command),
  });
}
