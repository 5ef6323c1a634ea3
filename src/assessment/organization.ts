/**
 * "The same organization", once for the whole app: the results' previous
 * assessment, the start form's "start from the answers of …", the
 * comparison's rows, a trusted key's owner, the roll-up of units, the
 * Compare page and the CLI all use it. Names are compared with case,
 * spacing and Unicode form set aside, so "Health Org" and " health  org "
 * typed on two devices are one organization.
 */
export interface OrganizationName {
  name: string;
  unit?: string | undefined;
}

/** A name or unit as it is compared: NFC, trimmed, inner spaces collapsed, lower case. */
export function normalisedName(text: string | undefined): string {
  return (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * What identifies an organization (a unit of it, when it has one) across
 * assessments and results: its name and unit, normalised.
 */
export function organizationKey(organization: OrganizationName): string {
  return `${normalisedName(organization.name)}\u0000${normalisedName(organization.unit)}`;
}

/** The key of an organization by its name alone: the units of one organization share it. */
export function organizationNameKey(name: string): string {
  return normalisedName(name);
}

/**
 * Whether two are the same organization: two names (the organization as a
 * whole, whatever its units), or two organizations with their units.
 */
export function sameOrganization(a: string, b: string): boolean;
export function sameOrganization(a: OrganizationName, b: OrganizationName): boolean;
export function sameOrganization(a: string | OrganizationName, b: string | OrganizationName): boolean {
  const of = (x: string | OrganizationName): OrganizationName => (typeof x === 'string' ? { name: x } : x);
  return organizationKey(of(a)) === organizationKey(of(b));
}

/** An organization, period and model among assessments or results, with how many distinct units it has. */
export interface OrganizationGroup {
  name: string;
  nameKey: string;
  period: string;
  modelId: string;
  /** Distinct units (normalised; no unit counts as one). */
  units: number;
}

interface Grouped {
  organization: { name: string; unit?: string };
  period: string;
  model: { id: string };
}

/**
 * The organizations × periods × models among assessments or results, with
 * how many distinct units each has: what the home page links to (2+ units)
 * and what the CLI rolls up. In the order first met.
 */
export function organizationGroups(items: readonly Grouped[]): OrganizationGroup[] {
  const groups = new Map<string, OrganizationGroup & { unitKeys: Set<string> }>();
  for (const item of items) {
    const nameKey = organizationNameKey(item.organization.name);
    const key = `${nameKey}\u0000${item.period.trim()}\u0000${item.model.id}`;
    const group = groups.get(key) ?? { name: item.organization.name.trim(), nameKey, period: item.period.trim(), modelId: item.model.id, units: 0, unitKeys: new Set<string>() };
    group.unitKeys.add(normalisedName(item.organization.unit));
    group.units = group.unitKeys.size;
    groups.set(key, group);
  }
  return [...groups.values()].map(({ unitKeys: _, ...group }) => group);
}
