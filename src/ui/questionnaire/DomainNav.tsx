import { t } from '../../i18n/index.ts';
import type { MaturityModel, Question } from '../../model/schema.ts';
import { notApplicableReason } from '../../assessment/schema.ts';
import { modelText } from '../model-text.ts';
import type { AnswersOnScreen } from './useAnswers.ts';

/** Questions with an answer that counts: a level, or "not applicable" with its reason. */
export function answeredIn(questions: readonly Question[], answers: AnswersOnScreen): number {
  return questions.filter((q) => {
    const answer = answers.get(q.id);
    return answer !== undefined && answer.value !== null && (answer.value !== 'na' || notApplicableReason(answer) !== '');
  }).length;
}

interface Props {
  assessmentId: string;
  model: MaturityModel;
  answers: AnswersOnScreen;
  currentElementId: string;
}

export function DomainNav({ assessmentId, model, answers, currentElementId }: Props) {
  const text = modelText(model);
  return (
    <nav class="domain-nav" aria-labelledby="domain-nav-heading">
      <h2 id="domain-nav-heading" class="visually-hidden">
        {t('questionnaire.sections')}
      </h2>
      <ol>
        {model.domains.map((domain) => {
          const questions = domain.elements.flatMap((e) => e.questions);
          const answered = answeredIn(questions, answers);
          return (
            <li key={domain.id} class="domain-entry">
              <span class="domain-title">{text(domain.title)}</span>
              <span class="domain-progress">{t('questionnaire.domainProgress', { answered, total: questions.length })}</span>
              <ol>
                {domain.elements.map((element) => {
                  const done = answeredIn(element.questions, answers) === element.questions.length;
                  const current = element.id === currentElementId;
                  return (
                    <li key={element.id}>
                      <a
                        href={`/assessments/${assessmentId}/${element.id}`}
                        aria-current={current ? 'page' : undefined}
                        class={done ? 'done' : undefined}
                      >
                        {text(element.title)}
                        {done && <span class="visually-hidden"> {t('questionnaire.elementDone')}</span>}
                      </a>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
