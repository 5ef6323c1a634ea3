import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url, utf8 } from './bytes.ts';
import { exportPublicJwk, fingerprint, generateKeyPair } from './keys.ts';
import { signDetached, verifyDetached } from './signature.ts';

const payload = utf8('{"a":1,"é":"中文"}');

describe('detached JWS, ES256, unencoded payload', () => {
  it('verifies what it signed, naming the key by its fingerprint', async () => {
    const pair = await generateKeyPair('sign');
    const publicKey = await exportPublicJwk(pair.publicKey);
    const signature = await signDetached(payload, pair.privateKey, publicKey);
    const [header, empty, sig] = signature.jws.split('.');
    expect(empty).toBe('');
    expect(JSON.parse(new TextDecoder().decode(fromBase64Url(header!)))).toEqual({ alg: 'ES256', b64: false, crit: ['b64'], kid: await fingerprint(publicKey) });
    expect(fromBase64Url(sig!).length).toBe(64);
    expect(await verifyDetached(payload, signature)).toEqual({ ok: true, fingerprint: await fingerprint(publicKey) });
  });

  it('the JWS is standard: its signing input is BASE64URL(header) "." payload (RFC 7797)', async () => {
    const pair = await generateKeyPair('sign');
    const signature = await signDetached(payload, pair.privateKey, await exportPublicJwk(pair.publicKey));
    const [header, , sig] = signature.jws.split('.');
    const input = new Uint8Array([...utf8(`${header}.`), ...payload]);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pair.publicKey, fromBase64Url(sig!), input)).toBe(true);
  });

  it('refuses one changed byte, another key, and a changed header', async () => {
    const pair = await generateKeyPair('sign');
    const signature = await signDetached(payload, pair.privateKey, await exportPublicJwk(pair.publicKey));
    const changed = payload.slice();
    changed[3] = changed[3]! ^ 1;
    expect(await verifyDetached(changed, signature)).toEqual({ ok: false, reason: 'mismatch' });
    const other = await exportPublicJwk((await generateKeyPair('sign')).publicKey);
    expect((await verifyDetached(payload, { ...signature, publicKey: other })).ok).toBe(false);
    const [, , sig] = signature.jws.split('.');
    const b64 = toBase64Url(utf8(JSON.stringify({ alg: 'ES256', kid: 'x' })));
    expect(await verifyDetached(payload, { ...signature, jws: `${b64}..${sig}` })).toEqual({ ok: false, reason: 'malformed' });
  });
});
