import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Answer, AnswerValue } from '../../assessment/schema.ts';
import { listAnswers, onChangeElsewhere, requestPersistentStorage, saveAnswer, saveAnswerBeforeUnload } from '../../storage/index.ts';
import { reportSaveFailed } from '../unsaved.ts';
import { errorMessage } from '../hooks.ts';

/** Name of the performance measure from a person's input to its transaction committing. */
export const ANSWER_SAVED_MEASURE = 'answer-saved';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed';

export interface AnswerOnScreen {
  value: AnswerValue | null;
  comment: string;
  state: SaveState;
  error?: string;
  /** The evidence register as stored (edited on its own page), kept by a save made as the page is left. */
  evidence?: Answer['evidence'];
  /** A panel's consensus, as stored: for "not applicable" its rationale is the reason. Another level drops it, as storage does. */
  consensus?: Answer['consensus'];
}

export type AnswersOnScreen = ReadonlyMap<string, AnswerOnScreen>;

const EMPTY: AnswerOnScreen = { value: null, comment: '', state: 'saved' };

/** A save still running after this long is shown as "Saving…" (most take a few milliseconds, drawn once, when saved). */
const SAVING_SHOWN_AFTER_MS = 150;

/** Waits before saving a failed answer again (a full disk may be freed, a lock released): then every 30 s. */
const RETRY_DELAYS_MS = [1000, 3000, 10_000, 30_000];

function fromStored(answers: Answer[]): Map<string, AnswerOnScreen> {
  return new Map(
    answers.map((a) => [
      a.questionId,
      { value: a.value, comment: a.comment, state: 'saved' as const, ...(a.evidence ? { evidence: a.evidence } : {}), ...(a.consensus ? { consensus: a.consensus } : {}) },
    ]),
  );
}

/**
 * The answers shown on screen and their saving. A change shows at once and
 * is written in its own transaction; the screen keeps what the person
 * chose, whatever happens to the write, and says when it failed.
 *
 * `inputAt` is the input event's timestamp: the time from it to the commit
 * is recorded as the `answer-saved` performance measure.
 */
