/**
 * A private key wrapped with a passphrase, for the only two ways a private
 * key leaves the device: inside a backup (when the person chose so when
 * the key was made) and as a file for the coordinators' CLI. The key's JWK
 * is encrypted with AES-256-GCM under a key derived from the passphrase
 * with PBKDF2-HMAC-SHA-256 (600,000 iterations, a random 32-byte salt);
 * every member but `ciphertext` (RFC 8785 canonical form) is authenticated
 * data. Unwrapped, the key is imported as non-extractable.
 */
import * as z from 'zod/mini';
import { fromBase64Url, toBase64Url, utf8 } from './bytes.ts';
import { canonicalJson } from './canonical.ts';
import { ECDH, ECDSA, FingerprintSchema, PublicJwkSchema, fingerprint, type KeyUse, type PublicJwk } from './keys.ts';

export const PRIVATE_KEY_FORMAT = 'ict-governance-private-key';
/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023). */
export const PBKDF2_ITERATIONS = 600_000;
const B64 = (length: number) => z.string().check(z.length(length), z.regex(/^[A-Za-z0-9_-]*$/, 'expected base64url'));

export const WrappedPrivateKeySchema = z.strictObject({
  format: z.literal(PRIVATE_KEY_FORMAT),
  formatVersion: z.literal(1),
  use: z.enum(['sign', 'seal']),
  organization: z.string().check(z.maxLength(200)),
  publicKey: PublicJwkSchema,
  fingerprint: FingerprintSchema,
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().check(z.int(), z.gte(100_000), z.lte(10_000_000)),
    salt: B64(43),
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: B64(16) }),
  ciphertext: z.string().check(z.maxLength(4000), z.regex(/^[A-Za-z0-9_-]+$/, 'expected base64url')),
});
export type WrappedPrivateKey = z.infer<typeof WrappedPrivateKeySchema>;

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

const additionalData = ({ ciphertext: _ciphertext, ...header }: WrappedPrivateKey) => utf8(canonicalJson(header));

/** Wraps an extractable private key with `passphrase`. */
export async function wrapPrivateKey(
  privateKey: CryptoKey,
  use: KeyUse,
  organization: string,
  publicKey: PublicJwk,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<WrappedPrivateKey> {
  const salt = crypto.getRandomValues(new Uint8Array(32));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const wrapped: WrappedPrivateKey = {
    format: PRIVATE_KEY_FORMAT,
    formatVersion: 1,
    use,
    organization,
    publicKey,
    fingerprint: await fingerprint(publicKey),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64Url(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64Url(iv) },
    ciphertext: '',
  };
  const key = await passphraseKey(passphrase, salt, iterations, 'encrypt');
  const plain = utf8(JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d }));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(wrapped) }, key, plain);
  return { ...wrapped, ciphertext: toBase64Url(ciphertext) };
}

export type UnwrapCheck = { ok: true; privateKey: CryptoKey } | { ok: false; problem: 'not-key-file' | 'wrong-passphrase' };

/** The private key inside `json`, non-extractable; refused when the passphrase is wrong or the file was changed. */
export async function unwrapPrivateKey(json: unknown, passphrase: string): Promise<UnwrapCheck> {
  const parsed = WrappedPrivateKeySchema.safeParse(json);
  if (!parsed.success || (await fingerprint(parsed.data.publicKey)) !== parsed.data.fingerprint) return { ok: false, problem: 'not-key-file' };
  const wrapped = parsed.data;
  let plain: ArrayBuffer;
  try {
    const key = await passphraseKey(passphrase, fromBase64Url(wrapped.kdf.salt), wrapped.kdf.iterations, 'decrypt');
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(wrapped.cipher.iv), additionalData: additionalData(wrapped) }, key, fromBase64Url(wrapped.ciphertext));
  } catch {
    return { ok: false, problem: 'wrong-passphrase' };
  }
  const jwk = JSON.parse(new TextDecoder().decode(plain)) as JsonWebKey;
  if (jwk.x !== wrapped.publicKey.x || jwk.y !== wrapped.publicKey.y) return { ok: false, problem: 'not-key-file' };
  const privateKey =
    wrapped.use === 'sign'
      ? await crypto.subtle.importKey('jwk', jwk, ECDSA, false, ['sign'])
      : await crypto.subtle.importKey('jwk', jwk, ECDH, false, ['deriveBits']);
  return { ok: true, privateKey };
}

/**
 * A new key pair whose private key can only ever leave as `wrapped`: it is
 * made extractable, wrapped with the passphrase at once, then imported
 * again as non-extractable; the extractable copy is dropped.
 */
export async function generateWrappableKeyPair(
  use: KeyUse,
  organization: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ privateKey: CryptoKey; publicKey: PublicJwk; wrapped: WrappedPrivateKey }> {
  const pair = use === 'sign' ? await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']) : await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publicKey = PublicJwkSchema.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  const wrapped = await wrapPrivateKey(pair.privateKey, use, organization, publicKey, passphrase, iterations);
  const unwrapped = await unwrapPrivateKey(wrapped, passphrase);
  if (!unwrapped.ok) throw new Error('the key could not be wrapped');
  return { privateKey: unwrapped.privateKey, publicKey, wrapped };
}


/** A key pair of this device, as storage keeps it (store `ownKeys`, one per use). */
export interface OwnKey {
  use: KeyUse;
  /** Whose key it is, as written in its key file. */
  organization: string;
  /** Never extractable: it cannot be read out of the browser, only used. */
  privateKey: CryptoKey;
  publicKey: PublicJwk;
  fingerprint: string;
  createdAt: string;
  /** Only when the person chose, as the key was made, to be able to back it up: the private key encrypted with their passphrase. */
  wrapped?: WrappedPrivateKey;
}
