import type { Comparator } from '../../rules/pack-types.js';
import type { ComparatorDefinition } from '../comparator.js';
import { acceptedPairs } from './accepted-pairs.js';
import { atLeast } from './at-least.js';
import { bitsSuperset } from './bits-superset.js';
import { capabilityLacks, capabilityUnknown } from './capability.js';
import { dynamicResources } from './dynamic-resources.js';
import { attributeUnreadable, familyDiffers, nameMisspelt, removalWithoutMajor, suppressionExpired, typeRenamedOnMajor, vmCapability } from './emitted.js';
import { equal } from './equal.js';
import { inRange } from './in-range.js';
import { informational } from './informational.js';
import { majorEqual } from './major-equal.js';
import { recordTags } from './record-tags.js';
import { requiredValue } from './required-value.js';
import { sourceNotValue } from './source-not-value.js';
import { subset } from './subset.js';
import { targetNotZero } from './target-not-zero.js';
import { version } from './version.js';

/** Every comparison the engine knows, by the name rule packs use; a new one fails to compile until registered. */
export const COMPARATORS = {
  equal, version, subset, 'bits-superset': bitsSuperset, 'at-least': atLeast, 'in-range': inRange,
  'required-value': requiredValue, 'record-tags': recordTags, 'accepted-pairs': acceptedPairs,
  'major-equal': majorEqual, 'dynamic-resources': dynamicResources, 'target-not-zero': targetNotZero,
  'source-not-value': sourceNotValue, informational, 'capability-lacks': capabilityLacks, 'capability-unknown': capabilityUnknown, 'removal-without-major': removalWithoutMajor, 'family-differs': familyDiffers,
  'type-renamed-on-major': typeRenamedOnMajor, 'attribute-unreadable': attributeUnreadable,
  'suppression-expired': suppressionExpired, 'name-misspelt': nameMisspelt, 'vm-capability': vmCapability,
} as const satisfies Record<Comparator, ComparatorDefinition>;
