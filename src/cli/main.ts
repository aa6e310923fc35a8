import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { version } from '../generated/package-info.js';
import { COLOR_CHOICES, colorChoiceOf, type ColorChoice } from './color.js';
import { helpCommand } from './commands/help.js';
import { commandModules, withCommands } from './commands/index.js';
import { splitHookArguments } from './hook-arguments.js';
import { setColorChoice } from './run.js';
import { optionWithoutValue, USAGE_EXIT, UsageError, usageLine, type UsageContext } from './usage-error.js';

/** `devmig --explain RULE`, as cargo semver-checks spells it, is `devmig explain RULE`. */
function explainAlias(argv: string[]): string[] {
  const i = argv.findIndex((a) => a === '--explain' || a.startsWith('--explain='));
  if (i < 0) return argv;
  const arg = argv[i]!;
  const rule = arg.includes('=') ? [arg.slice(arg.indexOf('=') + 1)] : argv.slice(i + 1, i + 2);
  return ['explain', ...rule, ...argv.slice(0, i), ...argv.slice(i + 1 + (arg.includes('=') ? 0 : rule.length))];
}

/** Options whose value may be `-` (standard input). */
const STDIN_OPTIONS = ['--domain-xml'];

/** yargs reads a lone `-` after an option as a word of its own, not as the option's value: join them. */
function stdinValues(argv: string[]): string[] {
  return argv.flatMap((a, i) => (argv[i + 1] === '-' && STDIN_OPTIONS.includes(a) ? [`${a}=-`] : a === '-' && STDIN_OPTIONS.includes(argv[i - 1]!) ? [] : [a]));
}

const COMPLETION = 'completion';

/** yargs' getOptions(), public in yargs 17 but missing from its typings: the options the command line being parsed knows. */
interface KnownOptions {
  getOptions(): { key: Record<string, unknown>; string: string[] };
}

/**
 * A reader that stops early (`| head`) closes the pipe: end as a Unix filter killed by SIGPIPE
 * would (status 128 + 13), quietly, rather than with a stack trace; any other write error is
 * devmig's failure.
 */
function endOnClosedPipe(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(141);
  process.stderr.write(`devmig: stdout: cannot write (${err.code ?? err.message})\n`);
  process.exit(101);
}

/** `devmig hook --help` wraps here: the hook never makes the stdout stream, which costs its start 4 ms. */
const HOOK_HELP_WIDTH = 80;

/** The devmig command line: a thin layer over the library. */
export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  // libvirt's words after `hook` are data (a guest may be named --help): yargs never sees them.
  const hook = argv[0] === 'hook' ? splitHookArguments(argv.slice(1)) : undefined;
  // The hook writes nothing on stdout, and making the stream costs its cold start 4 ms.
  if (hook === undefined) process.stdout.on('error', endOnClosedPipe);
  const args = hook ? ['hook', ...hook.options] : stdinValues(explainAlias(argv));
  const modules = commandModules(hook?.libvirt);
  const usages = Object.fromEntries(modules.map((m) => [String(m.command).split(' ')[0]!, String(m.command)]));
  const commands = [...Object.keys(usages), 'help', COMPLETION];
  const y = yargs(args).scriptName('devmig');
  const known = (y as unknown as KnownOptions).getOptions.bind(y);
  const usage: UsageContext = { argv: args, commands, usages, options: () => Object.keys(known().key) };
  try {
    await withCommands(y, modules)
      .command(helpCommand(commands, (command) => main([...(command === undefined ? [] : [command]), '--help'])))
      .completion(COMPLETION, 'Print a bash or zsh completion script: devmig completion >> ~/.bashrc')
      .option('color', {
        // No default: yargs would give a bare --color the default instead of '' (always).
        type: 'string', choices: COLOR_CHOICES, global: true, coerce: colorChoiceOf,
        describe: 'Colour the text output: auto (the default: on a terminal, unless NO_COLOR is set), always (a bare --color), never (--no-color)',
      })
      .middleware((parsed) => setColorChoice((parsed.color ?? 'auto') as ColorChoice))
      .check(() => {
        // `--series` with nothing after it: name the option, rather than read a file called '' or run with a default.
        const bare = optionWithoutValue(args, known().string, ['color']);
        if (bare !== undefined) throw new Error(`--${bare} needs a value`);
        return true;
      }, true)
      .demandCommand(1, 'name a command: devmig check SOURCE TARGET, devmig bump OLD NEW, ...')
      .strict()
      .help()
      // devmig's own version, not that of a package.json in the working directory (yargs' default).
      .version(version)
      .alias('version', 'V')
      .example([
        ['devmig check device-profiles/intel-gvt-g/i915-GVTg_V5_4@0.1.0 device-profiles/intel-gvt-g/i915-GVTg_V5_4@0.2.0', 'can a device move from the first profile to the second?'],
        ['devmig matrix --sources examples/fleet/sources/src-kbl-gvt-a/igpu-00.02.0_i915-GVTg_V5_4 --targets examples/fleet/targets', 'which hosts of a fleet can take this one device?'],
        ['devmig bump --series device-profiles/intel-gvt-g/series-ok/i915-GVTg_V5_8', 'does each release\'s version bump match its changes?'],
        ['devmig help check', 'the options and examples of one command'],
      ])
      // A width for the hook, which never asks stdout (yargs builds each command's help as it runs it, and cliui asks stdout when given none).
      .wrap(hook !== undefined ? HOOK_HELP_WIDTH : process.stdout.columns ? Math.min(120, process.stdout.columns) : null)
      .epilogue('Exit status: 0 compatible (bump sufficient), 100 incompatible (bump insufficient), 101 input or tool error (one line on stderr naming the file); usage errors 1, one line with the reason and where the help is.')
      .fail((message, err) => {
        throw new UsageError(usageLine(message ?? err?.message ?? 'usage error', usage));
      })
      .parseAsync();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = USAGE_EXIT;
  }
}

void main();
