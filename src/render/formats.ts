import type { ReportKind } from '../report/report.js';

/** check and bump: text, JSON and the CI formats. */
const RESULT_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
const EXPLAIN_FORMATS = ['text', 'json'] as const;

/**
 * The formats each report kind renders to, in the order `--help` lists them; the first one
 * that a command offers is its default. Names only, so the command line can offer them
 * without loading a renderer; src/render/registry.ts must give each one a renderer.
 */
export const FORMATS = {
  check: RESULT_FORMATS,
  bump: RESULT_FORMATS,
  series: RESULT_FORMATS,
  collect: ['text', 'json'],
  matrix: ['text', 'json', 'ndjson'],
  traits: ['placement', 'nfd', 'json'],
  'rule-list': EXPLAIN_FORMATS,
  rule: EXPLAIN_FORMATS,
  'own-rule': EXPLAIN_FORMATS,
  annotate: ['xml', 'virsh'],
  hook: ['text'],
  vm: ['text', 'json'],
  plan: ['text', 'json'],
} as const satisfies Record<ReportKind, readonly string[]>;

export type FormatOf<K extends ReportKind> = (typeof FORMATS)[K][number];

/** Kinds whose documents are streamed, a piece at a time (a fleet matrix can be far larger than memory). */
export type StreamedKind = 'matrix';
