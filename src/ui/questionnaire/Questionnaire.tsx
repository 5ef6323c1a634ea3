import { useEffect, useRef, useState } from 'preact/hooks';
import { isLocked } from '../../assessment/lock.ts';
import { formatPercent, t } from '../../i18n/index.ts';
import type { Answer, Assessment } from '../../assessment/schema.ts';
import { useLoaded } from '../hooks.ts';
import type { ContributionBoxProps } from './ContributionBox.tsx';
import { stillToConfirm } from '../../assessment/to-confirm.ts';
import type { MaturityModel } from '../../model/schema.ts';
import { modelText, questionCount } from '../model-text.ts';
import { useFocusOnNavigation } from '../navigation.ts';
import { DomainNav, answeredIn } from './DomainNav.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { useAnswers, type AnswersOnScreen } from './useAnswers.ts';
import { elementsOf, questionsOf } from '../../model/walk.ts';

interface Props {
  assessment: Assessment;
  model: MaturityModel;
  stored: Answer[];
  elementId: string;
  /** Told each key element the person opens (the page remembers it). */
  onElementShown: (assessmentId: string, elementId: string) => void;
  /** On a respondent's assessment made from a contribution package: who asks, what was asked, and the export of their file. */
  contribution?: ContributionBoxProps;
}

/** The respondent's box, loaded (code and messages) only on a respondent's questionnaire, once it is shown. */
function ContributionSlot(props: ContributionBoxProps) {
  const [box] = useLoaded(() => import('./ContributionBox.tsx').then((m) => m.loadContributionBox()), []);
  return box.state === 'ready' ? <box.value {...props} /> : null;
}

export function Questionnaire({ assessment, model, stored, elementId, onElementShown, contribution }: Props) {
  const { answers, choose, editComment, saveComment, retry } = useAnswers(assessment.id, stored);
  const locked = isLocked(assessment);
  const text = modelText(model);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving to another element moves focus to its heading, so keyboard and
  // screen-reader users start reading at the new questions.
  useFocusOnNavigation(heading, elementId);
  const section = useRef<HTMLElement>(null);
  // "Next" and "Previous" sit at the end of the questions: the next key
  // element starts in view, its domain and heading at the top of the screen.
  useEffect(() => {
    if (document.activeElement === heading.current) section.current?.scrollIntoView({ block: 'start' });
  }, [elementId]);

  const elements = elementsOf(model);
  const index = elements.findIndex((e) => e.element.id === elementId);
  const { domain, element } = elements[index]!;
  const previous = elements[index - 1];
  const next = elements[index + 1];
  const total = questionCount(model);
  const answered = answeredIn(questionsOf(model).map(({ question }) => question), answers);

  useEffect(() => {
    // Where the person is matters less than an answer: a failure here is not shown.
    onElementShown(assessment.id, elementId);
  }, [elementId]);

  // Flagged by a move to a newer model version, until answered again since.
  const migrated = assessment.migrated;
  const [reviewed, setReviewed] = useState<ReadonlySet<string>>(new Set());
  const toReview = new Set(
    migrated ? migrated.review.filter((id) => (stored.find((a) => a.questionId === id)?.answeredAt ?? '') <= migrated.at) : [],
  );

  // Pre-filled from a quick check, until answered or confirmed since.
  const toConfirm = stillToConfirm(assessment.prefilled, stored);

  const organization = assessment.organization.unit
    ? t('home.organizationWithUnit', { name: assessment.organization.name, unit: assessment.organization.unit })
    : assessment.organization.name;

  return (
    <div class="questionnaire">
      <div class="questionnaire-header">
        <h1>
          <bdi>{organization}</bdi> · <bdi>{assessment.period}</bdi>
        </h1>
        <p class="meta">{t('questionnaire.model', { title: text(model.title), version: model.version })}</p>
        <div class="overall-progress">
          <label for="overall-progress">{t('questionnaire.progress', { answered, total })}</label>
          <progress id="overall-progress" max={total} value={answered}>
            {formatPercent(total ? answered / total : 0)}
          </progress>
        </div>
        <SaveSummary answers={answers} />
        <a class="button" href={`/assessments/${assessment.id}/results`}>
          {t('questionnaire.seeResults')}
        </a>
        <a href={`/assessments/${assessment.id}/profile`}>{t('profile.link')}</a>
        {contribution && <ContributionSlot {...contribution} />}
      </div>
      <div class="questionnaire-body">
        <DomainNav assessmentId={assessment.id} model={model} answers={answers} currentElementId={elementId} />
        <section class="element" aria-labelledby="element-heading" ref={section}>
          <p class="domain-name">{text(domain.title)}</p>
          <h2 id="element-heading" tabIndex={-1} ref={heading}>
            {text(element.title)}
          </h2>
          <p class="element-description">{text(element.description)}</p>
          {locked && <p class="notice">{t('questionnaire.locked')}</p>}
          {element.questions.map((question, i) => (
            <QuestionCard
              key={question.id}
              model={model}
              question={question}
              number={i + 1}
              answer={answers.get(question.id)}
              onChoose={(value, inputAt) => {
                // Only a flag to clear draws the page now: an answer alone is drawn once saved (see useAnswers).
                if ((toReview.has(question.id) || toConfirm.has(question.id)) && !reviewed.has(question.id)) setReviewed((now) => new Set(now).add(question.id));
                choose(question.id, value, inputAt);
              }}
              onCommentInput={(comment) => editComment(question.id, comment)}
              onCommentDone={(inputAt) => saveComment(question.id, inputAt)}
              onRetry={(inputAt) => void retry(question.id, inputAt)}
              locked={locked}
              review={toReview.has(question.id) && !reviewed.has(question.id)}
              evidenceHref={`/assessments/${assessment.id}/evidence/${question.id}`}
              toConfirm={toConfirm.has(question.id) && !reviewed.has(question.id)}
              onKeep={(inputAt) => {
                const value = answers.get(question.id)?.value;
                setReviewed((now) => new Set(now).add(question.id));
                if (value !== undefined && value !== null) choose(question.id, value, inputAt);
              }}
            />
          ))}
          <nav class="pager" aria-label={t('questionnaire.pager')}>
            {previous && (
              <a href={`/assessments/${assessment.id}/${previous.element.id}`} rel="prev">
                {t('questionnaire.previous', { title: text(previous.element.title) })}
              </a>
            )}
            {next ? (
              <a class="button primary" href={`/assessments/${assessment.id}/${next.element.id}`} rel="next">
                {t('questionnaire.next', { title: text(next.element.title) })}
              </a>
            ) : (
              <a class="button primary" href={`/assessments/${assessment.id}/results`}>
                {t('questionnaire.finish')}
              </a>
            )}
          </nav>
        </section>
      </div>
    </div>
  );
}

function SaveSummary({ answers }: { answers: AnswersOnScreen }) {
  const states = [...answers.values()].map((a) => a.state);
  const failed = states.filter((s) => s === 'failed').length;
  const pending = states.some((s) => s === 'saving' || s === 'unsaved');
  const message = failed
    ? t('questionnaire.notSaved', { count: failed })
    : pending
      ? t('question.saving')
      : t('questionnaire.allSaved');
  return (
    <p class={`save-summary${failed ? ' failed' : ''}`} role="status" data-state={failed ? 'failed' : pending ? 'saving' : 'saved'}>
      {message}
    </p>
  );
}
