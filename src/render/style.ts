import type { Severity, Tier } from '../types.js';

/** How a text renderer may dress its output; the machine formats (JSON, SARIF, JUnit...) take none. */
export interface TextStyle {
  /** Colour the words that carry a verdict (the command line decides: a terminal, --color, NO_COLOR). */
  readonly color?: boolean;
  /** The terminal's width: long reasons wrap to it, under their own column; none on a pipe (a line per finding for grep). */
  readonly width?: number;
}

/**
 * SGR codes written directly: util.styleText exists only from Node 20.12 and, in later
 * releases, drops colour by itself when stdout is not a terminal, which would undo
 * `--color=always` on a pipe. Each code is closed by its own reset, so a painted word can sit
 * inside another.
 */
const TONES = {
  bad: ['\x1b[31m', '\x1b[39m'],
  caution: ['\x1b[33m', '\x1b[39m'],
  good: ['\x1b[32m', '\x1b[39m'],
} as const;
type Tone = keyof typeof TONES;

function paint(text: string, tone: Tone | undefined, style: TextStyle): string {
  if (!style.color || tone === undefined || text === '') return text;
  const [open, close] = TONES[tone];
  return `${open}${text}${close}`;
}

/** `text` padded to `width` with the padding left unpainted (escape codes would upset padEnd). */
function painted(text: string, tone: Tone | undefined, style: TextStyle, width: number): string {
  return paint(text, tone, style) + ' '.repeat(Math.max(0, width - text.length));
}

const SEVERITY_TONE: Partial<Record<Severity | 'note', Tone>> = { break: 'bad', warn: 'caution' };
const TIER_TONE: Record<Tier, Tone> = { live: 'good', cold: 'caution', none: 'bad' };

/** A finding's severity word, red for break and yellow for warn, padded to `width`. */
export const severityWord = (severity: Severity | 'note', style: TextStyle, width = 0): string => painted(severity, SEVERITY_TONE[severity], style, width);

/** A tier word (live green, cold yellow, none red), padded to `width`. */
export const tierWord = (tier: Tier, style: TextStyle, width = 0): string => painted(tier, TIER_TONE[tier], style, width);

/** A verdict-like word: red when it says no (`incompatible`, `VIOLATION`), else as is. */
export const outcomeWord = (text: string, ok: boolean, style: TextStyle): string => paint(text, ok ? undefined : 'bad', style);

/** Narrower than this, wrapping would leave a column too thin to read: the line stays whole. */
const MIN_WRAP = 24;

/**
 * `text` wrapped at spaces to lines of `width` characters at most when the style has a width
 * (a word longer than that keeps a line of its own), each after the first starting with
 * `indent` spaces, so wrapped text stays under its column. Whole when there is no width.
 */
export function wrapped(text: string, indent: number, style: TextStyle): string {
  const width = style.width === undefined ? 0 : style.width - indent;
  if (width < MIN_WRAP || text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      // The two spaces before a rule id leave an empty word: no line ends or starts with it.
      lines.push(line.trimEnd());
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}
