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

/** Node's own hash, where there is one (the CLI): the same digest as WebCrypto's, several times faster on large text. */
interface NodeHash {
  update(text: string, encoding: 'utf8'): NodeHash;
  digest(encoding: 'hex'): string;
}
interface NodeHashing {
  createHash(algorithm: 'sha256'): NodeHash;
}
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | NodeHashing
  | undefined;

/** SHA-256 of the UTF-8 text, or of the texts one after the other (without joining them into one large string). */
export async function sha256Hex(text: string | readonly string[]): Promise<string> {
  const parts = typeof text === 'string' ? [text] : text;
  if (nodeCrypto) {
    const hash = nodeCrypto.createHash('sha256');
    for (const part of parts) hash.update(part, 'utf8');
    return hash.digest('hex');
  }
  const encoded = parts.map((part) => new TextEncoder().encode(part));
  const bytes = new Uint8Array(encoded.reduce((n, part) => n + part.length, 0));
  encoded.reduce((offset, part) => (bytes.set(part, offset), offset + part.length), 0);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The canonical JSON of `value` with the member at `key` of its member
 * `parent` already given in canonical form, as three texts to be read one
 * after the other: RFC 8785 writes each member's value on its own, so the
 * text of the rest is made with a placeholder no input can contain (a fresh
 * random one) and the given text goes in its place. Saves canonicalizing a
 * large part (an embedded model) again, and copying it into one string.
 */
export function canonicalJsonWithPart(value: Record<string, unknown>, parent: string, key: string, partCanonical: string): [string, string, string] {
  const placeholder = `\u0000${crypto.randomUUID()}`;
  const outer = value[parent] as Record<string, unknown>;
  const text = canonicalJson({ ...value, [parent]: { ...outer, [key]: placeholder } });
  const quoted = canonicalJson(placeholder);
  const at = text.indexOf(quoted);
  if (at < 0 || text.indexOf(quoted, at + 1) >= 0) throw new Error('the placeholder is not where it was put');
  return [text.slice(0, at), partCanonical, text.slice(at + quoted.length)];
}

/** SHA-256 of the canonical JSON of `value`: equal for equal data, whatever its key order or spacing. */
export function hashOf(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
