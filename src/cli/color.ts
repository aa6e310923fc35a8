/** `--color`: auto (a terminal that shows colour, unless NO_COLOR), always, never. */
export const COLOR_CHOICES = ['auto', 'always', 'never'] as const;
export type ColorChoice = (typeof COLOR_CHOICES)[number];

/** `--color` alone means always and `--no-color` never, as in ls and git. */
export function colorChoiceOf(value: unknown): ColorChoice | string {
  if (value === false) return 'never';
  if (value === true || value === '') return 'always';
  return String(value);
}

/**
 * Whether text written to `stream` is coloured: the flag wins; under auto, a non-empty
 * NO_COLOR (no-color.org) turns colour off, then a FORCE_COLOR other than 0 or false turns it
 * on, and otherwise only a terminal that shows colours (not TERM=dumb) gets them.
 */
export function wantsColor(choice: ColorChoice, stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (choice !== 'auto') return choice === 'always';
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const tty = stream as Partial<NodeJS.WriteStream>;
  // NO_COLOR and FORCE_COLOR are settled above: the terminal's own answer must not read them again.
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...rest } = env;
  return tty.isTTY === true && typeof tty.hasColors === 'function' && tty.hasColors(rest);
}
