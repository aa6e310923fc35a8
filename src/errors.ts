/** A problem with what the user gave us (a file, a flag, a pack): exit 101, one line, no stack. */
export class InputError extends Error {
  /** The file (or flag) the problem is in; printed first so the user knows where to look. */
  readonly file: string;
  /** What is wrong, without the file (so the error can be made again elsewhere, e.g. across threads). */
  readonly reason: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.reason = message;
  }
}

/** Narrow an unknown thrown value to a Node.js system error with a code such as ENOENT. */
export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;
}
