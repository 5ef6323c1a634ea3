/**
 * A panel (issue 14), as the lead's device keeps it: the respondents, their
 * imported contributions (one per respondent: a later one replaces the
 * earlier) and the consensus answers; and, on a respondent's device, the
 * assessment made from a contribution package. Every write is one
 * transaction, refused when the lead's assessment is approved (locked).
 * Its own module, loaded when first used: never on the questionnaire's
 * first visit.
 */
import {
  AnswerSchema,
  AssessmentSchema,
  PanelLeadSchema,
  PanelRespondentSchema,
  type Answer,
  type AnswerValue,
  type Assessment,
  type PanelLead,
  type PanelRespondent,
} from '../assessment/schema.ts';
import type { ContributionPackage } from '../panel/package.ts';
import { ContributionFileSchema, type StoredContribution } from '../panel/contribution-file.ts';
import { announceChange, queue, trackWrite } from './changes.ts';
import { allOrNothing, now, openGovernanceDB } from './db.ts';
import { writeUnlocked } from './review.ts';
import { StorageError } from './errors.ts';

/**
 * Keeps a checked contribution (checkContributionFile) for its assessment,
 * in one transaction; `replaced` when the same respondent's earlier one was
 * there (the page says so). Refused when the assessment is locked or gone,
 * or when the record does not belong to the assessment it names.
 */
export async function saveContribution(contribution: StoredContribution): Promise<{ replaced: boolean }> {
  const file = ContributionFileSchema.parse(contribution.file);
  const respondent = PanelRespondentSchema.parse(contribution.respondent);
  if (file.assessmentId !== contribution.assessmentId || file.respondent.id !== contribution.respondentId || respondent.id !== contribution.respondentId) {
    throw new StorageError('storage.contribution_mismatch', { assessment: contribution.assessmentId });
  }
  const record: StoredContribution = { ...contribution, respondent, file };
  const outcome = await writeUnlocked(record.assessmentId, ['assessments', 'contributions'], async (tx, assessment) => {
    const store = tx.objectStore('contributions');
    const replaced = (await store.getKey([record.assessmentId, record.respondentId])) !== undefined;
    queue(store.put(record));
    queue(tx.objectStore('assessments').put({ ...assessment, updatedAt: now() }));
    return { replaced };
  });
  announceChange({ type: 'contributions', assessmentId: record.assessmentId });
  return outcome;
}

/** The contributions imported for an assessment, by respondent id. */
export async function listContributions(assessmentId: string): Promise<StoredContribution[]> {
  const db = await openGovernanceDB();
  const found = await db.getAllFromIndex('contributions', 'by-assessment', assessmentId);
  return found.sort((a, b) => (a.respondentId < b.respondentId ? -1 : a.respondentId > b.respondentId ? 1 : 0));
}

/** Removes one respondent's contribution, in its own transaction; refused when the assessment is locked. */
export async function removeContribution(assessmentId: string, respondentId: string): Promise<void> {
  await writeUnlocked(assessmentId, ['assessments', 'contributions'], async (tx, assessment) => {
    queue(tx.objectStore('contributions').delete([assessmentId, respondentId]));
    queue(tx.objectStore('assessments').put({ ...assessment, updatedAt: now() }));
  });
  announceChange({ type: 'contributions', assessmentId });
}

/**
 * Sets the panel's respondents (name, role), in one transaction; an empty
 * list removes the panel. Contributions already imported are kept: who
 * said what stays with the assessment. Refused when locked.
 */
export async function setPanelRespondents(assessmentId: string, respondents: readonly PanelRespondent[]): Promise<Assessment> {
  const updated = await writeUnlocked(assessmentId, ['assessments'], async (tx, stored) => {
    const ids = new Set(respondents.map((r) => r.id));
    if (ids.size !== respondents.length) throw new StorageError('storage.respondent_duplicate', { assessment: assessmentId });
    const { panel: _, ...rest } = stored;
    const lead = stored.panel?.lead;
    const next = AssessmentSchema.parse({
      ...rest,
      ...(respondents.length || lead ? { panel: { respondents: respondents.map((r) => ({ ...r })), ...(lead ? { lead } : {}) } } : {}),
      updatedAt: now(),
    });
    queue(tx.objectStore('assessments').put(next));
    return next;
  });
  announceChange({ type: 'assessments' });
  return updated;
}

