/** Assessments and their answers: one record per assessment, one per answer. */
import type { Level } from '../model/schema.ts';
import {
  AnswerSchema,
  AssessmentSchema,
  NewAssessmentSchema,
  type Action,
  type Answer,
  type AnswerValue,
  type Assessment,
  type NewAssessment,
  type Evidence,
  type ProfileValue,
} from '../assessment/schema.ts';
import { isLocked } from '../assessment/lock.ts';
import { announceChange, onChangeElsewhere, queue, trackWrite } from './changes.ts';
import { allOrNothing, now, openGovernanceDB, openedGovernanceDB } from './db.ts';
import { StorageError } from './errors.ts';

/**
 * A write to an approved (locked) assessment: its answers, evidence,
 * targets, actions and profile are refused until it is reopened.
 */
export class AssessmentLockedError extends StorageError {
  readonly code = 'assessment-locked';
  constructor(readonly assessmentId: string) {
    super('storage.assessment_locked', { assessment: assessmentId });
    this.name = 'AssessmentLockedError';
  }
}

/** Throws AssessmentLockedError when the stored assessment is approved. */
export function refuseLocked(assessment: Pick<Assessment, 'id' | 'status' | 'review'>): void {
  if (isLocked(assessment)) throw new AssessmentLockedError(assessment.id);
}

/** An answer was given for an assessment that is no longer on this device (deleted in another tab). */
export class AssessmentMissingError extends StorageError {
  constructor(readonly assessmentId: string) {
    super('storage.assessment_missing', { assessment: assessmentId });
    this.name = 'AssessmentMissingError';
  }
}

/** A new assessment, in progress, with nothing chosen yet, as both ways of starting one store it. */
function newAssessment(input: NewAssessment, id: string, timestamp: string, more: Partial<Assessment> = {}): Assessment {
  const details = NewAssessmentSchema.parse(input);
  return AssessmentSchema.parse({
    id,
    model: { id: details.modelId, version: details.modelVersion },
    organization: details.organization,
    period: details.period,
    status: 'in-progress',
    createdAt: timestamp,
    updatedAt: timestamp,
    targets: {},
    actions: {},
    ...more,
  });
}

/**
 * Starts an assessment. With `copyAnswersFrom`, the answers and comments of
 * that assessment (an earlier period, say) are copied as a starting point,
 * in the same transaction; with `carryProfileFrom`, that assessment's
 * governance profile is (the facts of the organization, to review rather
 * than give again).
 */
export async function createAssessment(input: NewAssessment, copyAnswersFrom?: string, carryProfileFrom?: string): Promise<Assessment> {
  const assessment = newAssessment(input, crypto.randomUUID(), now());
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers'], 'readwrite');
    const answers = tx.objectStore('answers');
    if (carryProfileFrom) {
      const source = await tx.objectStore('assessments').get(carryProfileFrom);
      if (source?.profile) assessment.profile = structuredClone(source.profile);
    }
    if (copyAnswersFrom) {
      const source = await tx.objectStore('assessments').get(copyAnswersFrom);
      if (source) assessment.targets = { ...source.targets };
      for (const answer of await answers.index('by-assessment').getAll(copyAnswersFrom)) {
        queue(answers.put({ ...answer, assessmentId: assessment.id }));
      }
    }
    queue(tx.objectStore('assessments').add(assessment));
    await tx.done;
  });
  announceChange({ type: 'assessments' });
  return assessment;
}

/** Every assessment on this device, most recently changed first. */
export async function listAssessments(): Promise<Assessment[]> {
  const db = await openGovernanceDB();
  return (await db.getAllFromIndex('assessments', 'by-updated')).reverse();
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const db = await openGovernanceDB();
  return noteLock(await db.get('assessments', id));
}

/** Deletes an assessment and all its answers, together or not at all. */
export async function deleteAssessment(id: string): Promise<void> {
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers', 'contributions'], 'readwrite');
    const answers = tx.objectStore('answers');
    for (const key of await answers.index('by-assessment').getAllKeys(id)) queue(answers.delete(key));
    // A panel's contributions go with their assessment.
    const contributions = tx.objectStore('contributions');
    for (const key of await contributions.index('by-assessment').getAllKeys(id)) queue(contributions.delete(key));
    queue(tx.objectStore('assessments').delete(id));
    await tx.done;
  });
  announceChange({ type: 'assessments' });
}

