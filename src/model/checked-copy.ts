/**
 * A shipped model's checked copy: the model as the build validated it
 * (scripts/lib/models-index.ts writes `parseModel`'s result, defaults and
 * all, as a file of its own, and the SHA-256 of that file's bytes into the
 * app). A page that opens a shipped model reads this copy and, when its
 * bytes are the ones the build wrote, takes it as it is: the schema's
 * checks ran at build time over the same data, and running them again on
 * the main thread is what held every page up. Bytes that differ (a
 * tampered or broken file, a stale cache) are never trusted: the caller
 * falls back to the model as published, validated whole. Models a person
 * loads or imports never come this way. The build writes each model's
 * language slices (./slice.ts) and the shared profiles' checked copies the
 * same way, and pages read them the same way.
 */
import type { MaturityModel } from './schema.ts';

/**
 * The file name the build gives a model's checked copy, beside the published one; with `language`, its
 * slice in that language (./slice.ts). Named after its own SHA-256, so a new copy is a new URL.
 */
export function checkedCopyName(file: string, sha256: string, language?: string): string {
  return `${file.replace(/\.json$/, '')}${language ? `.${language}` : ''}.checked-${sha256.slice(0, 12)}.json`;
}

/** The SHA-256 of these bytes, in hexadecimal. */
export async function bytesSha256(bytes: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The model in a checked copy when its bytes have the SHA-256 the build
 * gave (`expectedSha256`); undefined when they do not, or are not JSON.
 */
export async function trustCheckedCopy<T = MaturityModel>(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>, expectedSha256: string): Promise<T | undefined> {
  if ((await bytesSha256(bytes)) !== expectedSha256.toLowerCase()) return undefined;
  try {
    // The very bytes the build wrote from a validated model (or profile, or a slice of one): their shape is T's.
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    return undefined;
  }
}
