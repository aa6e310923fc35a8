import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { version } from '../generated/package-info.js';
import { withCommands } from './commands/index.js';
import { splitHookArguments } from './hook-arguments.js';

/** `devmig --explain RULE`, as cargo semver-checks spells it, is `devmig explain RULE`. */
function explainAlias(argv: string[]): string[] {
  const i = argv.findIndex((a) => a === '--explain' || a.startsWith('--explain='));
  if (i < 0) return argv;
  const arg = argv[i]!;
  const rule = arg.includes('=') ? [arg.slice(arg.indexOf('=') + 1)] : argv.slice(i + 1, i + 2);
  return ['explain', ...rule, ...argv.slice(0, i), ...argv.slice(i + 1 + (arg.includes('=') ? 0 : rule.length))];
}

/** The devmig command line: a thin layer over the library. */
export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  // libvirt's words after `hook` are data (a guest may be named --help): yargs never sees them.
  const hook = argv[0] === 'hook' ? splitHookArguments(argv.slice(1)) : undefined;
  await withCommands(yargs(hook ? ['hook', ...hook.options] : explainAlias(argv)).scriptName('devmig'), hook?.libvirt)
    .demandCommand(1, 'Name a command: devmig check SOURCE TARGET, devmig bump OLD NEW, ...')
    .strict()
    .help()
    // devmig's own version, not that of a package.json in the working directory (yargs' default).
    .version(version)
    .alias('version', 'V')
    .wrap(process.stdout.columns ? Math.min(120, process.stdout.columns) : null)
    .epilogue('Exit status: 0 compatible (bump sufficient), 100 incompatible (bump insufficient), 101 input or tool error (one line on stderr naming the file); usage errors 1.')
    .parseAsync();
}

void main();