export async function listAnswers(assessmentId: string): Promise<Answer[]> {
  const db = await openGovernanceDB();
  return db.getAllFromIndex('answers', 'by-assessment', assessmentId);
}

export interface AnswerInput {
  assessmentId: string;
  questionId: string;
  value: AnswerValue | null;
  comment: string;
}

/**
 * Saves one answer in its own transaction, together with the assessment's
 * time of last change; resolves once the transaction has committed, and
 * rejects (nothing written) when it fails.
 */
export function saveAnswer(input: AnswerInput): Promise<Answer> {
  return trackWrite(() => writeAnswer(input)).then((answer) => {
    announceChange({ type: 'answer', assessmentId: answer.assessmentId, questionId: answer.questionId });
    return answer;
  });
}

async function writeAnswer(input: AnswerInput): Promise<Answer> {
  const db = openedGovernanceDB() ?? (await openGovernanceDB());
  const tx = db.transaction(['answers', 'assessments'], 'readwrite');
  const assessments = tx.objectStore('assessments');
  const answers = tx.objectStore('answers');
  return allOrNothing(tx, async () => {
    // Both reads are asked at once (one round trip to the database, not two);
    // the answer is checked while they are on their way.
    const reads = Promise.all([assessments.get(input.assessmentId), answers.get([input.assessmentId, input.questionId])]);
    // When the check below throws, the transaction is aborted and the reads fail with it: that failure is not news.
    queue(reads);
    const checked = AnswerSchema.parse({
      assessmentId: input.assessmentId,
      questionId: input.questionId,
      value: input.value,
      comment: input.comment,
      answeredAt: now(),
    });
    const [assessment, stored] = await reads;
    if (!assessment) throw new AssessmentMissingError(input.assessmentId);
    refuseLocked(assessment);
    // The evidence register is saved apart (saveEvidence): a level or a comment keeps it (as stored, validated then).
    // A panel's consensus stays with its level: a new comment keeps it, another level is no longer the consensus.
    const consensus = stored?.consensus && stored.value === checked.value ? stored.consensus : undefined;
    const answer: Answer = { ...checked, ...(stored?.evidence ? { evidence: stored.evidence } : {}), ...(consensus ? { consensus } : {}) };
    // A record refused as it is queued (a full disk can show here) aborts the rest.
    queue(answers.put(answer));
    queue(assessments.put({ ...assessment, updatedAt: answer.answeredAt }));
    // Nothing more to ask: commit now rather than after the puts' replies (one round trip less).
    tx.commit();
    return answer;
  });
}

/**
 * Saves one answer while the page is being hidden or unloaded, when there is
 * no time to wait for anything: the request is queued and committed in the
 * same task (the assessment's time of last change is not updated). Returns
 * false when no connection is open yet.
 */
export function saveAnswerBeforeUnload(input: AnswerInput & { evidence?: Evidence[]; consensus?: Answer['consensus'] }): boolean {
  const openConnection = openedGovernanceDB();
  if (!openConnection) return false;
  // No time to read first (a page being unloaded runs no more callbacks, and
  // a write that waits is lost): the lock is judged by what this page last
  // read or wrote of the assessment, and the evidence register is the one
  // the page holds.
  if (knownLocked.get(input.assessmentId)) return false;
  const { evidence, ...rest } = input;
  const answer = AnswerSchema.parse({ ...rest, answeredAt: now(), ...(evidence?.length ? { evidence } : {}) });
  const tx = openConnection.transaction('answers', 'readwrite');
  queue(tx.objectStore('answers').put(answer));
  tx.commit();
  tx.done.then(
    () => announceChange({ type: 'answer', assessmentId: answer.assessmentId, questionId: answer.questionId }),
    () => undefined,
  );
  return true;
}

/** Whether each assessment this page last read or wrote was locked: for the one write that cannot read first. */
const knownLocked = new Map<string, boolean>();
/**
 * Each assessment record as this page last read or wrote it, forgotten as
 * soon as another tab says it changed assessments; and the changes of this
 * page's own writes still in flight. Together, the record as it will stand
 * once those writes commit: what a write made as the page goes away starts
 * from, having no time to read (saveAssessmentBeforeUnload).
 */
