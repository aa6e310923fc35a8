import type { RuleSet } from '../rules/rule-set.js';

/** What a VFIO variant-driver device's profile holds besides what its pack reads. */
const PCI_IDENTITY = ['vendor', 'device', 'subsystem_vendor', 'subsystem_device'];

/**
 * Variant drivers by name, each with the pack that selects it: learned from the packs'
 * `driver` select clauses, so a pack added for a new driver is collected without a code change.
 */
export function variantDrivers(rs: RuleSet): Map<string, string> {
  const out = new Map<string, string>();
  for (const { pack } of rs.packs) {
    for (const c of pack.select) if (c.attribute === 'driver' && c.equals !== undefined) out.set(c.equals, pack.id);
  }
  return out;
}

export interface Allowlist {
  /** An attribute the profile keeps. */
  allows(attribute: string): boolean;
  /** A group (`rl`, `rl/asym0`) that may hold an allowed attribute, so it is worth walking. */
  mayHold(group: string): boolean;
}

function elementMatches(glob: string, name: string): boolean {
  if (!glob.includes('*')) return glob === name;
  return new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`).test(name);
}

/** A proper prefix of `glob`'s path elements matches `group`'s elements. */
function groupPrefixOf(glob: string, group: string): boolean {
  const g = glob.split('/');
  const parts = group.split('/');
  for (const [i, part] of parts.entries()) {
    if (g[i] === '**') return true;
    if (i >= g.length - 1 || !elementMatches(g[i]!, part)) return false;
  }
  return true;
}

/**
 * The attributes a variant-driver device's profile keeps: its PCI identity and every
 * attribute its family's pack reads (rule `match.attributes` and `match.patterns`, and the
 * attributes a comparator consults beside them: `other`, `exceptListedIn`).
 */
export function packAllowlist(rs: RuleSet, packId: string): Allowlist {
  const rules = rs.rules(packId);
  const names = new Set(PCI_IDENTITY);
  const globs: string[] = [];
  for (const { spec } of rules) {
    for (const a of [...(spec.match.attributes ?? []), spec.other, spec.exceptListedIn]) if (a !== undefined) names.add(a);
    globs.push(...(spec.match.patterns ?? []));
  }
  const every = [...names, ...globs];
  return {
    allows: (a) => names.has(a) || rules.some((r) => r.claims(a)),
    mayHold: (group) => every.some((g) => groupPrefixOf(g, group)),
  };
}
