/**
 * The writes of review and sign-off and of the evidence register: apart
 * from db.ts so that the questionnaire's first visit does not carry them.
 * Both refuse (or, for review, only allow reopening) an approved assessment.
 * Here too, for the same reason, writeUnlocked: the one skeleton of a write
 * to an assessment that the writes loaded on first use (the panel's, the
 * organization's, evidence) go through; updateAssessment and moveAssessment
 * keep it inline in assessments.ts, which the first visit carries.
 */
import { AnswerSchema, type Answer, type Assessment, type Evidence, type ReviewEntry } from '../assessment/schema.ts';
import { moveReview, reviewOf, statusFor, type ReviewProblem } from '../assessment/review.ts';
import type { IDBPTransaction, StoreNames } from 'idb';
import { announceChange, queue, trackWrite } from './changes.ts';
import { allOrNothing, now, openGovernanceDB, type GovernanceDB } from './db.ts';
import { AssessmentMissingError, refuseLocked, updateAssessment } from './assessments.ts';

/** A review move the workflow does not allow, or one without the name or reason it needs: nothing was written. */
export class ReviewRefusedError extends Error {
  readonly code = 'review-refused';
  constructor(readonly problems: ReviewProblem[]) {
    super(`review refused: ${problems.map((p) => p.code).join(', ')}`);
    this.name = 'ReviewRefusedError';
  }
}

/**
 * A write in flight (trackWrite), one read-write transaction over `stores`
 * (which include `assessments`), the stored assessment read first —
 * AssessmentMissingError when it is gone, AssessmentLockedError when it is
 * approved (unless `review`, the one move that may reopen it) — then
 * `write`, all or nothing. The caller tells the other tabs what changed.
 */
export function writeUnlocked<const Stores extends readonly StoreNames<GovernanceDB>[], T>(
  assessmentId: string,
  stores: Stores,
  write: (tx: IDBPTransaction<GovernanceDB, Stores, 'readwrite'>, assessment: Assessment) => Promise<T> | T,
  { review = false }: { review?: boolean } = {},
): Promise<T> {
  return trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(stores, 'readwrite');
    // `stores` holds 'assessments' (every caller names it); the type of a generic list cannot say so.
    const assessments = (tx as unknown as IDBPTransaction<GovernanceDB, ['assessments'], 'readwrite'>).objectStore('assessments');
    return allOrNothing(tx, async () => {
      const assessment = await assessments.get(assessmentId);
      if (!assessment) throw new AssessmentMissingError(assessmentId);
      if (!review) refuseLocked(assessment);
      return write(tx, assessment);
    });
  });
}

/**
 * Moves an assessment's review (submit, send back, approve, reopen) as the
 * stored record stands; ReviewRefusedError, nothing written, when the
 * workflow does not allow the move or it lacks a name or reason. The
 * `status` follows: approved is final.
 */
export function reviewAssessment(assessmentId: string, entry: ReviewEntry): Promise<Assessment> {
  return updateAssessment(
    assessmentId,
    (assessment) => {
      const moved = moveReview(reviewOf(assessment), entry);
      if (!moved.ok) throw new ReviewRefusedError(moved.problems);
      return { ...assessment, review: moved.review, status: statusFor(moved.review.state) };
    },
    { review: true },
  );
}

/**
 * Replaces the evidence register of one answer, in its own transaction
 * (an answer record without a level yet is made when there is none).
 */
export async function saveEvidence(assessmentId: string, questionId: string, evidence: readonly Evidence[]): Promise<Answer> {
  const answer = await writeUnlocked(assessmentId, ['answers', 'assessments'], async (tx, assessment) => {
    const stored = await tx.objectStore('answers').get([assessmentId, questionId]);
    const next = AnswerSchema.parse({
      assessmentId,
      questionId,
      value: stored?.value ?? null,
      comment: stored?.comment ?? '',
      answeredAt: now(),
      evidence: [...evidence],
      ...(stored?.consensus ? { consensus: stored.consensus } : {}),
    });
    queue(tx.objectStore('answers').put(next));
    queue(tx.objectStore('assessments').put({ ...assessment, updatedAt: next.answeredAt }));
    return next;
  });
  announceChange({ type: 'answer', assessmentId, questionId });
  return answer;
}

