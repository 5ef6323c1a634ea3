/**
 * Public keys as people exchange them: a P-256 public key (JWK), its
 * fingerprint, and the small key file an organization sends its
 * coordinator (to check its signatures) or a coordinator publishes (to be
 * sent sealed files).
 *
 * The fingerprint is the SHA-256 of the key's RFC 7638 JWK thumbprint
 * input, `{"crv":"P-256","kty":"EC","x":"…","y":"…"}` (which is also its
 * RFC 8785 canonical form), in lower-case hex. People read it as sixteen
 * groups of four characters.
 */
import * as z from 'zod/mini';
import { formatPath } from '../model/validate.ts';
import { hex, utf8 } from './bytes.ts';
import { canonicalJson } from './canonical.ts';

const Coordinate = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'expected a P-256 coordinate in base64url'));

/** A P-256 public key, just the members that make it (anything else a JWK may carry is dropped by `publicJwk`). */
export const PublicJwkSchema = z.strictObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: Coordinate, y: Coordinate });
export type PublicJwk = z.infer<typeof PublicJwkSchema>;

export const FingerprintSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a key fingerprint: SHA-256 in lower-case hex'));

/** What a key is for: signing result files (ECDSA) or receiving sealed ones (ECDH). */
export type KeyUse = 'sign' | 'seal';

export const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

export function publicJwk(jwk: JsonWebKey): PublicJwk {
  return PublicJwkSchema.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
}

export async function fingerprint(key: PublicJwk): Promise<string> {
  const thumbprintInput = canonicalJson({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
  return hex(await crypto.subtle.digest('SHA-256', utf8(thumbprintInput)));
}

/** The fingerprint as a person reads it aloud or compares it: `3f2a 9c01 …`, sixteen groups of four. */
export function formatFingerprint(value: string): string {
  return value.match(/.{1,4}/g)?.join(' ') ?? value;
}

/** A new key pair on this device. The private key is not extractable unless asked (only to be wrapped with a passphrase at once). */
export async function generateKeyPair(use: KeyUse, extractable = false): Promise<CryptoKeyPair> {
  return use === 'sign'
    ? crypto.subtle.generateKey(ECDSA, extractable, ['sign', 'verify'])
    : crypto.subtle.generateKey(ECDH, extractable, ['deriveBits']);
}

export async function exportPublicJwk(key: CryptoKey): Promise<PublicJwk> {
  return publicJwk(await crypto.subtle.exportKey('jwk', key));
}

/** The WebCrypto public key of `jwk`; rejects a point that is not on the curve. */
export function importPublicKey(jwk: PublicJwk, use: KeyUse): Promise<CryptoKey> {
  return use === 'sign' ? crypto.subtle.importKey('jwk', jwk, ECDSA, true, ['verify']) : crypto.subtle.importKey('jwk', jwk, ECDH, true, []);
}

export const KEY_FILE_FORMAT = 'ict-governance-public-key';

export const KeyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  formatVersion: z.literal(1),
  use: z.enum(['sign', 'seal']),
  /** Whose key it is, as they name themselves. */
  organization: z.string().check(z.minLength(1), z.maxLength(200)),
  publicKey: PublicJwkSchema,
  fingerprint: FingerprintSchema,
  createdAt: z.iso.datetime(),
});
export type KeyFile = z.infer<typeof KeyFileSchema>;

export async function createKeyFile(use: KeyUse, organization: string, key: PublicJwk, createdAt = new Date().toISOString()): Promise<KeyFile> {
  return { format: KEY_FILE_FORMAT, formatVersion: 1, use, organization, publicKey: key, fingerprint: await fingerprint(key), createdAt };
}

export type KeyFileProblem =
  | { code: 'not-json' }
  | { code: 'not-key-file'; path: string }
  | { code: 'wrong-use'; expected: KeyUse }
  | { code: 'fingerprint-mismatch' }
  | { code: 'not-on-curve' };
export type KeyFileCheck = { ok: true; keyFile: KeyFile } | { ok: false; problem: KeyFileProblem };

/** Reads a key file's text: its shape, that its fingerprint is its key's, that the key is a point of P-256 and, with `use`, what it is for. */
export async function parseKeyFile(text: string, use?: KeyUse): Promise<KeyFileCheck> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const parsed = KeyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { code: 'not-key-file', path: formatPath(issue.path) } };
  }
  const keyFile = parsed.data;
  if (use && keyFile.use !== use) return { ok: false, problem: { code: 'wrong-use', expected: use } };
  if ((await fingerprint(keyFile.publicKey)) !== keyFile.fingerprint) return { ok: false, problem: { code: 'fingerprint-mismatch' } };
  try {
    await importPublicKey(keyFile.publicKey, keyFile.use);
  } catch {
    return { ok: false, problem: { code: 'not-on-curve' } };
  }
  return { ok: true, keyFile };
}

/** English wording of a key file problem, for the CLI. */
export function keyFileProblemText(problem: KeyFileProblem): string {
  switch (problem.code) {
    case 'not-json':
      return 'not a JSON file';
    case 'not-key-file':
      return `not a key file of this app (at ${problem.path})`;
    case 'wrong-use':
      return problem.expected === 'sign' ? 'this key is for sealing files, not for checking signatures' : 'this key is for checking signatures, not for sealing files';
    case 'fingerprint-mismatch':
      return 'the fingerprint written in the file is not its key’s: the file was changed';
    case 'not-on-curve':
      return 'the key is not a valid P-256 public key';
  }
}
