/**
 * This device's keys and the keys it trusts, in IndexedDB. A private key
 * is kept as a non-extractable CryptoKey: scripts on this page can use it
 * but nobody can read it out. It leaves the device only wrapped with a
 * passphrase, and only when the person asked for that as the key was made
 * (see exchange/private-key.ts).
 */
import { exportPublicJwk, fingerprint, generateKeyPair, type KeyUse } from '../exchange/keys.ts';
import { generateWrappableKeyPair } from '../exchange/private-key.ts';
import type { TrustedKey } from '../exchange/trust.ts';
import { announceChange, trackWrite } from './changes.ts';
import { openGovernanceDB, type OwnKey } from './db.ts';

export type { OwnKey } from "./db.ts";

/**
 * Makes this device's key for `use` (replacing any), for `organization`.
 * With a passphrase, the private key is also kept wrapped with it, so that
 * backups can carry it; without, it can never leave this browser.
 */
export async function createOwnKey(use: KeyUse, organization: string, passphrase?: string): Promise<OwnKey> {
  let record: OwnKey;
  const createdAt = new Date().toISOString();
  if (passphrase) {
    const { privateKey, publicKey, wrapped } = await generateWrappableKeyPair(use, organization, passphrase);
    record = { use, organization, privateKey, publicKey, fingerprint: wrapped.fingerprint, createdAt, wrapped };
  } else {
    const pair = await generateKeyPair(use, false);
    const publicKey = await exportPublicJwk(pair.publicKey);
    record = { use, organization, privateKey: pair.privateKey, publicKey, fingerprint: await fingerprint(publicKey), createdAt };
  }
  await trackWrite(async () => (await openGovernanceDB()).put('ownKeys', record));
  announceChange({ type: 'keys' });
  return record;
}

export async function getOwnKey(use: KeyUse): Promise<OwnKey | undefined> {
  return (await openGovernanceDB()).get('ownKeys', use);
}

export async function deleteOwnKey(use: KeyUse): Promise<void> {
  await trackWrite(async () => (await openGovernanceDB()).delete('ownKeys', use));
  announceChange({ type: 'keys' });
}

export async function listTrustedKeys(): Promise<TrustedKey[]> {
  return (await openGovernanceDB()).getAll('trustedKeys');
}

/** Trusts a signing key for one organization (replacing what was trusted under the same fingerprint). */
export async function trustKey(key: TrustedKey): Promise<void> {
  await trackWrite(async () => (await openGovernanceDB()).put('trustedKeys', key));
  announceChange({ type: 'keys' });
}

export async function removeTrustedKey(fingerprint: string): Promise<void> {
  await trackWrite(async () => (await openGovernanceDB()).delete('trustedKeys', fingerprint));
  announceChange({ type: 'keys' });
}
