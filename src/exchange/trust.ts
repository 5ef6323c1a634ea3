/**
 * Which signatures a coordinator trusts: keys imported from an
 * organization's key file, or trusted on first use after the coordinator
 * compared the fingerprint with the organization. A key is trusted for one
 * organization (by name, as `organizationKey` compares names); a file
 * signed by it for another organization is "signed by an unknown key".
 */
import * as z from 'zod/mini';
import { sameOrganization as sameOrganizationOf } from '../assessment/organization.ts';
import { FingerprintSchema, PublicJwkSchema } from './keys.ts';

export const TrustedKeySchema = z.strictObject({
  fingerprint: FingerprintSchema,
  organization: z.string().check(z.minLength(1), z.maxLength(200)),
  publicKey: PublicJwkSchema,
  /** How the coordinator came to trust it: from the organization's key file, or from a signed file after comparing the fingerprint. */
  via: z.enum(['key-file', 'first-use']),
  addedAt: z.string(),
});
export type TrustedKey = z.infer<typeof TrustedKeySchema>;

/** Signed by a trusted key, by a key not trusted for that organization, or not signed. (A signature that does not match is refused at import.) */
export type SignatureStatus = 'trusted' | 'unknown' | 'unsigned';

const sameOrganization = (a: string, b: string) => sameOrganizationOf({ name: a }, { name: b });

export function signatureStatus(
  result: { organization: { name: string }; signature?: { fingerprint: string } },
  trusted: ReadonlyMap<string, Pick<TrustedKey, 'organization'>>,
): SignatureStatus {
  if (!result.signature) return 'unsigned';
  const key = trusted.get(result.signature.fingerprint);
  return key && sameOrganization(key.organization, result.organization.name) ? 'trusted' : 'unknown';
}
