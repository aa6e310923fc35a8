import { createHash } from 'node:crypto';
import type { Trait } from './derive.js';

/** os-traits: a custom trait is `CUSTOM_` then upper-case letters, digits and `_`, at most 255 characters. */
export const PLACEMENT_TRAIT = /^CUSTOM_[A-Z0-9_]+$/;
export const PLACEMENT_MAX = 255;
/** A Kubernetes label name, and a label value (the same syntax, or empty): at most 63 characters each. */
export const K8S_LABEL_NAME = /^[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;
export const K8S_LABEL_MAX = 63;
/**
 * The label prefix devmig's NFD features carry, written out rather than left to NFD's
 * auto-prefixing (which NFD deprecates): NFD's own namespace, which nfd-master always allows.
 */
export const NFD_NAMESPACE = 'feature.node.kubernetes.io/';

const PLACEMENT_PREFIX = 'CUSTOM_DEVMIG_';
const NFD_PREFIX = 'devmig.';

/** A short digest of the exact trait, so a name shortened to fit its limit stays distinct. */
const digest = (t: Trait) => createHash('sha1').update(`${t.attribute}\0${t.value}`).digest('hex').slice(0, 12);

/**
 * The Placement trait name: `CUSTOM_DEVMIG_<ATTRIBUTE>_<VALUE>`, every run of other characters
 * folded to `_` (`mdev_type` i915-GVTg_V5_4 -> CUSTOM_DEVMIG_MDEV_TYPE_I915_GVTG_V5_4). Folding
 * can only make two values share a name, which lets more pairs through, never fewer: the trait
 * stays a safe pre-filter. Over 255 characters, the tail becomes a digest.
 */
export function placementTrait(t: Trait): string {
  const body = `${t.attribute}_${t.value}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const name = PLACEMENT_PREFIX + (body || 'EMPTY');
  return name.length <= PLACEMENT_MAX ? name : `${name.slice(0, PLACEMENT_MAX - 13)}_${digest(t).toUpperCase()}`;
}

/** One label-name part: `/` becomes `.`, other characters a label may not hold become `-`. */
const labelPart = (s: string) => s.replace(/\//g, '.').replace(/[^-a-zA-Z0-9_.]/g, '-');

/**
 * The NFD feature name `devmig.<attribute>.<value>`, a valid Kubernetes label name of at most
 * 63 characters (longer: shortened with a digest); the label is NFD_NAMESPACE + the name.
 */
export function nfdLabel(t: Trait): string {
  const name = `${NFD_PREFIX}${labelPart(t.attribute)}.${labelPart(t.value)}`.replace(/[^a-zA-Z0-9]+$/, '');
  return name.length <= K8S_LABEL_MAX ? name : `${name.slice(0, K8S_LABEL_MAX - 13).replace(/[^a-zA-Z0-9]+$/, '')}-${digest(t)}`;
}
