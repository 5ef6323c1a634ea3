import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.ts';
import { createKeyFile, exportPublicJwk, fingerprint, formatFingerprint, generateKeyPair, parseKeyFile } from './keys.ts';
import { createHash } from 'node:crypto';

describe('key files and fingerprints', () => {
  it('fingerprints a key as SHA-256 of its RFC 7638 thumbprint input, reproducible with any SHA-256 tool', async () => {
    // The example key of RFC 7638's appendix is RSA; this P-256 key is RFC 7517's appendix A.1.
    const key = { kty: 'EC', crv: 'P-256', x: 'MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4', y: '4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM' } as const;
    const input = '{"crv":"P-256","kty":"EC","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4","y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM"}';
    expect(canonicalJson(key)).toBe(input);
    expect(await fingerprint(key)).toBe(createHash('sha256').update(input).digest('hex'));
    expect(formatFingerprint('0123456789abcdef'.repeat(4))).toBe('0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef');
  });

  it('writes a key file and reads it back; refuses one whose key was swapped, or meant for the other use', async () => {
    const pair = await generateKeyPair('sign');
    const file = await createKeyFile('sign', 'Health Organization', await exportPublicJwk(pair.publicKey));
    const read = await parseKeyFile(`\uFEFF${JSON.stringify(file)}`, 'sign');
    expect(read).toEqual({ ok: true, keyFile: file });
    expect(await parseKeyFile(JSON.stringify(file), 'seal')).toEqual({ ok: false, problem: { code: 'wrong-use', expected: 'seal' } });

    const other = await exportPublicJwk((await generateKeyPair('sign')).publicKey);
    expect(await parseKeyFile(JSON.stringify({ ...file, publicKey: other }))).toEqual({ ok: false, problem: { code: 'fingerprint-mismatch' } });
    const offCurve = { ...file.publicKey, y: file.publicKey.x };
    expect(await parseKeyFile(JSON.stringify({ ...file, publicKey: offCurve, fingerprint: await fingerprint(offCurve) }))).toEqual({ ok: false, problem: { code: 'not-on-curve' } });
    expect(await parseKeyFile('{"format":"x"}')).toMatchObject({ ok: false, problem: { code: 'not-key-file' } });
    expect(await parseKeyFile('not json')).toEqual({ ok: false, problem: { code: 'not-json' } });
  });

  it('makes private keys that cannot be read out', async () => {
    const pair = await generateKeyPair('sign');
    expect(pair.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', pair.privateKey)).rejects.toThrow();
  });
});
