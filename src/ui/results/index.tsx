import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { scoreAssessment } from '../../scoring/score.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { AssessmentNotFound } from '../questionnaire/index.tsx';
import { getAssessment, listAnswers, onChangeElsewhere } from '../../storage/db.ts';
import { findModel } from '../shipped-models.ts';
import { ResultsView } from './ResultsView.tsx';
import './style.css';

async function load(id: string) {
  const assessment = await getAssessment(id);
  if (!assessment) return null;
  const [model, answers] = await Promise.all([findModel(assessment.model.id, assessment.model.version), listAnswers(id)]);
  return { assessment, model, answers };
}

export function ResultsPage({ id }: { id: string }) {
  const [loaded, reload] = useLoaded(() => load(id), [id]);
  useEffect(() => onChangeElsewhere((change) => (change.type === 'assessments' || change.assessmentId === id) && reload()), [id]);
  usePageTitle(t('results.title'));
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{errorMessage(loaded.error)}</p>;
  if (!loaded.value) return <AssessmentNotFound />;
  const { assessment, model, answers } = loaded.value;
  if (!model) {
    return <p role="alert">{t('questionnaire.modelMissing', { id: assessment.model.id, version: assessment.model.version })}</p>;
  }
  const report = scoreAssessment(model, Object.fromEntries(answers.map((a) => [a.questionId, a.value])));
  return <ResultsView assessment={assessment} model={model} report={report} />;
}
