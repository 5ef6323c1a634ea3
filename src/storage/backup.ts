/**
 * Backup and restore: every assessment, answer and setting on this device
 * in one file. A restore is validated whole before anything is touched,
 * and applied in one transaction: all of it, or nothing.
 */
import * as z from 'zod/mini';
import { AnswerSchema, AssessmentSchema } from '../assessment/schema.ts';
import { StoredContributionSchema } from '../panel/contribution-file.ts';
import { differentModelProblem, publishedModelHash, type ModelCatalogue } from '../exchange/model-identity.ts';
import { WrappedPrivateKeySchema, unwrapPrivateKey } from '../exchange/private-key.ts';
import { TrustedKeySchema } from '../exchange/trust.ts';
import type { Problem } from '../model/problem.ts';
import { formatPath, parseModel, type ModelProblem } from '../model/validate.ts';
import { schemaProblemOf } from '../model/schema-issues.ts';
import { announceChange, queue, trackWrite } from './changes.ts';
import { canonicalJson } from '../exchange/canonical.ts';
import { isLocked } from '../assessment/lock.ts';
import { allOrNothing, openGovernanceDB, type OwnKey } from './db.ts';
import { AssessmentLockedError } from './assessments.ts';
import { KeyPassphraseError } from './errors.ts';
import { BACKUP_MAX_BYTES } from './limits.ts';

export { BACKUP_MAX_BYTES, KeyPassphraseError };

export const BACKUP_FORMAT = 'ict-governance-backup';

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  assessments: z.array(AssessmentSchema),
  answers: z.array(AnswerSchema),
  /** The settings store (migration 2): the network benchmark a CIO loaded, under the key `benchmark`. */
  settings: z.array(z.strictObject({ key: z.string(), value: z.unknown() })),
  /** Models loaded from files, so their assessments keep their model in another browser (absent in older backups). */
  models: z._default(
    z.array(z.strictObject({ id: z.string(), version: z.string(), json: z.unknown(), fileName: z.string(), addedAt: z.string() })),
    [],
  ),
  /** This device's own private keys, only those the person chose to be able to back up: wrapped with their passphrase. */
  keys: z._default(z.array(WrappedPrivateKeySchema), []),
  /** The signing keys a coordinator trusts (public keys: nothing secret). */
  trustedKeys: z._default(z.array(TrustedKeySchema), []),
  /** A panel lead's imported contributions: who said what (migration 6; absent in older backups). */
  contributions: z._default(z.array(StoredContributionSchema), []),
});
export type Backup = z.infer<typeof BackupSchema>;

/** What is wrong with a backup file: not JSON, its shape, a model inside it, or an answer without its assessment. */
export interface BackupProblem extends Problem<'backup.not-json' | 'backup.too-large' | 'backup.no-assessment' | 'backup.model-mismatch' | ModelProblem['code']> {
  path: string;
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

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

/** Checks a backup file's text: JSON, the schema, and that every answer belongs to an assessment in it. */
export function parseBackup(text: string): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'backup.not-json', path: '$' }] };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 20).map((i): BackupProblem => ({ path: formatPath(i.path), ...schemaProblemOf(i) })) };
  }
  const ids = new Set(parsed.data.assessments.map((a) => a.id));
  const problems = parsed.data.answers.flatMap((answer, i): BackupProblem[] =>
    ids.has(answer.assessmentId)
      ? []
      : [{ code: 'backup.no-assessment', path: `$.answers[${i}].assessmentId`, params: { id: answer.assessmentId } }],
  );
  parsed.data.contributions.forEach((contribution, i) => {
    if (!ids.has(contribution.assessmentId)) {
      problems.push({ code: 'backup.no-assessment', path: `$.contributions[${i}].assessmentId`, params: { id: contribution.assessmentId } });
    }
  });
  parsed.data.models.forEach((stored, i) => {
    const checked = parseModel(stored.json);
    if (!checked.ok) problems.push(...checked.problems.map((p) => ({ ...p, path: `$.models[${i}].json${p.path.slice(1)}` })));
    else if (checked.model.id !== stored.id || checked.model.version !== stored.version) {
      const params = { id: checked.model.id, version: checked.model.version, storedId: stored.id, storedVersion: stored.version };
      problems.push({ code: 'backup.model-mismatch', path: `$.models[${i}]`, params });
    }
  });
  return problems.length ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, backup: parsed.data };
}

/**
 * The models of a backup against the models this device knows: one with a
 * known id and version but other content is refused (a version is never
 * two things), like a model file or an imported result file.
 */
export async function checkBackupModels(backup: Backup, catalogue: ModelCatalogue): Promise<BackupProblem[]> {
  const problems: BackupProblem[] = [];
  for (const [i, stored] of backup.models.entries()) {
    const known = catalogue(stored.id, stored.version);
    if (known && known.sha256 !== (await publishedModelHash(stored.json))) {
      problems.push(differentModelProblem(stored.id, stored.version, `$.models[${i}]`));
    }
  }
  return problems;
}


export interface RestorePlan {
  assessmentsAdded: number;
  assessmentsReplaced: number;
  answersAdded: number;
  answersReplaced: number;
  /** Private keys in the backup, restored only with their passphrase. */
  keys: number;
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
