/**
 * Which assessments belong to "the same organization": one definition for
 * every page, the roll-up of units, the Compare page and the CLI. Names are
 * compared with case, spacing and Unicode form set aside, so "Health Org"
 * and "health  org" typed on two devices are one organization.
 */

/** A name or unit as it is compared: NFC, trimmed, inner spaces collapsed, lower case. */
export function normalisedName(text: string | undefined): string {
  return (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The key of an organization by its name alone: the units of one organization share it. */
export function organizationNameKey(name: string): string {
  return normalisedName(name);
}

/** Whether two names are the same organization. */
export function sameOrganization(a: string, b: string): boolean {
  return organizationNameKey(a) === organizationNameKey(b);
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