/**
 * The lead of the panel names themselves (name and role), once, kept with
 * the assessment's panel: every package they export says who asks. In one
 * transaction; refused when locked.
 */
export async function setPanelLead(assessmentId: string, lead: PanelLead): Promise<Assessment> {
  const checked = PanelLeadSchema.parse(lead);
  const updated = await writeUnlocked(assessmentId, ['assessments'], async (tx, stored) => {
    const next = AssessmentSchema.parse({ ...stored, panel: { respondents: stored.panel?.respondents ?? [], lead: checked }, updatedAt: now() });
    queue(tx.objectStore('assessments').put(next));
    return next;
  });
  announceChange({ type: 'assessments' });
  return updated;
}

/**
 * The lead's consensus for one question: the answer's level (what scoring,
 * files and every page read) with its rationale and time, in one
 * transaction with the assessment's time of last change. The comment and
 * evidence the answer had are kept. Refused when locked, and "not
 * applicable" without a rationale (it is the reason, required as for any
 * "not applicable"). Whether a rationale is required for a level is the
 * page's check (checkConsensus), as it knows the spread; whether the
 * question allows "not applicable" too, as it knows the model.
 */
export async function saveConsensus(assessmentId: string, questionId: string, value: AnswerValue, rationale: string): Promise<Answer> {
  if (value === 'na' && rationale.trim() === '') throw new StorageError('storage.reason_missing', { question: questionId });
  const answer = await writeUnlocked(assessmentId, ['answers', 'assessments'], async (tx, assessment) => {
    const answers = tx.objectStore('answers');
    const stored = await answers.get([assessmentId, questionId]);
    const at = now();
    const next = AnswerSchema.parse({
      assessmentId,
      questionId,
      value,
      comment: stored?.comment ?? '',
      answeredAt: at,
      ...(stored?.evidence ? { evidence: stored.evidence } : {}),
      consensus: { rationale, at },
    });
    queue(answers.put(next));
    queue(tx.objectStore('assessments').put({ ...assessment, updatedAt: at }));
    return next;
  });
  announceChange({ type: 'answer', assessmentId, questionId });
  return answer;
}

/**
 * On a respondent's device: the assessment made from a checked package
 * (checkPackage), with `contribution` set, in one transaction. The same
 * package opened again gives the assessment already made from it
 * (`existing`), answers and all: answering is resumable.
 */
export async function createAssessmentFromPackage(pkg: ContributionPackage): Promise<{ assessment: Assessment; existing: boolean }> {
  const made = await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction('assessments', 'readwrite');
    return allOrNothing(tx, async () => {
      const existing = (await tx.store.getAll()).find((a) => a.contribution?.packageId === pkg.packageId);
      if (existing) return { assessment: existing, existing: true };
      const timestamp = now();
      const assessment = AssessmentSchema.parse({
        id: crypto.randomUUID(),
        model: { id: pkg.model.id, version: pkg.model.version },
        organization: { ...pkg.assessment.organization },
        period: pkg.assessment.period,
        status: 'in-progress',
        createdAt: timestamp,
        updatedAt: timestamp,
        targets: {},
        actions: {},
        contribution: {
          packageId: pkg.packageId,
          respondent: { ...pkg.respondent },
          domains: [...pkg.domains],
          lead: {
            name: pkg.lead.name,
            ...(pkg.lead.role ? { role: pkg.lead.role } : {}),
            ...(pkg.lead.organization ? { organization: pkg.lead.organization } : {}),
            ...(pkg.lead.fingerprint ? { fingerprint: pkg.lead.fingerprint } : {}),
          },
          leadAssessmentId: pkg.assessment.id,
        },
      });
      queue(tx.store.put(assessment));
      return { assessment, existing: false };
    });
  });
  if (!made.existing) announceChange({ type: 'assessments' });
  return made;
}
