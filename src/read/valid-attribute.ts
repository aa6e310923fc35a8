import { InputError } from '../errors.js';

/** A sysfs path below a profile: six levels of 255-byte names at most, far below this. */
export const MAX_ATTRIBUTE_NAME = 4096;

/**
 * What every attribute must be, whatever form it was read from (a sysfs file name and its
 * text can be nothing else): a non-empty name and a string value, neither holding NUL.
 * The engine keys its caches on these texts, so it relies on this.
 */
export function checkAttribute(where: string, name: unknown, value: unknown): [string, string] {
  if (typeof name !== 'string' || name === '') throw new InputError(where, 'an attribute name is empty');
  if (name.length > MAX_ATTRIBUTE_NAME) throw new InputError(where, `an attribute name is over ${MAX_ATTRIBUTE_NAME} characters`);
  if (name.includes('\0')) throw new InputError(where, `attribute name ${JSON.stringify(name)} holds a NUL character`);
  if (typeof value !== 'string') throw new InputError(where, `attribute ${name}: the value must be text`);
  if (value.includes('\0')) throw new InputError(where, `attribute ${name}: the value holds a NUL character`);
  return [name, value];
}
