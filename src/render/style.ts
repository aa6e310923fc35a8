import type { Severity, Tier } from '../types.js';

/** How a text renderer may dress its output; the machine formats (JSON, SARIF, JUnit...) take none. */
export interface TextStyle {
  /** Colour the words that carry a verdict (the command line decides: a terminal, --color, NO_COLOR). */
  readonly color?: boolean;
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
