import type { ErrorObject } from 'ajv';

/** One line from ajv's errors: where in the document, and what is wrong there. */
export function firstSchemaError(errors: readonly ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return 'does not match its schema';
  const where = e.instancePath === '' ? 'top level' : e.instancePath;
  const extra = e.keyword === 'additionalProperties' ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
    : e.keyword === 'enum' ? ` (${(e.params as { allowedValues?: unknown[] }).allowedValues?.join(', ')})` : '';
  return `schema: ${where} ${e.message ?? 'is invalid'}${extra}`;
}
