import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportedResult } from '../../src/exchange/import.ts';
import { formatFingerprint, keyFileProblemText, parseKeyFile } from '../../src/exchange/keys.ts';
import { unwrapPrivateKey } from '../../src/exchange/private-key.ts';
import type { SealingKey } from '../../src/exchange/seal.ts';
import { signatureStatus, type TrustedKey } from '../../src/exchange/trust.ts';

export interface CliKeys {
  trusted: Map<string, TrustedKey>;
  sealing?: SealingKey;
}

/**
 * The CLI's keys: the signing keys it trusts (every key file `*.json` in
 * `trustedFolder`, each trusted for the organization it names) and the
 * coordinator's sealing key (a private key file, its passphrase in
 * SEALING_KEY_PASSPHRASE). A key file that is not valid ends the run: a
 * coordinator must know which keys are trusted.
 */
export async function readKeys(trustedFolder: string | undefined, sealingKeyFile: string | undefined): Promise<CliKeys> {
  const trusted = new Map<string, TrustedKey>();
  for (const name of trustedFolder ? readdirSync(trustedFolder).filter((n) => n.toLowerCase().endsWith('.json')).sort() : []) {
    const checked = await parseKeyFile(readFileSync(join(trustedFolder!, name), 'utf8'), 'sign');
    if (!checked.ok) {
      console.error(`${name}: not a trusted key: ${keyFileProblemText(checked.problem)}`);
      process.exit(2);
    }
    const { fingerprint, organization, publicKey, createdAt } = checked.keyFile;
    trusted.set(fingerprint, { fingerprint, organization, publicKey, via: 'key-file', addedAt: createdAt });
  }
  if (trustedFolder) console.log(`Trusted keys (${trusted.size}): ${[...trusted.values()].map((k) => `${k.organization} ${k.fingerprint.slice(0, 8)}`).join(', ') || 'none'}`);
  if (!sealingKeyFile) return { trusted };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sealingKeyFile, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    console.error(`${sealingKeyFile}: cannot read the sealing key: ${(error as Error).message}`);
    process.exit(2);
  }
  const unwrapped = await unwrapPrivateKey(json, process.env.SEALING_KEY_PASSPHRASE ?? '');
  if (!unwrapped.ok || (json as { use?: string }).use !== 'seal') {
    console.error(
      `${sealingKeyFile}: ${!unwrapped.ok && unwrapped.problem === 'wrong-passphrase' ? 'wrong passphrase (SEALING_KEY_PASSPHRASE), or the file was changed' : 'not a sealing key file of this app'}`,
    );
    process.exit(2);
  }
  return { trusted, sealing: { privateKey: unwrapped.privateKey, fingerprint: (json as { fingerprint: string }).fingerprint } };
}

/** A result's signature status, in words, for the CLI's line per file. */
export function signatureLine(result: ImportedResult, trusted: ReadonlyMap<string, TrustedKey>): string {
  const sealed = result.sealed ? 'sealed, ' : '';
  switch (signatureStatus(result, trusted)) {
    case 'trusted':
      return `${sealed}signed by a trusted key (${trusted.get(result.signature!.fingerprint)!.organization})`;
    case 'unknown':
      return `${sealed}signed by an unknown key (fingerprint ${formatFingerprint(result.signature!.fingerprint)})`;
    case 'unsigned':
      return `${sealed}unsigned`;
  }
}
