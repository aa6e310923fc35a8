/** The hook's deadline: libvirt waits on the hook, so it is bounded and always armed. */
export const DEFAULT_TIMEOUT_SECONDS = 10;
export const MAX_TIMEOUT_SECONDS = 600;

/** A usable deadline: a finite number of seconds in (0, 600]. NaN, 0, negatives and Infinity are not. */
export function isTimeoutSeconds(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_TIMEOUT_SECONDS;
}

export const TIMEOUT_RANGE = `a number of seconds in (0, ${MAX_TIMEOUT_SECONDS}]`;
