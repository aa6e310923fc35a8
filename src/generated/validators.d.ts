// Types of the validators scripts/build.mjs generates with ajv standalone (validators.js).
import type { ValidateFunction } from 'ajv';
export const validateProfile: ValidateFunction;
export const validateRulePack: ValidateFunction;
export const validateSuppressions: ValidateFunction;
