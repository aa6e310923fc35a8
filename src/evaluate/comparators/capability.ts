import { capabilityOf, FEATURES_ATTRIBUTE } from '../capability.js';
import { EMITTED, type ComparatorDefinition } from '../comparator.js';
import type { CompiledRule } from '../../rules/rule-set.js';

const attributeOf = (rule: CompiledRule) => rule.spec.match.attributes?.[0] ?? FEATURES_ATTRIBUTE;

/** Why a known capability lacks `feature`, in one line naming the driver and the side. */
function lackReason(cap: Extract<ReturnType<typeof capabilityOf>, { known: true }>, feature: string, side: string, stated: string | undefined): string {
  const tooOld = cap.tooOld.find((f) => f.feature === feature);
  if (tooOld) return `${cap.driver} implements ${feature} from Linux ${tooOld.since}: the ${side} runs ${cap.kernel}`;
  if (cap.features.size === 0) {
    return cap.from === 'features' ? `${cap.driver} implements no VFIO migration: the ${side} states an empty ${FEATURES_ATTRIBUTE}` : `${cap.driver} implements no VFIO migration: the ${side}'s driver`;
  }
  return `${cap.driver} lacks ${feature}: the ${side} ${cap.from === 'features' ? `states ${FEATURES_ATTRIBUTE} ${stated}` : `has ${[...cap.features].join(' ')}`}`;
}

/** Both sides' effective capability (stated, the 2020 interface, or the driver table) includes the rule's feature. */
export const capabilityLacks: ComparatorDefinition = {
  ...EMITTED,
  explain: 'the effective migration capability of both sides (migration/features, else the 2020 interface, else the driver table) includes the feature the rule names; one finding per side that lacks it',
  params: { required: ['value'], optional: [] },
  perSide(p, side, rule, ruleSet) {
    const feature = rule.spec.value!;
    const cap = capabilityOf(p, ruleSet);
    if (!cap.known || cap.decidedByPack || cap.features.has(feature)) return null;
    return { rule, attribute: attributeOf(rule), severity: rule.spec.onFail ?? 'break', message: lackReason(cap, feature, side, p.get(FEATURES_ATTRIBUTE)) };
  },
};

/** Both sides' effective capability is known: unknown is never live. */
export const capabilityUnknown: ComparatorDefinition = {
  ...EMITTED,
  explain: 'the migration capability of both sides is known: stated in migration/features, by the 2020 interface, or by a driver the capability table knows; one finding per unknown side',
  perSide(p, side, rule, ruleSet) {
    const cap = capabilityOf(p, ruleSet);
    if (cap.known) return null;
    return {
      rule, attribute: attributeOf(rule), severity: rule.spec.onFail ?? 'break',
      message: `migration capability unknown: state ${FEATURES_ATTRIBUTE} for ${cap.driver} on the ${side} (it has no ${FEATURES_ATTRIBUTE}, no software_version, and no driver the capability table knows)`,
    };
  },
};