const lastKnown = new Map<string, Assessment>();
const inFlight = new Map<string, Array<(assessment: Assessment) => Assessment>>();
let forgettingOnChangeElsewhere = false;
function noteLock<T extends Assessment | undefined>(assessment: T): T {
  if (assessment) {
    knownLocked.set(assessment.id, isLocked(assessment));
    lastKnown.set(assessment.id, assessment);
    if (!forgettingOnChangeElsewhere) {
      forgettingOnChangeElsewhere = true;
      onChangeElsewhere((change) => change.type === 'assessments' && lastKnown.clear());
    }
  }
  return assessment;
}

/**
 * Applies `change` to an assessment record as the page goes away (pagehide),
 * in a write issued at once: typing not yet saved (an action, a profile
 * value) is kept when the page is reloaded or closed. The record is this
 * page's last copy with its own writes in flight applied (a read would never
 * be answered); so the write is made only when that copy is known current
 * and the assessment is not locked. True when the write was issued.
 */
export function saveAssessmentBeforeUnload(id: string, change: (assessment: Assessment) => Assessment): boolean {
  const openConnection = openedGovernanceDB();
  let record = lastKnown.get(id);
  if (!openConnection || !record || isLocked(record)) return false;
  let next: Assessment;
  try {
    for (const pending of inFlight.get(id) ?? []) record = pending(record);
    next = AssessmentSchema.parse({ ...change(record), updatedAt: now() });
  } catch {
    return false; // a change the rules refuse is not written
  }
  const tx = openConnection.transaction('assessments', 'readwrite');
  queue(tx.objectStore('assessments').put(next));
  tx.commit();
  lastKnown.set(id, next);
  tx.done.then(
    () => announceChange({ type: 'assessments' }),
    () => undefined,
  );
  return true;
}

/**
 * Changes one assessment record in its own transaction: reads the stored
 * record (another tab may have changed it), applies `change`, validates and
 * writes it back, then tells the other tabs.
 */
export async function updateAssessment(
  id: string,
  change: (assessment: Assessment) => Assessment,
  /** Only a review move may change an approved assessment (to reopen it). */
  { review = false }: { review?: boolean } = {},
): Promise<Assessment> {
  const pending = inFlight.get(id) ?? [];
  inFlight.set(id, [...pending, change]);
  try {
    const updated = await trackWrite(async () => {
      const db = await openGovernanceDB();
      const tx = db.transaction('assessments', 'readwrite');
      return allOrNothing(tx, async () => {
        const stored = await tx.store.get(id);
        if (!stored) throw new AssessmentMissingError(id);
        if (!review) refuseLocked(stored);
        const next = AssessmentSchema.parse({ ...change(stored), updatedAt: now() });
        queue(tx.store.put(next));
        return next;
      });
    });
    announceChange({ type: 'assessments' });
    return noteLock(updated);
  } finally {
    const left = (inFlight.get(id) ?? []).filter((c) => c !== change);
    if (left.length) inFlight.set(id, left);
    else inFlight.delete(id);
  }
}

/** Sets target levels (element id → level); `null` returns an element to the model's default. */
export function saveTargets(assessmentId: string, targets: Readonly<Record<string, Level | null>>): Promise<Assessment> {
  return updateAssessment(assessmentId, (assessment) => {
    const next = { ...assessment.targets };
    for (const [elementId, level] of Object.entries(targets)) {
      if (level === null) delete next[elementId];
      else next[elementId] = level;
    }
    return { ...assessment, targets: next };
  });
}

/**
 * Saves one governance profile item's value in its own transaction; `null`
 * (or an empty text or list) removes it. Refused, changing nothing, when the
 * assessment is final.
 */
export function saveProfileValue(assessmentId: string, itemId: string, value: ProfileValue | null): Promise<Assessment> {
  return updateAssessment(assessmentId, withProfileValues({ [itemId]: value }));
}

