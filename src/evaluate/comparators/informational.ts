import { EMITTED, type ComparatorDefinition } from '../comparator.js';

/** Claims attributes so they are never compared as opaque fields (name, description, create...). */
export const informational: ComparatorDefinition = {
  ...EMITTED,
  explain: 'nothing: the attributes are informational and never compared',
};
