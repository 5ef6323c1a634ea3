import { describe, expect, it } from 'vitest';
import { isLocked, moveReview, REVIEW_MOVES, reviewOf } from './review.ts';
import type { ReviewState } from './schema.ts';

const at = '2026-05-01T10:00:00.000Z';
const entry = (state: ReviewState, note = '', by = 'Ana Lima') => ({ state, by, role: 'CIO', at, note });

describe('review', () => {
  it('reads an old final assessment as approved, and any other as a draft, without history', () => {
    expect(reviewOf({ status: 'final' })).toEqual({ state: 'approved', history: [] });
    expect(reviewOf({ status: 'in-progress' })).toEqual({ state: 'draft', history: [] });
    expect(isLocked({ status: 'final' })).toBe(true);
    expect(isLocked({ status: 'in-progress' })).toBe(false);
  });

  it('prefers the review to the status', () => {
    expect(isLocked({ status: 'final', review: { state: 'reopened', history: [] } })).toBe(false);
    expect(isLocked({ status: 'in-progress', review: { state: 'approved', history: [] } })).toBe(true);
  });

  it('goes draft → in review → approved → reopened → in review, keeping every step', () => {
    let review = reviewOf({ status: 'in-progress' });
    for (const step of [entry('in-review'), entry('approved', 'Seen by the board'), entry('reopened', 'Audit found a gap'), entry('in-review')]) {
      const moved = moveReview(review, step);
      expect(moved.ok).toBe(true);
      if (moved.ok) review = moved.review;
    }
    expect(review.state).toBe('in-review');
    expect(review.history.map((h) => h.state)).toEqual(['in-review', 'approved', 'reopened', 'in-review']);
  });

  it('refuses every move the workflow does not have', () => {
    const states: ReviewState[] = ['draft', 'in-review', 'approved', 'reopened'];
    for (const from of states) {
      for (const to of states) {
        const moved = moveReview({ state: from, history: [] }, entry(to, 'a reason'));
        expect(moved.ok).toBe(REVIEW_MOVES[from].includes(to));
        if (!moved.ok) expect(moved.problems[0]).toEqual({ code: 'review-transition', path: 'state', params: { from, to } });
      }
    }
  });

  it('asks a reason to reopen and to send back, and a name always', () => {
    expect(moveReview({ state: 'approved', history: [] }, entry('reopened', '  '))).toEqual({
      ok: false,
      problems: [{ code: 'review-reason-missing', path: 'note', params: { to: 'reopened' } }],
    });
    expect(moveReview({ state: 'in-review', history: [] }, entry('draft')).ok).toBe(false);
    expect(moveReview({ state: 'in-review', history: [] }, entry('approved')).ok).toBe(true);
    const nameless = moveReview({ state: 'draft', history: [] }, entry('in-review', '', ' '));
    expect(nameless.ok || nameless.problems.map((p) => p.code)).toEqual(['review-name-missing']);
  });
});
