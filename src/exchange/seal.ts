/**
 * Sealed files: a result file encrypted to one coordinator's ECDH P-256
 * key, for e-mail. The sender makes a fresh (ephemeral) P-256 key pair,
 * derives a shared secret with the coordinator's public key (ECDH), turns
 * it into an AES-256-GCM key with HKDF-SHA-256 (a random 32-byte salt,
 * info "ict-governance-sealed v1") and encrypts the file's bytes with a
 * random 12-byte IV. The envelope is JSON:
 *
 *   { "format": "ict-governance-sealed", "formatVersion": 1,
 *     "algorithm": "ECDH-ES P-256 + HKDF-SHA-256 + A256GCM",
 *     "recipient": "<fingerprint of the coordinator's key>",
 *     "ephemeralKey": { "kty": "EC", "crv": "P-256", "x": "…", "y": "…" },
 *     "salt": "<base64url>", "iv": "<base64url>", "ciphertext": "<base64url, with the 16-byte tag at its end>" }
 *
 * Every member but `ciphertext`, in RFC 8785 canonical form, is the
 * additional authenticated data: changing any of them, or any byte of the
 * ciphertext, makes opening fail.
 */
import * as z from 'zod/mini';
import type { Problem } from '../model/problem.ts';
import { formatPath } from '../model/validate.ts';
import { fromBase64Url, toBase64Url, utf8 } from './bytes.ts';
import { canonicalJson } from './canonical.ts';
import { ECDH, FingerprintSchema, PublicJwkSchema, exportPublicJwk, fingerprint, importPublicKey, type PublicJwk } from './keys.ts';

export const SEALED_FORMAT = 'ict-governance-sealed';
const ALGORITHM = 'ECDH-ES P-256 + HKDF-SHA-256 + A256GCM';
const INFO = utf8('ict-governance-sealed v1');
const B64 = (max: number) => z.string().check(z.maxLength(max), z.regex(/^[A-Za-z0-9_-]*$/, 'expected base64url'));

export const SealedEnvelopeSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  formatVersion: z.literal(1),
  algorithm: z.literal(ALGORITHM),
  recipient: FingerprintSchema,
  ephemeralKey: PublicJwkSchema,
  salt: B64(43).check(z.length(43)),
  iv: B64(16).check(z.length(16)),
  ciphertext: B64(16 * 1024 * 1024).check(z.minLength(22)),
});
export type SealedEnvelope = z.infer<typeof SealedEnvelopeSchema>;

/** Whether parsed JSON says it is a sealed envelope (to be opened, not read as a result file). */
export function isSealed(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === SEALED_FORMAT;
}

async function aesKey(privateKey: CryptoKey, publicKey: CryptoKey, salt: Uint8Array<ArrayBuffer>, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: INFO }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

const additionalData = ({ ciphertext: _ciphertext, ...header }: SealedEnvelope) => utf8(canonicalJson(header));

/** Encrypts `text` to the holder of `recipient`'s private key. */
export async function seal(text: string, recipient: PublicJwk): Promise<SealedEnvelope> {
  const ephemeral = await crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
  const salt = crypto.getRandomValues(new Uint8Array(32));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await aesKey(ephemeral.privateKey, await importPublicKey(recipient, 'seal'), salt, 'encrypt');
  const envelope: SealedEnvelope = {
    format: SEALED_FORMAT,
    formatVersion: 1,
    algorithm: ALGORITHM,
    recipient: await fingerprint(recipient),
    ephemeralKey: await exportPublicJwk(ephemeral.publicKey),
    salt: toBase64Url(salt),
    iv: toBase64Url(iv),
    ciphertext: '',
  };
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(envelope) }, key, utf8(text));
  return { ...envelope, ciphertext: toBase64Url(ciphertext) };
}

/** Why a sealed file does not open: cut short or not an envelope (at `path`), no key given, sealed for another key, or changed. */
export type OpenProblem = Problem<'seal.not-envelope' | 'seal.no-key' | 'seal.wrong-key' | 'seal.damaged'>;
export type OpenCheck = { ok: true; text: string } | { ok: false; problem: OpenProblem };

/** The coordinator's key that opens sealed files: the private key (non-extractable on a device) and its fingerprint. */
export interface SealingKey {
  privateKey: CryptoKey;
  fingerprint: string;
}

/** Opens a parsed envelope with `key`: refused when it is sealed for another key, or changed, or cut short. */
export async function openSealed(json: unknown, key: SealingKey | undefined): Promise<OpenCheck> {
  const parsed = SealedEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { code: 'seal.not-envelope', path: formatPath(issue.path) } };
  }
  const envelope = parsed.data;
  if (!key) return { ok: false, problem: { code: 'seal.no-key' } };
  if (envelope.recipient !== key.fingerprint) return { ok: false, problem: { code: 'seal.wrong-key', params: { recipient: envelope.recipient.slice(0, 16) } } };
  try {
    const aes = await aesKey(key.privateKey, await importPublicKey(envelope.ephemeralKey, 'seal'), fromBase64Url(envelope.salt), 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(envelope.iv), additionalData: additionalData(envelope) }, aes, fromBase64Url(envelope.ciphertext));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, problem: { code: 'seal.damaged' } };
  }
}
