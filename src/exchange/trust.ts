/**
 * Which signatures a coordinator trusts: keys imported from an
 * organization's key file, or trusted on first use after the coordinator
 * compared the fingerprint with the organization. A key is trusted for one
 * organization (by name, as `organizationKey` compares names); a file
 * signed by it for another organization is "signed by an unknown key".
 */
import { organizationKey } from '../compare/matrix.ts';
import type { PublicJwk } from './keys.ts';

export interface TrustedKey {
  fingerprint: string;
  organization: string;
  publicKey: PublicJwk;
  /** How the coordinator came to trust it. */
  via: 'key-file' | 'first-use';
  addedAt: string;
}

/** Signed by a trusted key, by a key not trusted for that organization, or not signed. (A signature that does not match is refused at import.) */
export type SignatureStatus = 'trusted' | 'unknown' | 'unsigned';

const sameOrganization = (a: string, b: string) => organizationKey({ name: a, unit: '' }) === organizationKey({ name: b, unit: '' });

export function signatureStatus(
  result: { organization: { name: string }; signature?: { fingerprint: string } },
  trusted: ReadonlyMap<string, Pick<TrustedKey, 'organization'>>,
): SignatureStatus {
  if (!result.signature) return 'unsigned';
  const key = trusted.get(result.signature.fingerprint);
  return key && sameOrganization(key.organization, result.organization.name) ? 'trusted' : 'unknown';
}
