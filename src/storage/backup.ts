/**
 * Backup and restore: every assessment, answer and setting on this device
 * in one file. A restore is validated whole before anything is touched,
 * and applied in one transaction: all of it, or nothing.
 */
import { BACKUP_FORMAT, type Backup, type RestorePlan } from '../exchange/backup-file.ts';
import { unwrapPrivateKey } from '../exchange/private-key.ts';
import { announceChange, queue, trackWrite } from './changes.ts';
import { canonicalJson } from '../exchange/canonical.ts';
import { isLocked } from '../assessment/lock.ts';
import { allOrNothing, openGovernanceDB, type OwnKey } from './db.ts';
import { AssessmentLockedError } from './assessments.ts';
import { KeyPassphraseError } from './errors.ts';
import { BACKUP_MAX_BYTES } from './limits.ts';

// The file's format is the exchange layer's; storage writes and applies it.
export { BACKUP_FORMAT, BackupSchema, checkBackupModels, parseBackup, type Backup, type BackupCheck, type BackupProblem, type RestorePlan } from '../exchange/backup-file.ts';
export { BACKUP_MAX_BYTES, KeyPassphraseError };

/** Everything on this device, read in one transaction so the copy is consistent. */
export async function createBackup(appVersion: string): Promise<Backup> {
  const db = await openGovernanceDB();
  const tx = db.transaction(['assessments', 'answers', 'settings', 'models', 'ownKeys', 'trustedKeys', 'contributions'], 'readonly');
  const [assessments, answers, settings, models, ownKeys, trustedKeys, contributions] = await Promise.all([
    tx.objectStore('assessments').getAll(),
    tx.objectStore('answers').getAll(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('models').getAll(),
    tx.objectStore('ownKeys').getAll(),
    tx.objectStore('trustedKeys').getAll(),
    tx.objectStore('contributions').getAll(),
  ]);
  await tx.done;
  const keys = ownKeys.flatMap((key) => (key.wrapped ? [key.wrapped] : []));
  return { format: BACKUP_FORMAT, formatVersion: 1, appVersion, createdAt: new Date().toISOString(), assessments, answers, settings, models, keys, trustedKeys, contributions };
}

/** What restoring `backup` would add and replace on this device; changes nothing. */
export async function planRestore(backup: Backup): Promise<RestorePlan> {
  const db = await openGovernanceDB();
  const tx = db.transaction(['assessments', 'answers'], 'readonly');
  const assessmentKeys = new Set(await tx.objectStore('assessments').getAllKeys());
  const answerKeys = new Set((await tx.objectStore('answers').getAllKeys()).map((key) => JSON.stringify(key)));
  await tx.done;
  const replacedAssessments = backup.assessments.filter((a) => assessmentKeys.has(a.id)).length;
  const replacedAnswers = backup.answers.filter((a) => answerKeys.has(JSON.stringify([a.assessmentId, a.questionId]))).length;
  return {
    assessmentsAdded: backup.assessments.length - replacedAssessments,
    assessmentsReplaced: replacedAssessments,
    answersAdded: backup.answers.length - replacedAnswers,
    answersReplaced: replacedAnswers,
    keys: backup.keys.length,
  };
}

/**
 * An approved assessment on this device is locked: a restore that would
 * change its record or any of its answers is refused (AssessmentLockedError,
 * nothing restored). The same records, as a backup of this device holds
 * them, are let through.
 */
async function refuseChangesToLocked(
  tx: { objectStore(name: 'assessments' | 'answers' | 'contributions'): { get(key: never): Promise<unknown> } },
  backup: Backup,
): Promise<void> {
  const same = (a: unknown, b: unknown) => a !== undefined && canonicalJson(a) === canonicalJson(b);
  const touched = new Set([...backup.assessments.map((a) => a.id), ...backup.answers.map((a) => a.assessmentId), ...(backup.contributions ?? []).map((c) => c.assessmentId)]);
  for (const id of touched) {
    const stored = (await tx.objectStore('assessments').get(id as never)) as Backup['assessments'][number] | undefined;
    if (!stored || !isLocked(stored)) continue;
    const incoming = backup.assessments.find((a) => a.id === id);
    if (incoming && !same(incoming, stored)) throw new AssessmentLockedError(id);
    for (const answer of backup.answers.filter((a) => a.assessmentId === id)) {
      if (!same(answer, await tx.objectStore('answers').get([id, answer.questionId] as never))) throw new AssessmentLockedError(id);
    }
    for (const contribution of (backup.contributions ?? []).filter((c) => c.assessmentId === id)) {
      if (!same(contribution, await tx.objectStore('contributions').get([id, contribution.respondentId] as never))) throw new AssessmentLockedError(id);
    }
  }
}

/**
 * Writes every record of `backup`, replacing records with the same keys, in
 * one transaction. The backup's private keys are restored only with
 * `passphrase` (KeyPassphraseError, and nothing restored, when it does not
 * open them); without one they are left out.
 */
export async function applyRestore(backup: Backup, passphrase?: string): Promise<void> {
  const ownKeys: OwnKey[] = [];
  for (const wrapped of passphrase === undefined ? [] : backup.keys) {
    const unwrapped = await unwrapPrivateKey(wrapped, passphrase!);
    if (!unwrapped.ok) throw new KeyPassphraseError();
    const { use, organization, publicKey, fingerprint } = wrapped;
    ownKeys.push({ use, organization, privateKey: unwrapped.privateKey, publicKey, fingerprint, createdAt: new Date().toISOString(), wrapped });
  }
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers', 'settings', 'models', 'ownKeys', 'trustedKeys', 'contributions'], 'readwrite');
    await allOrNothing(tx, async () => {
      await refuseChangesToLocked(tx, backup);
      for (const setting of backup.settings) queue(tx.objectStore('settings').put(setting));
      for (const key of ownKeys) queue(tx.objectStore('ownKeys').put(key));
      for (const key of backup.trustedKeys) queue(tx.objectStore('trustedKeys').put(key));
      for (const model of backup.models) queue(tx.objectStore('models').put(model));
      for (const assessment of backup.assessments) queue(tx.objectStore('assessments').put(assessment));
      for (const answer of backup.answers) queue(tx.objectStore('answers').put(answer));
      // A backup object made before contributions existed (not read through parseBackup) has none.
      for (const contribution of backup.contributions ?? []) queue(tx.objectStore('contributions').put(contribution));
    });
  });
  announceChange({ type: 'assessments' });
}
