/** Whether an assessment is locked: what storage checks before every write (see review.ts for the workflow). */
import type { Assessment } from './schema.ts';

/** Whether answers, targets, actions, evidence and profile of the assessment are locked: it is approved. */
export function isLocked(assessment: Pick<Assessment, 'status' | 'review'>): boolean {
  // As reviewOf reads it: an old record without a review is locked when final.
  return assessment.review ? assessment.review.state === 'approved' : assessment.status === 'final';
}

