import type { ProfileTraits, Trait } from '../traits/derive.js';
import { nfdLabel, placementTrait } from '../traits/names.js';
import type { CheckOptions } from '../types.js';

export const TRAITS_FORMAT = 'devmig/traits@1';
export const TRAITS_NOTE = 'Traits are a pre-filter: a target lacking a required trait cannot take the source live; one holding them all still needs devmig check, which stays authoritative.';
/** The namespace NFD gives an unprefixed feature name from a features.d file. */
const NFD_NAMESPACE = 'feature.node.kubernetes.io/';

const unique = (xs: string[]) => [...new Set(xs)];
const family = (t: ProfileTraits) => (t.family ? `family ${t.family}` : 'no known family');
const unmappedLine = (t: ProfileTraits) =>
  t.unmapped.length > 0 ? [`# not pre-filtered (devmig check decides): ${t.unmapped.join(', ')}`] : [];

/** OpenStack Placement: the traits a target resource provider gets, and those a source's flavor requires. */
export function renderPlacement(all: readonly ProfileTraits[]): string {
  const lines = [`# devmig traits (OpenStack Placement custom traits). ${TRAITS_NOTE}`];
  for (const t of all) {
    lines.push('', `# ${t.path} (${family(t)})`);
    lines.push(...unique(t.provides.map(placementTrait)).map((n) => `provides ${n}`));
    lines.push(...unique(t.requires.map(placementTrait)).map((n) => `requires ${n}`));
    lines.push(...unmappedLine(t));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A Node Feature Discovery features.d file (local feature source: `<name>=<value>` lines, `#`
 * comments): every provided trait of every profile as `devmig.<attribute>.<value>=true`, for the
 * node that holds the devices; the requirements follow as comments, for a source VM's node affinity.
 */
export function renderNfd(all: readonly ProfileTraits[]): string {
  const lines = [
    `# devmig traits for Node Feature Discovery (features.d). NFD names each label ${NFD_NAMESPACE}<name>.`,
    `# ${TRAITS_NOTE}`,
  ];
  const seen = new Set<string>();
  for (const t of all) {
    lines.push(`# provides: ${t.path} (${family(t)})`);
    for (const n of t.provides.map(nfdLabel)) if (!seen.has(n)) { seen.add(n); lines.push(`${n}=true`); }
  }
  for (const t of all) {
    lines.push(`# requires (node affinity, each label "true"): ${t.path}`);
    lines.push(...unique(t.requires.map(nfdLabel)).map((n) => `#   ${NFD_NAMESPACE}${n}`));
    lines.push(...unmappedLine(t));
  }
  return `${lines.join('\n')}\n`;
}

const named = (t: Trait) => ({ placement: placementTrait(t), nfd: nfdLabel(t), attribute: t.attribute, value: t.value });

/** One JSON document (schema/traits-output.schema.json). */
export function renderTraitsJson(all: readonly ProfileTraits[], opts: CheckOptions): string {
  return `${JSON.stringify({
    format: TRAITS_FORMAT, note: TRAITS_NOTE, mode: opts.mode ?? 'strict', options: opts.options ?? {},
    profiles: all.map((t) => ({ path: t.path, family: t.family, provides: t.provides.map(named), requires: t.requires.map(named), unmapped: t.unmapped })),
  }, null, 2)}\n`;
}
