import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../src/exchange/bytes.ts';
import { hashOf } from '../src/exchange/canonical.ts';
import { createKeyFile, exportPublicJwk, generateKeyPair } from '../src/exchange/keys.ts';
import { generateWrappableKeyPair } from '../src/exchange/private-key.ts';
import { signedContent } from '../src/exchange/result-file.ts';
import { seal } from '../src/exchange/seal.ts';
import { signDetached } from '../src/exchange/signature.ts';

const tsx = join('node_modules', '.bin', 'tsx');

function run(args: string[], env: Record<string, string> = {}): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(tsx, ['scripts/compare.ts', ...args], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

async function signed(file: Record<string, unknown>, key: CryptoKeyPair): Promise<Record<string, unknown>> {
  return { ...file, signature: await signDetached(utf8(signedContent(file)), key.privateKey, await exportPublicJwk(key.publicKey)) };
}

describe('npm run compare -- --trusted-keys, --sealing-key', () => {
  it('says per file trusted, unknown key or unsigned; refuses a forged signature; opens files sealed to its key', async () => {
    const samples = mkdtempSync(join(tmpdir(), 'samples-'));
    execFileSync(tsx, ['scripts/sample-results.ts', '--count', '4', '--out', samples, '--seed', '11']);
    const [a, b, c, d] = readdirSync(samples).sort().map((name) => JSON.parse(readFileSync(join(samples, name), 'utf8')));
    const trustedKey = await generateKeyPair('sign');
    const strangerKey = await generateKeyPair('sign');
    const sealing = await generateWrappableKeyPair('seal', 'Coordinator', 'coordinator passphrase');

    const folder = mkdtempSync(join(tmpdir(), 'signed-'));
    const keys = mkdtempSync(join(tmpdir(), 'trusted-'));
    const signedA = await signed(a, trustedKey);
    const forged = JSON.parse(JSON.stringify(signedA));
    forged.organization.name = `${forged.organization.name}!`;
    forged.assessment.id = `${forged.assessment.id}-forged`;
    const { integrity, signature: _signature, ...content } = forged;
    forged.integrity = { ...integrity, hash: await hashOf(content) };
    writeFileSync(join(folder, 'a-trusted.json'), JSON.stringify(signedA));
    writeFileSync(join(folder, 'b-stranger.json'), JSON.stringify(await signed(b, strangerKey)));
    writeFileSync(join(folder, 'c-unsigned.json'), JSON.stringify(c));
    writeFileSync(join(folder, 'e-forged.json'), JSON.stringify(forged));
    writeFileSync(join(folder, 'f-sealed.json'), JSON.stringify(await seal(JSON.stringify(await signed(d, trustedKey)), sealing.publicKey)));
    writeFileSync(join(keys, 'trusted.json'), JSON.stringify(await createKeyFile('sign', a.organization.name, await exportPublicJwk(trustedKey.publicKey))));
    // A key file trusted for another organization: the key of b is not trusted for b.
    writeFileSync(join(keys, 'other.json'), JSON.stringify(await createKeyFile('sign', 'Someone else', await exportPublicJwk(strangerKey.publicKey))));
    const privateFile = join(mkdtempSync(join(tmpdir(), 'private-')), 'sealing-key.json');
    writeFileSync(privateFile, JSON.stringify(sealing.wrapped));

    const { status, output } = run([folder, '--trusted-keys', keys, '--sealing-key', privateFile, '--allow-rejected'], { SEALING_KEY_PASSPHRASE: 'coordinator passphrase' });
    expect(status).toBe(0);
    expect(output).toMatch(new RegExp(`accepted +a-trusted\\.json: signed by a trusted key \\(${a.organization.name}\\)`));
    expect(output).toMatch(/accepted +b-stranger\.json: signed by an unknown key \(fingerprint ([0-9a-f]{4} ){15}[0-9a-f]{4}\)/);
    expect(output).toMatch(/accepted +c-unsigned\.json: unsigned/);
    expect(output).toMatch(/rejected +e-forged\.json: At \$\.signature: The signature does not match/);
    // Sealed, and signed with the key trusted for a's organization, which is not d's: a key is trusted for one organization.
    expect(a.organization.name).not.toBe(d.organization.name);
    expect(output).toMatch(/accepted +f-sealed\.json: sealed, signed by an unknown key/);

    // Without the sealing key, or with a wrong passphrase: the sealed file is refused, or the run does not start.
    expect(run([folder, '--allow-rejected']).output).toMatch(/rejected +f-sealed\.json: A sealed file: only the coordinator’s sealing key opens it/);
    const wrong = run([folder, '--sealing-key', privateFile], { SEALING_KEY_PASSPHRASE: 'nope' });
    expect(wrong.status).toBe(2);
    expect(wrong.output).toMatch(/wrong passphrase/);
  }, 120_000);
});
