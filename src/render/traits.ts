import type { ProfileTraits, Trait } from '../traits/derive.js';
import { NFD_NAMESPACE, nfdLabel, placementTrait } from '../traits/names.js';
import type { CheckOptions } from '../types.js';

export const TRAITS_FORMAT = 'devmig/traits@1';
export const TRAITS_NOTE = 'Traits are a pre-filter: a target lacking a required trait cannot take the source live; one holding them all still needs devmig check, which stays authoritative.';

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
 * A Node Feature Discovery features.d file (local feature source: `<label>=<value>` lines, `#`
 * comments) for the node that holds the devices: every provided trait of every profile as
 * `feature.node.kubernetes.io/devmig.<attribute>.<value>=true`. Labels only, each once, and one
 * comment line per profile: NFD ignores a file over 64 KiB. A source VM's node affinity (the
 * labels its profile requires) is in `--format json`.
 */
export function renderNfd(all: readonly ProfileTraits[]): string {
  const lines = [
    `# devmig traits for Node Feature Discovery (features.d). ${TRAITS_NOTE}`,
    '# The labels a source requires (its node affinity, each "true"): devmig traits --format json, requires[].nfd.',
  ];
  const seen = new Set<string>();
  for (const t of all) {
    lines.push(`# profile ${t.path} (${family(t)})`);
    for (const n of t.provides.map(nfdLabel)) if (!seen.has(n)) { seen.add(n); lines.push(`${NFD_NAMESPACE}${n}=true`); }
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