/** Profile values typed and not yet given (a field not left) as the page goes away: see saveAssessmentBeforeUnload. */
export function saveProfileValuesBeforeUnload(assessmentId: string, values: Readonly<Record<string, ProfileValue | null>>): boolean {
  return saveAssessmentBeforeUnload(assessmentId, withProfileValues(values));
}

function withProfileValues(values: Readonly<Record<string, ProfileValue | null>>) {
  return (assessment: Assessment): Assessment => {
    refuseLocked(assessment);
    const profile = { ...assessment.profile };
    for (const [itemId, value] of Object.entries(values)) {
      const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
      if (empty) delete profile[itemId];
      else profile[itemId] = value;
    }
    return { ...assessment, profile };
  };
}

/** Sets the planned action for one element. */
export function saveAction(assessmentId: string, elementId: string, action: Action): Promise<Assessment> {
  return updateAssessment(assessmentId, withAction(elementId, action));
}

/** An action typed and not yet saved as the page goes away: see saveAssessmentBeforeUnload. */
export function saveActionBeforeUnload(assessmentId: string, elementId: string, action: Action): boolean {
  return saveAssessmentBeforeUnload(assessmentId, withAction(elementId, action));
}

function withAction(elementId: string, action: Action) {
  return (assessment: Assessment): Assessment => ({ ...assessment, actions: { ...assessment.actions, [elementId]: action } });
}

/** Remembers where the person is in the questionnaire. */
export async function saveLastElement(assessmentId: string, elementId: string): Promise<void> {
  const db = await openGovernanceDB();
  const tx = db.transaction('assessments', 'readwrite');
  const assessment = await tx.store.get(assessmentId);
  if (assessment && assessment.lastElementId !== elementId) {
    queue(tx.store.put({ ...assessment, lastElementId: elementId }));
  }
  await tx.done;
}

/** How many questions of an assessment have an answer (a level or "not applicable"). */
export async function countAnswered(assessmentId: string): Promise<number> {
  const answers = await listAnswers(assessmentId);
  return answers.filter((a) => a.value !== null).length;
}

/**
 * A new full assessment that starts from a quick check: the record and its
 * pre-filled answers (marked "to confirm" on the record) written in one
 * transaction, so that it exists whole or not at all. `prefill` gives the
 * answers for the new assessment's id at the time it is created.
 */
export async function createAssessmentFromQuickCheck(
  input: NewAssessment,
  from: { assessmentId: string; model: { id: string; version: string } },
  prefill: (assessmentId: string, at: string) => { answers: Answer[]; toConfirm: string[] },
): Promise<Assessment> {
  const timestamp = now();
  const id = crypto.randomUUID();
  const { answers, toConfirm } = prefill(id, timestamp);
  const assessment = newAssessment(input, id, timestamp, { prefilled: { from, at: timestamp, toConfirm } });
  const records = answers.map((answer) => AnswerSchema.parse(answer));
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers'], 'readwrite');
    await allOrNothing(tx, async () => {
      queue(tx.objectStore('assessments').add(assessment));
      const store = tx.objectStore('answers');
      for (const answer of records) queue(store.put(answer));
    });
  });
  announceChange({ type: 'assessments' });
  return assessment;
}

/**
 * Moves an assessment to a newer version of its model, as planned and
 * confirmed (see model/migration.ts): the assessment and every one of its
 * answers are replaced in one transaction, or nothing changes. A final
 * assessment is refused: it must be reopened first.
 */
export async function moveAssessment(assessment: Assessment, answers: readonly Answer[], review: readonly string[], from: string): Promise<Assessment> {
  const moved = AssessmentSchema.parse({ ...assessment, updatedAt: now(), migrated: { from, at: now(), review: [...review] } });
  const records = answers.map((answer) => AnswerSchema.parse(answer));
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers'], 'readwrite');
    await allOrNothing(tx, async () => {
      const stored = await tx.objectStore('assessments').get(assessment.id);
      if (!stored) throw new AssessmentMissingError(assessment.id);
      refuseLocked(stored);
      const store = tx.objectStore('answers');
      for (const key of await store.index('by-assessment').getAllKeys(assessment.id)) queue(store.delete(key));
      for (const answer of records) queue(store.put(answer));
      queue(tx.objectStore('assessments').put(moved));
    });
  });
  announceChange({ type: 'assessments' });
  return moved;
}
