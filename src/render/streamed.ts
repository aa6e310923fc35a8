/**
 * Yielded by a streamed renderer where everything so far should reach the reader: the next
 * piece may take a while to compute (a fleet matrix's next source profile).
 */
export const FLUSH = Symbol('flush');

/** One piece of a streamed document: text, or FLUSH. */
export type Piece = string | typeof FLUSH;

/** What a renderer produces: the whole document, or (for output larger than memory) its pieces in order. */
export type Rendered = string | Iterable<Piece>;
