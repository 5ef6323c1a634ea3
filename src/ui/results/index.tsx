import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { Assessment } from '../../assessment/schema.ts';
import { sameOrganization } from '../../assessment/organization.ts';
import { answerLookup, scoreAssessment } from '../../scoring/score.ts';
import {
  getAssessment,
  listAnswers,
  getOwnKey,
  listAssessments,
  moveAssessment,
  onChangeElsewhere,
  saveAction,
  saveTargets,
  setAssessmentStatus,
} from '../../storage/index.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { AssessmentNotFound } from '../components/AssessmentNotFound.tsx';
import { findModel } from '../models.ts';
import { ResultsView } from './ResultsView.tsx';
import './style.css';


/** The assessment of the same organization, on the same model, made most recently before this one. */
function previousOf(assessment: Assessment, all: Assessment[]): Assessment | undefined {
  return all
    .filter((a) => a.id !== assessment.id && a.model.id === assessment.model.id && sameOrganization(a.organization, assessment.organization))
    .filter((a) => a.createdAt < assessment.createdAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

async function load(id: string) {
  const assessment = await getAssessment(id);
  if (!assessment) return null;
  const [model, answers, all] = await Promise.all([
    findModel(assessment.model.id, assessment.model.version),
    listAnswers(id),
    listAssessments(),
  ]);
  if (!model) return { assessment, model, answers, previous: null };
  const before = previousOf(assessment, all);
  const previousModel = before && (await findModel(before.model.id, before.model.version));
  const previous =
    before && previousModel
      ? {
          assessment: before,
          report: scoreAssessment(previousModel, answerLookup(previousModel, await listAnswers(before.id))),
        }
      : null;
  return { assessment, model, answers, previous };
}

export function ResultsPage({ id }: { id: string }) {
  const [loaded, reload] = useLoaded(() => load(id), [id]);
  useEffect(() => onChangeElsewhere((change) => (change.type === 'assessments' || (change.type === 'answer' && change.assessmentId === id)) && reload()), [id]);
  usePageTitle(t('results.title'));
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{errorMessage(loaded.error)}</p>;
  if (!loaded.value) return <AssessmentNotFound />;
  const { assessment, model, answers, previous } = loaded.value;
  if (!model) {
    return <p role="alert">{t('questionnaire.modelMissing', { id: assessment.model.id, version: assessment.model.version })}</p>;
  }
  const report = scoreAssessment(model, answerLookup(model, answers));
  return (
    <ResultsView
      assessment={assessment}
      model={model}
      answers={answers}
      report={report}
      previous={previous}
      actions={{
        saveTargets: async (targets) => {
          await saveTargets(id, targets);
          reload();
        },
        saveAction: async (elementId, action) => {
          await saveAction(id, elementId, action);
        },
        setFinal: async (final) => {
          await setAssessmentStatus(id, final ? 'final' : 'in-progress');
          reload();
        },
        moveAssessment,
        getOwnKey,
      }}
    />
  );
}
