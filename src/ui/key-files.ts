/** Key files as the screens offer and read them: names, downloads, and a key file problem in the reader's language. */
import { t } from '../i18n/index.ts';
import { createKeyFile, parseKeyFile, type KeyFile, type KeyFileProblem, type KeyUse } from '../exchange/keys.ts';
import type { OwnKey } from '../exchange/private-key.ts';
import { downloadFile } from './download.ts';

/** At least this long: a passphrase guards a private key that may travel in a backup or a file. */
export const PASSPHRASE_MIN_LENGTH = 12;

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'key'
  );
}

export async function downloadPublicKeyFile(key: OwnKey): Promise<void> {
  const file = await createKeyFile(key.use, key.organization, key.publicKey, key.createdAt);
  downloadFile(`${slug(key.organization)}-${key.use === 'sign' ? 'signing' : 'sealing'}-key.json`, JSON.stringify(file, null, 1), 'application/json');
}

export function keyProblemText(problem: KeyFileProblem): string {
  return problem.code === 'wrong-use' ? t(`keys.problem.wrong-use-${problem.expected}`) : t(`keys.problem.${problem.code}`);
}

export async function readKeyFile(file: File, use: KeyUse): Promise<{ ok: true; keyFile: KeyFile } | { ok: false; reason: string }> {
  if (file.size > 64 * 1024) return { ok: false, reason: t('keys.problem.not-key-file') };
  const checked = await parseKeyFile(await file.text(), use);
  return checked.ok ? checked : { ok: false, reason: keyProblemText(checked.problem) };
}
