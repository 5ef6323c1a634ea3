import { useLocation } from 'preact-iso';
import { currentLanguage, t } from '../../i18n/index.ts';
import type { Answer, Assessment } from '../../assessment/schema.ts';
import type { MaturityModel } from '../../model/schema.ts';
import { getAssessment, listAnswers, saveLastElement, whenWritesSettled } from '../../storage/index.ts';
import { AssessmentNotFound } from '../components/AssessmentNotFound.tsx';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { findModel } from '../models.ts';
import { findModelShown } from '../model-slices.ts';
import { Questionnaire } from './Questionnaire.tsx';
import { elementsOf } from '../../model/walk.ts';
import { askedModel } from '../../panel/asked.ts';
import './style.css';

interface Loaded {
  assessment: Assessment;
  model: MaturityModel | undefined;
  answers: Answer[];
  /** The model whole, for a respondent's contribution file (their questionnaire shows only the domains asked). */
  whole: MaturityModel | undefined;
}

async function load(id: string): Promise<Loaded | null> {
  const assessment = await getAssessment(id);
  if (!assessment) return null;
  // The model in the reader's language (a shipped model's slice: about a sixth of the bytes to parse), and whole only
  // for a respondent, whose contribution file carries it.
  const { id: modelId, version } = assessment.model;
  const [model, answers, whole] = await Promise.all([
    findModelShown(modelId, version, currentLanguage()),
    listAnswers(id),
    assessment.contribution ? findModel(modelId, version) : undefined,
  ]);
  // A respondent's assessment made from a contribution package asks only the domains of the package.
  return { assessment, model: model && askedModel(model, assessment.contribution), answers, whole };
}

/** Remembers where the person is, so the assessment reopens there. */
const onElementShown = (assessmentId: string, elementId: string) => void saveLastElement(assessmentId, elementId).catch(() => undefined);

export function QuestionnairePage({ id, elementId }: { id: string; elementId?: string }) {
  const [loaded] = useLoaded(() => load(id), [id]);
  const { route } = useLocation();
  usePageTitle(loaded.state === 'ready' && loaded.value ? loaded.value.assessment.organization.name : t('questionnaire.title'));

  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{errorMessage(loaded.error)}</p>;
  if (!loaded.value) return <AssessmentNotFound />;
  const { assessment, model, answers, whole } = loaded.value;
  if (!model) {
    return <p role="alert">{t('questionnaire.modelMissing', { id: assessment.model.id, version: assessment.model.version })}</p>;
  }

  const elements = elementsOf(model).map(({ element }) => element);
  const current = elements.find((e) => e.id === elementId);
  if (!current) {
    // Reopen where the person left off.
    const resume = elements.find((e) => e.id === assessment.lastElementId) ?? elements[0]!;
    queueMicrotask(() => route(`/assessments/${assessment.id}/${resume.id}`, true));
    return null;
  }
  return (
    <Questionnaire
      key={assessment.id}
      assessment={assessment}
      model={model}
      stored={answers}
      elementId={current.id}
      onElementShown={onElementShown}
      {...(assessment.contribution && whole
        ? { contribution: { assessment: { ...assessment, contribution: assessment.contribution }, model: whole, answers: () => whenWritesSettled().then(() => listAnswers(id)) } }
        : {})}
    />
  );
}
