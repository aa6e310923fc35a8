/**
 * Attribute names that are another spelling of a standard attribute (profile-format.md §2:
 * "`software_version` (alias `interface_version`)"). A profile that uses only the alias is
 * read as if it used the standard name, so a pair that spells it differently on each side
 * still compares the two values.
 */
const ALIASES: ReadonlyMap<string, string> = new Map([['interface_version', 'software_version']]);

/** The attributes with aliases renamed to their standard name, unless that name is present too. */
export function canonicalAttributes(attributes: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let out: Map<string, string> | undefined;
  for (const [alias, name] of ALIASES) {
    const value = attributes.get(alias);
    if (value === undefined || attributes.has(name)) continue;
    out ??= new Map(attributes);
    out.delete(alias);
    out.set(name, value);
  }
  return out ?? attributes;
}
