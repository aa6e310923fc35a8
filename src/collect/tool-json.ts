import { InputError } from '../errors.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';

/** The JSON a tool printed, saved to `file` (read through the bounded reader), or an input error naming it. */
export function readToolJson(file: string, what: string): unknown {
  const text = readTextFile(file, what, FILE_LIMITS.toolJson);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `${what} is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** A JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An input error about one place in a tool's output, saying which output was expected. */
export function toolOutputError(file: string, tool: string): (where: string, what: string) => InputError {
  return (where, what) => new InputError(file, `${where}: ${what} (expected ${tool} output)`);
}
