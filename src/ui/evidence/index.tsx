/**
 * The evidence register of one answer, a page of its own reached from the
 * answer (never on the questionnaire's first visit): it loads the
 * assessment, the model and the answer, and saves through storage.
 */
import { useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { loadMessagePart } from '../../i18n/parts.ts';
import { isLocked } from '../../assessment/lock.ts';
import { getAssessment, listAnswers, saveAnswerBeforeUnload, saveEvidence } from '../../storage/index.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { findModel } from '../models.ts';
import { levelLabel, modelText } from '../model-text.ts';
import { useFocusOnNavigation } from '../navigation.ts';
import { AssessmentNotFound } from '../components/AssessmentNotFound.tsx';
import { EvidenceEditor } from './EvidenceEditor.tsx';
import { findQuestion } from '../../model/walk.ts';
import '../questionnaire/style.css';

const ready = loadMessagePart('panel');

async function load(id: string, questionId: string) {
  await ready;
  const assessment = await getAssessment(id);
  if (!assessment) return null;
  const [model, answers] = await Promise.all([findModel(assessment.model.id, assessment.model.version), listAnswers(id)]);
  const place = model && findQuestion(model, questionId);
  return { assessment, model, place, answer: answers.find((a) => a.questionId === questionId) };
}

export function EvidencePage({ id, questionId }: { id: string; questionId: string }) {
  const [loaded] = useLoaded(() => load(id, questionId), [id, questionId]);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, questionId);
  usePageTitle(t('evidence.heading'));
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{errorMessage(loaded.error)}</p>;
  if (!loaded.value || !loaded.value.model || !loaded.value.place) return <AssessmentNotFound />;
  const { assessment, model, place, answer } = loaded.value;
  const text = modelText(model);
  const value = answer?.value ?? null;
  return (
    <div class="evidence-page">
      <p class="domain-name">{text(place.element.title)}</p>
      <h1 tabIndex={-1} ref={heading}>
        {text(place.question.text)}
      </h1>
      <p data-testid="evidence-answer">
        {value === null ? t('question.notAnswered') : value === 'na' ? t('question.notApplicable') : levelLabel(model, value)}
      </p>
      {isLocked(assessment) && <p class="notice">{t('questionnaire.locked')}</p>}
      <EvidenceEditor
        model={model}
        question={place.question}
        evidence={answer?.evidence ?? []}
        locked={isLocked(assessment)}
        errorText={errorMessage}
        onSave={async (evidence) => void (await saveEvidence(id, questionId, evidence))}
        onSaveBeforeUnload={(evidence) =>
          // Written over the answer as this page read it, its level, comment and consensus kept.
          saveAnswerBeforeUnload({ assessmentId: id, questionId, value, comment: answer?.comment ?? '', evidence, ...(answer?.consensus ? { consensus: answer.consensus } : {}) })
        }
      />
      <p>
        <a class="back-link" href={`/assessments/${id}/${place.element.id}#q-${questionId}`}>
          {t('evidence.back')}
        </a>
      </p>
    </div>
  );
}
