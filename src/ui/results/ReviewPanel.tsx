import { useState } from 'preact/hooks';
import { formatDateTime, t } from '../../i18n/index.ts';
import { REVIEW_MOVES, type ReviewProblem } from '../../assessment/review.ts';
import type { Review, ReviewEntry, ReviewState } from '../../assessment/schema.ts';

interface Props {
  review: Review;
  /** Moves the review; rejects with the problems when the move is refused. */
  onMove: (entry: ReviewEntry) => Promise<void>;
  /** Words an error that is not a refused move (a full disk, a missing assessment). */
  errorText: (error: unknown) => string;
}

/** The refused move's problems, when the error carries them. */
function problemsOf(error: unknown): ReviewProblem[] | null {
  const problems = (error as { problems?: ReviewProblem[] } | null)?.problems;
  return Array.isArray(problems) ? problems : null;
}

export function problemText(problem: ReviewProblem): string {
  switch (problem.code) {
    case 'review-transition':
      return t('review.problem.transition', { from: stateName(problem.params.from as ReviewState), to: stateName(problem.params.to as ReviewState) });
    case 'review-name-missing':
      return t('review.problem.name');
    case 'review-reason-missing':
      return t('review.problem.reason');
  }
}

export function stateName(state: ReviewState): string {
  switch (state) {
    case 'draft':
      return t('review.state.draft');
    case 'in-review':
      return t('review.state.inReview');
    case 'approved':
      return t('review.state.approved');
    case 'reopened':
      return t('review.state.reopened');
  }
}

function moveLabel(to: ReviewState): string {
  switch (to) {
    case 'in-review':
      return t('review.move.submit');
    case 'approved':
      return t('review.move.approve');
    case 'draft':
      return t('review.move.sendBack');
    case 'reopened':
      return t('review.move.reopen');
  }
}

/**
 * Review and sign-off: where the assessment stands, who moved it and why,
 * and the moves open from here. Approval locks the assessment (in storage);
 * reopening asks a reason.
 */
export function ReviewPanel({ review, onMove, errorText }: Props) {
  const [by, setBy] = useState('');
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const reasonNeeded = review.state === 'approved' || review.state === 'in-review';

  const move = (to: ReviewState) => {
    onMove({ state: to, by, role, note, at: new Date().toISOString() }).then(
      () => {
        setErrors([]);
        setNote('');
      },
      (error: unknown) => setErrors(problemsOf(error)?.map(problemText) ?? [errorText(error)]),
    );
  };

  return (
    <section aria-labelledby="review-heading" class="review-panel" data-review-state={review.state}>
      <h2 id="review-heading">{t('review.heading')}</h2>
      <p data-testid="review-state">{t('review.current', { state: stateName(review.state) })}</p>
      {review.state === 'approved' && <p class="notice">{t('review.lockedNote')}</p>}
      {review.state === 'approved' && review.history.length === 0 && <p class="hint">{t('review.legacy')}</p>}
      {review.history.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="review-history" tabIndex={0}>
          <table class="scores">
            <caption id="review-history">{t('review.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.column.state')}</th>
                <th scope="col">{t('review.column.by')}</th>
                <th scope="col">{t('review.column.at')}</th>
                <th scope="col">{t('review.column.note')}</th>
              </tr>
            </thead>
            <tbody>
              {review.history.map((entry, i) => (
                <tr key={i}>
                  <td>{stateName(entry.state)}</td>
                  <td>
                    <bdi>{entry.by}</bdi>
                    {entry.role && (
                      <>
                        {', '}
                        <bdi>{entry.role}</bdi>
                      </>
                    )}
                  </td>
                  <td>{formatDateTime(entry.at)}</td>
                  <td>
                    <bdi>{entry.note}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="review-form no-print">
        <div class="field">
          <label for="review-by">{t('review.by')}</label>
          <input id="review-by" autocomplete="name" maxLength={200} value={by} onInput={(e) => setBy(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="review-role">{t('review.role')}</label>
          <input id="review-role" autocomplete="organization-title" maxLength={200} value={role} onInput={(e) => setRole(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="review-note">{reasonNeeded ? t('review.noteOrReason') : t('review.note')}</label>
          <textarea id="review-note" rows={2} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        {errors.length > 0 && (
          <ul role="alert" class="review-errors">
            {errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        )}
        <div class="actions">
          {REVIEW_MOVES[review.state].map((to) => (
            <button type="button" key={to} data-move={to} onClick={() => move(to)}>
              {moveLabel(to)}
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
