import { describe, expect, it } from 'vitest';
import { utf8 } from './bytes.ts';
import { generateWrappableKeyPair, unwrapPrivateKey } from './private-key.ts';

const FEW = 100_000; // the lowest count accepted, to keep the test quick

describe('private keys wrapped with a passphrase', () => {
  it('keeps a non-extractable key on the device and a wrapped copy that only the passphrase opens', async () => {
    const { privateKey, publicKey, wrapped } = await generateWrappableKeyPair('sign', 'Health Organization', 'correct horse battery staple', FEW);
    expect(privateKey.extractable).toBe(false);
    expect(JSON.stringify(wrapped)).not.toMatch(/"d"/);
    expect(await unwrapPrivateKey(wrapped, 'wrong')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    const unwrapped = await unwrapPrivateKey(JSON.parse(JSON.stringify(wrapped)), 'correct horse battery staple');
    expect(unwrapped.ok).toBe(true);
    if (!unwrapped.ok) return;
    expect(unwrapped.privateKey.extractable).toBe(false);
    // The unwrapped key is the same key: what it signs, the public key verifies.
    const data = utf8('x');
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, unwrapped.privateKey, data);
    const verifier = await crypto.subtle.importKey('jwk', publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, verifier, signature, data)).toBe(true);
  });

  it('refuses a wrapped key whose header was changed (fewer iterations, another organization)', async () => {
    const { wrapped } = await generateWrappableKeyPair('seal', 'Coordinator', 'pass phrase', FEW);
    expect(await unwrapPrivateKey({ ...wrapped, organization: 'Someone else' }, 'pass phrase')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(await unwrapPrivateKey({ ...wrapped, kdf: { ...wrapped.kdf, iterations: 50_000 } }, 'pass phrase')).toEqual({ ok: false, problem: 'not-key-file' });
  });
});
