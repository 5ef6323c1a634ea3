/**
 * Signatures of result files: a detached JWS (RFC 7515, compact form with
 * an empty payload) with the ES256 algorithm over the unencoded payload
 * (RFC 7797, `"b64": false`). The payload is given by the caller: for a
 * result file, the RFC 8785 canonical JSON of the file without its
 * `integrity` and `signature` members, the very bytes its integrity hash is
 * taken over. The protected header names the key by its fingerprint
 * (`kid`), and the public key travels beside the JWS so that a receiver who
 * does not know it yet can see whose it claims to be and decide to trust it.
 */
import * as z from 'zod/mini';
import { fromBase64Url, toBase64Url, utf8 } from './bytes.ts';
import { ECDSA, PublicJwkSchema, fingerprint, importPublicKey, type PublicJwk } from './keys.ts';

export const SignatureSchema = z.strictObject({
  /** `<protected header>..<signature>`, both base64url. */
  jws: z.string().check(z.maxLength(1000), z.regex(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/, 'expected a detached JWS (header..signature)')),
  publicKey: PublicJwkSchema,
});
export type Signature = z.infer<typeof SignatureSchema>;

const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

function signingInput(protectedHeader: string, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const head = utf8(`${protectedHeader}.`);
  const bytes = new Uint8Array(head.length + payload.length);
  bytes.set(head);
  bytes.set(payload, head.length);
  return bytes;
}

/** Signs `payload` with `privateKey` (ECDSA P-256), whose public half is `publicKey`. */
export async function signDetached(payload: Uint8Array, privateKey: CryptoKey, publicKey: PublicJwk): Promise<Signature> {
  const header = { alg: 'ES256', b64: false, crit: ['b64'], kid: await fingerprint(publicKey) };
  const protectedHeader = toBase64Url(utf8(JSON.stringify(header)));
  const signature = await crypto.subtle.sign(ECDSA_SHA256, privateKey, signingInput(protectedHeader, payload));
  return { jws: `${protectedHeader}..${toBase64Url(signature)}`, publicKey };
}

export type SignatureCheck = { ok: true; fingerprint: string } | { ok: false; reason: 'malformed' | 'mismatch' };

/**
 * Whether `signature` is a valid ES256 signature of `payload` by the key it
 * carries: the header must be exactly what `signDetached` writes (ES256,
 * unencoded payload, the key's own fingerprint as `kid`).
 */
export async function verifyDetached(payload: Uint8Array, signature: Signature): Promise<SignatureCheck> {
  const [protectedHeader, , encoded] = signature.jws.split('.');
  let header: Record<string, unknown>;
  let bytes: Uint8Array<ArrayBuffer>;
  let key: CryptoKey;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(protectedHeader!)));
    bytes = fromBase64Url(encoded!);
    key = await importPublicKey(signature.publicKey, 'sign');
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const kid = await fingerprint(signature.publicKey);
  const expected = { alg: 'ES256', b64: false, crit: ['b64'], kid };
  if (JSON.stringify(header) !== JSON.stringify(expected) || bytes.length !== 64) return { ok: false, reason: 'malformed' };
  const valid = await crypto.subtle.verify(ECDSA_SHA256, key, bytes, signingInput(protectedHeader!, payload));
  return valid ? { ok: true, fingerprint: kid } : { ok: false, reason: 'mismatch' };
}

export { ECDSA };