export function useAnswers(assessmentId: string, stored: Answer[]) {
  // The ref is the truth, read synchronously by writes; the state re-renders.
  const onScreen = useRef(fromStored(stored));
  const [, setAnswers] = useState<AnswersOnScreen>(onScreen.current);
  const attempts = useRef(new Map<string, number>());
  const retries = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; count: number }>());
  const askedForPersistence = useRef(false);

  /** Changes what is on screen without drawing it yet. */
  const record = (questionId: string, change: Partial<AnswerOnScreen>) => {
    const next = new Map(onScreen.current);
    next.set(questionId, { ...EMPTY, ...onScreen.current.get(questionId), ...change });
    onScreen.current = next;
  };
  const update = (questionId: string, change: Partial<AnswerOnScreen>) => {
    record(questionId, change);
    setAnswers(onScreen.current);
  };

  const write = useCallback(
    async (questionId: string, inputAt: number) => {
      const attempt = (attempts.current.get(questionId) ?? 0) + 1;
      attempts.current.set(questionId, attempt);
      const retry = retries.current.get(questionId);
      clearTimeout(retry?.timer);
      const { value, comment } = onScreen.current.get(questionId) ?? EMPTY;
      const saving = saveAnswer({ assessmentId, questionId, value, comment });
      // The choice is on screen already (the browser checked the radio, the
      // comment is as typed): the page is drawn again once the answer is
      // saved, and says "Saving…" only when that takes a while, so no
      // re-render stands between the transaction's reads and its writes.
      record(questionId, { state: 'saving', error: undefined });
      const notice = setTimeout(() => setAnswers(onScreen.current), SAVING_SHOWN_AFTER_MS);
      try {
        await saving;
        clearTimeout(notice);
        performance.measure(ANSWER_SAVED_MEASURE, { start: inputAt, end: performance.now() });
        // Saved is what this write wrote: a comment given while it ran (its field not left yet, or left
        // before this ended) is still to be written, and stays "unsaved" so that leaving the field or the
        // page writes it.
        const shown = onScreen.current.get(questionId);
        if (attempts.current.get(questionId) === attempt && shown?.value === value && shown.comment === comment) {
          update(questionId, { state: 'saved' });
          retries.current.delete(questionId);
          reportSaveFailed(questionId, false);
        }
        if (!askedForPersistence.current) {
          askedForPersistence.current = true;
          void requestPersistentStorage();
        }
      } catch (error) {
        clearTimeout(notice);
        if (attempts.current.get(questionId) === attempt) {
          update(questionId, { state: 'failed', error: errorMessage(error) });
          reportSaveFailed(questionId, true);
          const count = (retry?.count ?? 0) + 1;
          const delay = RETRY_DELAYS_MS[Math.min(count, RETRY_DELAYS_MS.length) - 1]!;
          retries.current.set(questionId, { count, timer: setTimeout(() => void write(questionId, performance.now()), delay) });
        }
      }
    },
    [assessmentId],
  );

  const choose = useCallback(
    (questionId: string, value: AnswerValue, inputAt: number) => {
      // Recorded before the write reads it; shown by the write's own update.
      const { consensus, ...shown } = { ...EMPTY, ...onScreen.current.get(questionId) };
      onScreen.current = new Map(onScreen.current).set(questionId, { ...shown, value, ...(consensus && shown.value === value ? { consensus } : {}) });
      void write(questionId, inputAt);
    },
    [write],
  );

  /** The comment as typed, shown at once and saved by `saveComment`. */
  const editComment = useCallback((questionId: string, comment: string) => {
    update(questionId, { comment, state: 'unsaved' });
  }, []);

  const saveComment = useCallback(
    (questionId: string, inputAt: number) => {
      if (onScreen.current.get(questionId)?.state === 'unsaved') void write(questionId, inputAt);
    },
    [write],
  );

  const retry = write;

  // Another tab changed answers of this assessment: show them, except where
  // this tab holds a change of its own that is not saved yet.
  useEffect(
    () =>
      onChangeElsewhere(async (change) => {
        if (change.type !== 'answer' || change.assessmentId !== assessmentId) return;
        for (const stored of await listAnswers(assessmentId)) {
          const shown = onScreen.current.get(stored.questionId);
          if (shown && shown.state !== 'saved') continue;
          if (shown && shown.value === stored.value && shown.comment === stored.comment) continue;
          update(stored.questionId, { value: stored.value, comment: stored.comment, state: 'saved' });
        }
      }),
    [assessmentId],
  );

  // Retries go on after the person leaves the questionnaire: the answer is
  // still on its way, and the status bar says so until it is saved.

  // A comment still being typed is saved when the person leaves: at once,
  // in the same task, when the page is hidden or unloaded (there is no time
  // for more), and normally when they move elsewhere within the app. So is
  // an answer whose write is still on its way: that write reads before it
  // writes, and a page being unloaded gets no answer to a read (a choice
  // followed at once by a reload or a link was lost).
  useEffect(() => {
    const unsaved = () => [...onScreen.current].filter(([, answer]) => answer.state === 'unsaved');
    const flushNow = () => {
      const leaving = [...onScreen.current].filter(([, answer]) => answer.state === 'unsaved' || answer.state === 'saving');
      for (const [questionId, { value, comment, evidence, consensus }] of leaving) {
        const answer = { assessmentId, questionId, value, comment, ...(evidence ? { evidence } : {}), ...(consensus ? { consensus } : {}) };
        if (saveAnswerBeforeUnload(answer)) update(questionId, { state: 'saving' });
      }
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      for (const [questionId] of unsaved()) void write(questionId, performance.now());
    };
  }, [write]);

  // What is drawn is always the ref: a render for any other reason (a flag cleared) shows a choice not drawn yet.
  return { answers: onScreen.current, choose, editComment, saveComment, retry };
}
