/** Whether an assessment is locked: what storage checks before every write (see review.ts for the workflow). */
import type { Assessment, Review } from './schema.ts';

/**
 * The review of an assessment as it stands. Records made before review
 * existed have none: a `final` one reads as approved (with no history: who
 * approved it was never recorded), any other as a draft. Nothing is
 * rewritten in storage for this.
 */
export function reviewOf(assessment: Pick<Assessment, 'status' | 'review'>): Review {
  if (assessment.review) return assessment.review;
  return { state: assessment.status === 'final' ? 'approved' : 'draft', history: [] };
}

/** Whether answers, targets, actions, evidence and profile of the assessment are locked: it is approved. */
export function isLocked(assessment: Pick<Assessment, 'status' | 'review'>): boolean {
  return reviewOf(assessment).state === 'approved';
}

