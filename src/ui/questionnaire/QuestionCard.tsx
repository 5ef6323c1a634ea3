import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { notApplicableReason, type AnswerValue } from '../../assessment/schema.ts';
import { scaleLevels, type MaturityModel, type Question } from '../../model/schema.ts';
import { modelText } from '../model-text.ts';
import type { AnswerOnScreen } from './useAnswers.ts';

/** How long typing may pause before a comment is saved. */
const COMMENT_SAVE_DELAY_MS = 700;

interface Props {
  model: MaturityModel;
  question: Question;
  number: number;
  answer: AnswerOnScreen | undefined;
  onChoose: (value: AnswerValue, inputAt: number) => void;
  onCommentInput: (comment: string) => void;
  onCommentDone: (inputAt: number) => void;
  onRetry: (inputAt: number) => void;
  locked: boolean;
  /** The question changed when the assessment moved to a newer model version: its answer is to be looked at again. */
  review?: boolean;
  /** Pre-filled from a quick check and not yet answered or confirmed: confirming keeps the level (`onKeep`). */
  toConfirm?: boolean;
  onKeep?: (inputAt: number) => void;
  /** Where the answer's evidence register is edited. */
  evidenceHref: string;
}

export function QuestionCard({ model, question, number, answer, onChoose, onCommentInput, onCommentDone, onRetry, locked, review, toConfirm, onKeep, evidenceHref }: Props) {
  const text = modelText(model);
  const id = `q-${question.id}`;
  const value = answer?.value ?? null;
  const comment = answer?.comment ?? '';
  const commentTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(commentTimer.current), []);

  const saveComment = (event: Event) => {
    clearTimeout(commentTimer.current);
    onCommentDone(event.timeStamp);
  };

  const options: { value: AnswerValue; label: string; description: string }[] = scaleLevels(model).map((level) => ({
    value: level,
    label: t('question.level', { level, name: text(model.scale.find((s) => s.level === level)!.name) }),
    description: text(question.levels[`${level}`]!),
  }));
  // "Not applicable" counts only with a reason (ISO/IEC 33020 asks one for every exclusion): the comment gives it.
  const needsReason = value === 'na';
  // A panel's "not applicable" consensus has its reason: the lead's rationale (notApplicableReason).
  const reasonMissing = needsReason && notApplicableReason({ comment, consensus: answer?.consensus }) === '';
  if (question.allowNotApplicable) {
    options.push({ value: 'na', label: t('question.notApplicable'), description: t('question.notApplicableHint') });
  }

  return (
    <fieldset class="question card" id={id} data-question-id={question.id} data-save-state={answer?.state ?? 'empty'} disabled={locked}>
      <legend>
        <span class="question-number">{t('question.number', { number })}</span> {text(question.text)}
      </legend>
      {review && (
        <div class="notice review" data-testid="review">
          <p>{t('question.review')}</p>
          {value !== null && (
            <button type="button" onClick={(e) => onKeep?.(e.timeStamp)}>
              {t('question.keep')}
            </button>
          )}
        </div>
      )}
      {toConfirm && !review && (
        <div class="notice review to-confirm" data-testid="to-confirm">
          <p>{t('question.toConfirm')}</p>
          {value !== null && (
            <button type="button" onClick={(e) => onKeep?.(e.timeStamp)}>
              {t('question.confirm')}
            </button>
          )}
        </div>
      )}
      <div class="guidance" id={`${id}-guidance`}>
        <p class="guidance-title">{t('question.guidance')}</p>
        <p>{text(question.guidance)}</p>
      </div>
      <div class="levels">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div class={value === option.value ? 'level-option chosen' : 'level-option'} key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={id}
                value={String(option.value)}
                checked={value === option.value}
                aria-describedby={`${optionId}-text`}
                onChange={(e) => onChoose(option.value, e.timeStamp)}
              />
              <label for={optionId}>
                <span class="level-name">{option.label}</span>
                <span class="level-text" id={`${optionId}-text`}>
                  {option.description}
                </span>
              </label>
            </div>
          );
        })}
      </div>
      <div class="comment field">
        <label for={`${id}-comment`}>{needsReason ? t('question.comment.reason') : t('question.comment')}</label>
        {reasonMissing && (
          <p class="notice reason-needed" id={`${id}-reason`} data-testid="reason-needed">
            {t('question.reasonNeeded')}
          </p>
        )}
        <textarea
          id={`${id}-comment`}
          rows={2}
          maxLength={5000}
          required={needsReason}
          aria-invalid={reasonMissing ? 'true' : undefined}
          aria-describedby={reasonMissing ? `${id}-reason` : undefined}
          value={comment}
          onInput={(e) => {
            onCommentInput(e.currentTarget.value);
            clearTimeout(commentTimer.current);
            const inputAt = e.timeStamp;
            commentTimer.current = setTimeout(() => onCommentDone(inputAt), COMMENT_SAVE_DELAY_MS);
          }}
          onBlur={saveComment}
        />
      </div>
      <a href={evidenceHref}>
        {t('question.evidence')}
      </a>
      <SaveIndicator answer={answer} onRetry={(e) => onRetry(e.timeStamp)} />
    </fieldset>
  );
}

function SaveIndicator({ answer, onRetry }: { answer: AnswerOnScreen | undefined; onRetry: (event: Event) => void }) {
  if (!answer) return <p class="save-state">{t('question.notAnswered')}</p>;
  switch (answer.state) {
    case 'saved':
      return <p class="save-state saved">{t('question.saved')}</p>;
    case 'saving':
    case 'unsaved':
      return <p class="save-state saving">{t('question.saving')}</p>;
    case 'failed':
      return (
        <div class="save-state failed" role="alert">
          <p>{t('question.saveFailed', { reason: answer.error ?? '' })}</p>
          <button type="button" onClick={onRetry}>
            {t('question.retry')}
          </button>
        </div>
      );
  }
}
