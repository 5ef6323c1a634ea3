import { describe, expect, it } from 'vitest';
import { exportPublicJwk, fingerprint, generateKeyPair } from './keys.ts';
import { openSealed, seal } from './seal.ts';

async function coordinator() {
  const pair = await generateKeyPair('seal');
  const publicKey = await exportPublicJwk(pair.publicKey);
  return { publicKey, key: { privateKey: pair.privateKey, fingerprint: await fingerprint(publicKey) } };
}

describe('sealed files', () => {
  it('only the coordinator opens what was sealed to them', async () => {
    const { publicKey, key } = await coordinator();
    const text = JSON.stringify({ name: 'Организация — منظمة', n: 1 });
    const envelope = await seal(text, publicKey);
    expect(envelope).toMatchObject({ format: 'ict-governance-sealed', formatVersion: 1, recipient: key.fingerprint });
    expect(envelope.ciphertext).not.toContain('name');
    expect(await openSealed(JSON.parse(JSON.stringify(envelope)), key)).toEqual({ ok: true, text });
  });

  it('refuses another coordinator, one changed byte, a changed header and a cut file, each clearly', async () => {
    const { publicKey, key } = await coordinator();
    const envelope = await seal('{"a":1}', publicKey);
    const other = await coordinator();
    expect(await openSealed(envelope, other.key)).toEqual({ ok: false, problem: { code: 'seal.wrong-key', params: { recipient: key.fingerprint.slice(0, 16) } } });
    // The recipient rewritten to the other coordinator's: still cannot be opened.
    expect(await openSealed({ ...envelope, recipient: other.key.fingerprint }, other.key)).toEqual({ ok: false, problem: { code: 'seal.damaged' } });
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    expect(await openSealed({ ...envelope, ciphertext: flip(envelope.ciphertext, 5) }, key)).toEqual({ ok: false, problem: { code: 'seal.damaged' } });
    expect(await openSealed({ ...envelope, iv: flip(envelope.iv, 2) }, key)).toEqual({ ok: false, problem: { code: 'seal.damaged' } });
    expect(await openSealed({ ...envelope, ciphertext: envelope.ciphertext.slice(0, -4) }, key)).toEqual({ ok: false, problem: { code: 'seal.damaged' } });
    const { ciphertext: _gone, ...cut } = envelope;
    expect(await openSealed(cut, key)).toMatchObject({ ok: false, problem: { code: 'seal.not-envelope', path: '$.ciphertext' } });
    expect(await openSealed(envelope, undefined)).toEqual({ ok: false, problem: { code: 'seal.no-key' } });
  });
});
