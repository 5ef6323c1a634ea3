/**
 * "The same organization", once for the whole app: the results' previous
 * assessment, the start form's "start from the answers of …", the
 * comparison's rows and a trusted key's owner all use it.
 */
export interface OrganizationName {
  name: string;
  unit?: string | undefined;
}

function normalised(text: string | undefined): string {
  return (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * What identifies an organization across assessments and results: its name
 * and unit, with case, spacing and Unicode form set aside, so "Health Org"
 * and " health  org " are one organization.
 */
export function organizationKey(organization: OrganizationName): string {
  return `${normalised(organization.name)}\u0000${normalised(organization.unit)}`;
}

export function sameOrganization(a: OrganizationName, b: OrganizationName): boolean {
  return organizationKey(a) === organizationKey(b);
}
