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
