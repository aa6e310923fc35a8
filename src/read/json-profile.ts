import { InputError } from '../errors.js';
import { validateProfile } from '../generated/validators.js';
import { firstSchemaError } from '../schema-error.js';
import { checkAttribute } from './valid-attribute.js';

/** The profile format this devmig reads; a newer minor is tolerated, a newer major refused. */
export const PROFILE_FORMAT_MAJOR = 1;

/** Parse and validate the JSON form; attributes land in a Map, so `__proto__` is just a name. */
export function parseJsonProfile(path: string, text: string): Map<string, string> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(path, `invalid JSON (${(err as Error).message})`);
  }
  const format = typeof doc === 'object' && doc !== null ? (doc as { format?: unknown }).format : undefined;
  const major = typeof format === 'string' ? /^devmig\/profile@(\d+)/.exec(format)?.[1] : undefined;
  if (major !== undefined && Number(major) > PROFILE_FORMAT_MAJOR) {
    throw new InputError(path, `profile format ${String(format)} is newer than this devmig reads (devmig/profile@${PROFILE_FORMAT_MAJOR}); upgrade devmig`);
  }
  if (!validateProfile(doc)) throw new InputError(path, firstSchemaError(validateProfile.errors));
  return new Map(Object.entries((doc as { attributes: Record<string, string> }).attributes).map(([name, value]) => checkAttribute(path, name, value)));
}
