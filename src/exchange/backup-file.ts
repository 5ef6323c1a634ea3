/**
 * The backup file's format: every assessment, answer and setting of a
 * device in one file, checked whole (JSON, the schema, that every answer
 * and contribution has its assessment, the models inside it) before a
 * restore touches anything. Pure: storage/backup.ts writes and applies it.
 */
import * as z from 'zod/mini';
import { AnswerSchema, AssessmentSchema } from '../assessment/schema.ts';
import { StoredContributionSchema } from '../panel/contribution-file.ts';
import type { Problem } from '../model/problem.ts';
import { formatPath, parseModel, type ModelProblem } from '../model/validate.ts';
import { schemaProblemOf } from '../model/schema-issues.ts';
import { differentModelProblem, publishedModelHash, type ModelCatalogue } from './model-identity.ts';
import { WrappedPrivateKeySchema } from './private-key.ts';
import { TrustedKeySchema } from './trust.ts';

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
