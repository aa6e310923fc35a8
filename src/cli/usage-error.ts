import { closest, distance } from 'fastest-levenshtein';

/** A command-line mistake, already worded as the one line devmig prints; exit 1 (yargs' own status for usage errors). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE_EXIT = 1;

/**
 * The candidate `given` was probably meant to be: the nearest by edit distance when it is a
 * typo's distance away (at most 3, and at most half of what was typed), else the only
 * candidate that `given` begins (`--save-sources` for `--save-sources-index`).
 */
export function nearestName(given: string, candidates: readonly string[]): string | undefined {
  if (given === '' || candidates.length === 0) return undefined;
  const best = closest(given, [...candidates]);
  if (distance(given, best) <= Math.min(3, Math.max(1, Math.floor(given.length / 2)))) return best;
  const begun = candidates.filter((c) => c.startsWith(given));
  return begun.length === 1 ? begun[0] : undefined;
}

/** "; did you mean NAME?", or nothing when nothing is near. */
export const didYouMean = (name: string | undefined) => (name === undefined ? '' : `; did you mean ${name}?`);

/** What the failing command line held, and what it could have held. */
export interface UsageContext {
  /** The arguments as given (after the program name). */
  readonly argv: readonly string[];
  /** Top-level command names. */
  readonly commands: readonly string[];
  /** Each command's usage as yargs declares it (`check <source> <target>`), by name. */
  readonly usages?: Readonly<Record<string, string>>;
  /** Options the command line being parsed knows (its command's and the global ones), without dashes. */
  readonly options: () => readonly string[];
}

/** The words of `argv` before `--`. */
function beforeDoubleDash(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
}

/** The command named on the command line: its first word that is one. */
export function commandOf(ctx: Pick<UsageContext, 'argv' | 'commands'>): string | undefined {
  return beforeDoubleDash(ctx.argv).find((a) => ctx.commands.includes(a));
}

/**
 * The first option of `argv` that takes a value but was given none: `--series` last or
 * followed by another option (yargs would quietly give it its default, or ''), `--series=` or
 * `--series ''`. `-` (stdin) and negative numbers are values; options in `bare` may stand alone.
 */
export function optionWithoutValue(argv: readonly string[], valueOptions: readonly string[], bare: readonly string[] = []): string | undefined {
  const words = beforeDoubleDash(argv);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith('--') || word.length === 2) continue;
    const eq = word.indexOf('=');
    const name = word.slice(2, eq < 0 ? undefined : eq);
    if (!valueOptions.includes(name) || bare.includes(name)) continue;
    const value = eq < 0 ? words[i + 1] : word.slice(eq + 1);
    const anotherOption = eq < 0 && value !== undefined && value.startsWith('-') && value !== '-' && !/^-\d/.test(value);
    if (value === undefined || value === '' || anotherOption) return name;
  }
  return undefined;
}

/** Names the option words of `argv` spell (`--foo=1` is foo, `--no-foo` also foo, `-xy` is x and y). */
function optionWords(argv: readonly string[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const a of beforeDoubleDash(argv)) {
    if (a.startsWith('--') && a.length > 2) {
      const name = a.slice(2).split('=')[0]!;
      words.set(name, `--${name}`);
      if (name.startsWith('no-')) words.set(name.slice(3), `--${name}`);
    } else if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      for (const c of a.slice(1).split('=')[0]!) words.set(c, `-${c}`);
    }
  }
  return words;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** yargs' "Unknown arguments: a, b": each as an unknown option, command or word, with the nearest known one. */
function unknownArguments(list: string, ctx: UsageContext): string {
  const names = list.split(', ');
  // yargs names an unknown --foo-bar twice, once as fooBar.
  const distinct = names.filter((n) => !/[A-Z]/.test(n) || !names.includes(kebab(n)));
  const words = optionWords(ctx.argv);
  const command = commandOf(ctx);
  const known = ctx.options().filter((o) => !/[A-Z]/.test(o));
  let commandNamed = false;
  return distinct.flatMap((n) => {
    const written = words.get(n);
    if (written !== undefined) {
      const near = nearestName(n, known);
      return [`unknown option ${written}${didYouMean(near === undefined ? undefined : `${near.length === 1 ? '-' : '--'}${near}`)}`];
    }
    if (command !== undefined) return [`unexpected argument '${n}'`];
    // The first word was meant as a command; the words after it are its arguments, not news.
    if (commandNamed) return [];
    commandNamed = true;
    return [`unknown command ${n}${didYouMean(nearestName(n, ctx.commands))}`];
  }).join('; ');
}

/** A JSON list yargs wrote as `"a", "b"`, or the text itself when it is not one. */
function jsonList(text: string): string[] {
  try {
    const list: unknown = JSON.parse(`[${text}]`);
    if (Array.isArray(list)) return list.map(String);
  } catch {
    // Not yargs' JSON: show it as written.
  }
  return [text];
}

/** One line of yargs' "Invalid values:" (`Argument: format, Given: "jsn", Choices: "text", "json"`), in words. */
function invalidValue(line: string): string {
  const argAt = line.indexOf('Argument: ');
  const givenAt = line.indexOf(', Given: ');
  const choicesAt = line.lastIndexOf(', Choices: ');
  if (argAt < 0 || givenAt < argAt || choicesAt < givenAt) return line.trim();
  const name = line.slice(argAt + 'Argument: '.length, givenAt);
  const given = jsonList(line.slice(givenAt + ', Given: '.length, choicesAt));
  const choices = jsonList(line.slice(choicesAt + ', Choices: '.length));
  const bad = given.filter((g) => !choices.includes(g));
  const wrong = bad.length > 0 ? bad : given;
  const list = choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : choices.join('');
  return `--${name} ${wrong.map((g) => `'${g}'`).join(', ')} is not ${list}${didYouMean(nearestName(wrong[0] ?? '', choices))}`;
}

/** The reason in words, from what yargs (or a command's own check) said. */
function reasonOf(message: string, ctx: UsageContext): string {
  const [first = '', ...rest] = message.split('\n');
  const after = (prefix: RegExp) => first.replace(prefix, '');
  if (/^Unknown arguments?: /.test(first)) return unknownArguments(after(/^Unknown arguments?: /), ctx);
  if (first.startsWith('Invalid values:')) return rest.map(invalidValue).join('; ');
  if (/^Missing required arguments?: /.test(first)) return `missing ${after(/^Missing required arguments?: /).split(', ').map((n) => `--${n}`).join(', ')}`;
  if (first.startsWith('Not enough arguments following: ')) return `--${after(/^Not enough arguments following: /)} needs a value`;
  const counted = /^Not enough non-option arguments: got (\d+), need at least (\d+)$/.exec(first);
  if (counted) {
    const command = commandOf(ctx);
    const usage = command === undefined ? undefined : ctx.usages?.[command];
    return `${command ?? 'devmig'} needs ${counted[2]} argument${counted[2] === '1' ? '' : 's'}${usage === undefined ? '' : ` (devmig ${usage})`}, got ${counted[1]}`;
  }
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The one line a usage error prints: the reason, the nearest known name where something was
 * misspelt, and where the help is (`devmig: unknown option --foramt; did you mean --format?
 * (devmig check --help)`), never the whole help.
 */
export function usageLine(message: string, ctx: UsageContext): string {
  const command = commandOf(ctx);
  // `devmig help chek` is pointed at the list of commands, not at help's own help.
  const about = command === undefined || command === 'help' ? '' : `${command} `;
  return `devmig: ${reasonOf(message, ctx)} (devmig ${about}--help)`;
}
