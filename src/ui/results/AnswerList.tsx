import { t } from '../../i18n/index.ts';
import type { Answer } from '../../assessment/schema.ts';
import type { MaturityModel } from '../../model/schema.ts';
import { levelLabel, modelText } from '../model-text.ts';
import { answersByQuestion } from '../../assessment/answers.ts';

/** Every question with the answer and comment given: the appendix of the printed report. */
export function AnswerList({ model, answers }: { model: MaturityModel; answers: readonly Answer[] }) {
  const text = modelText(model);
  const byQuestion = answersByQuestion(answers);
  return (
    <div class="answer-list">
      {model.domains.map((domain) => (
        <section key={domain.id} aria-labelledby={`answers-${domain.id}`}>
          <h3 id={`answers-${domain.id}`}>{text(domain.title)}</h3>
          <dl>
            {domain.elements.flatMap((element) =>
              element.questions.map((question) => {
                const answer = byQuestion.get(question.id);
                const value = answer?.value ?? null;
                const shown =
                  value === null
                    ? t('question.notAnswered')
                    : value === 'na'
                      ? t('question.notApplicable')
                      : levelLabel(model, value);
                return (
                  <div key={question.id} class="answer-item">
                    <dt>{text(question.text)}</dt>
                    <dd>
                      <strong>{shown}</strong>
                      {answer?.comment && <p class="comment">{answer.comment}</p>}
                    </dd>
                  </div>
                );
              }),
            )}
          </dl>
        </section>
      ))}
    </div>
  );
}
