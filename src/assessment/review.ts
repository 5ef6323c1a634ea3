/**
 * An assessment's review and sign-off: draft → in review → approved →
 * reopened (with a reason) → in review again. Approval locks the assessment
 * in storage (see storage/db.ts). Pure: problems are codes.
 */
import type { Assessment, Review, ReviewEntry, ReviewState } from './schema.ts';
export { isLocked } from './lock.ts';

export interface ReviewProblem {
  code: 'review-transition' | 'review-name-missing' | 'review-reason-missing';
  path: string;
  params: Record<string, string>;
}

/** Which states each state may move to. */
export const REVIEW_MOVES: Readonly<Record<ReviewState, readonly ReviewState[]>> = {
  draft: ['in-review'],
  'in-review': ['approved', 'draft'],
  approved: ['reopened'],
  reopened: ['in-review'],
};

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

/** Moves that need a note saying why: sending back and reopening. */
function needsReason(from: ReviewState, to: ReviewState): boolean {
  return to === 'reopened' || (from === 'in-review' && to === 'draft');
}

export type ReviewMove = { ok: true; review: Review } | { ok: false; problems: ReviewProblem[] };

/** The review after moving it to `entry.state`, or why the move is refused. */
export function moveReview(review: Review, entry: ReviewEntry): ReviewMove {
  const problems: ReviewProblem[] = [];
  if (!REVIEW_MOVES[review.state].includes(entry.state)) {
    problems.push({ code: 'review-transition', path: 'state', params: { from: review.state, to: entry.state } });
  }
  if (entry.by.trim() === '') problems.push({ code: 'review-name-missing', path: 'by', params: {} });
  if (needsReason(review.state, entry.state) && entry.note.trim() === '') {
    problems.push({ code: 'review-reason-missing', path: 'note', params: { to: entry.state } });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, review: { state: entry.state, history: [...review.history, { ...entry, by: entry.by.trim(), role: entry.role.trim(), note: entry.note.trim() }] } };
}

/** The assessment's `status` kept in step with its review, for files and screens that read the status. */
export function statusFor(state: ReviewState): Assessment['status'] {
  return state === 'approved' ? 'final' : 'in-progress';
}
