import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { MaturityModel, Question } from '../../model/schema.ts';
import { notApplicableReason } from '../../assessment/schema.ts';
import { modelText } from '../model-text.ts';
import type { AnswersOnScreen } from './useAnswers.ts';
import { elementsOf } from '../../model/walk.ts';

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

/** Wide enough to show the navigation beside the questions (as in style.css). */
const SIDE_BY_SIDE = '(min-width: 52.01rem)';

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const changed = () => setMatches(list.matches);
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, [query]);
  return matches;
}

/**
 * Every domain and key element with its progress. Beside the questions on
 * a wide screen; on a narrow one a drawer above them, closed, so the first
 * question is in view, and closed again after choosing a key element.
 */
export function DomainNav({ assessmentId, model, answers, currentElementId }: Props) {
  const text = modelText(model);
  const sideBySide = useMediaQuery(SIDE_BY_SIDE);
  const [drawerOpen, setDrawerOpen] = useState(false);
  useEffect(() => setDrawerOpen(false), [currentElementId]);
  const elements = elementsOf(model);
  const total = elements.length;
  const position = elements.findIndex(({ element }) => element.id === currentElementId) + 1;
  return (
    <nav class="domain-nav card" aria-labelledby="domain-nav-heading">
      <h2 id="domain-nav-heading" class="visually-hidden">
        {t('questionnaire.sections')}
      </h2>
      <details
        class="domain-drawer"
        open={sideBySide || drawerOpen}
        onToggle={(e) => {
          if (!sideBySide) setDrawerOpen(e.currentTarget.open);
        }}
      >
        <summary>
          {t('questionnaire.sections')} <span class="domain-drawer-position">{`${position} / ${total}`}</span>
        </summary>
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
      </details>
    </nav>
  );
}
