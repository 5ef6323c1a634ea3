/**
 * The canonical JSON of a value (RFC 8785, JSON Canonicalization Scheme)
 * and its SHA-256, the same in the browser (WebCrypto) and in Node, where
 * `globalThis.crypto` is WebCrypto too.
 */
import canonicalize from 'canonicalize';

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('this value has no JSON form');
  return text;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the canonical JSON of `value`: equal for equal data, whatever its key order or spacing. */
export function hashOf(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
