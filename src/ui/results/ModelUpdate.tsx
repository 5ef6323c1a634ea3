import { Fragment } from 'preact';
import { isLocked } from '../../assessment/lock.ts';
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import type { Answer, Assessment } from '../../assessment/schema.ts';
import { t } from '../../i18n/index.ts';
import type { MigrationPlan } from '../../model/migration.ts';
import type { MaturityModel } from '../../model/schema.ts';
import { errorMessage, useLoaded } from '../hooks.ts';
import { modelText } from '../model-text.ts';
import { problemMessage } from '../problem.ts';
import { findElement, findQuestion } from '../../model/walk.ts';

/** Keeps the assessment on its new model version with its carried answers and what to review (storage's moveAssessment, given by the page). */
export type MoveAssessment = (assessment: Assessment, answers: readonly Answer[], review: readonly string[], from: string) => Promise<Assessment>;

/** The models this device has, as the page reads them: a newer version of a model, and a model whole. */
export interface ModelVersions {
  newerVersionOf: (model: MaturityModel) => Promise<MaturityModel | undefined>;
  findModel: (id: string, version: string) => Promise<MaturityModel | undefined>;
}

interface Props {
  assessment: Assessment;
  model: MaturityModel;
  answers: readonly Answer[];
  moveAssessment: MoveAssessment;
  versions: ModelVersions;
}

/**
 * When a newer version of the assessment's model is on this device: a
 * preview of moving to it (what is new, removed, changed, to review), and
 * the move itself only once the person confirms.
 */
export function ModelUpdate({ assessment, model: shown, answers, moveAssessment, versions }: Props) {
  // Versions are compared in every language their texts are in: the whole model, not the page's slice of it (read only when there is a newer one).
  // The migration's rules are loaded only then too.
  const [newer] = useLoaded(async () => {
    const target = await versions.newerVersionOf(shown);
    if (!target) return null;
    const [model, migration] = await Promise.all([versions.findModel(shown.id, shown.version), import('../../model/migration.ts')]);
    return { target, model: model ?? shown, migration };
  }, [shown.id, shown.version]);
  const [plan, setPlan] = useState<MigrationPlan | null>(null);
  const [error, setError] = useState('');
  const { route } = useLocation();
  if (newer.state !== 'ready' || !newer.value) return null;
  const { target, model, migration } = newer.value;
  const { planMigration, applyMigration } = migration;

  if (isLocked(assessment)) {
    return <p class="notice no-print">{t('migration.final', { version: target.version })}</p>;
  }

  const preview = () => {
    const checked = planMigration(model, target, answers, assessment);
    if (checked.ok) setPlan(checked.plan);
    else setError(t('migration.refused', { reason: problemMessage(checked.problem) }));
  };

  const confirm = async (confirmed: MigrationPlan) => {
    try {
      const migrated = applyMigration(confirmed);
      await moveAssessment(migrated.assessment, migrated.answers, migrated.review, confirmed.from.version);
      route(`/assessments/${assessment.id}/${migrated.review.length ? firstElementOf(target, migrated.review[0]!) : ''}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const oldText = modelText(model);
  const newText = modelText(target);
  const questionText = (m: MaturityModel, id: string) => {
    const question = findQuestion(m, id)?.question;
    return question ? (m === model ? oldText : newText)(question.text) : id;
  };
  const elementTitle = (id: string) => {
    const element = findElement(model, id)?.element;
    return element ? oldText(element.title) : id;
  };

  return (
    <section class="model-update no-print" aria-labelledby="model-update-heading">
      <h2 id="model-update-heading">{t('migration.available', { version: target.version })}</h2>
      {!plan && (
        <button type="button" onClick={preview}>
          {t('migration.preview', { version: target.version })}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
      {plan && (
        <div class="migration-plan" data-testid="migration-plan">
          <p>
            {t('migration.summary', {
              carried: plan.carried.length,
              review: plan.review.length,
              added: plan.added.length,
              removed: plan.removed.length,
            })}{' '}
            {t('migration.nothingChanged')}
          </p>
          <QuestionList
            title={t('migration.added')}
            ids={plan.added.filter((q) => !q.carriedFrom).map((q) => q.questionId)}
            text={(id) => questionText(target, id)}
            testId="added"
          />
          <QuestionList
            title={t('migration.carriedFrom')}
            ids={plan.added.filter((q) => q.carriedFrom).map((q) => q.questionId)}
            text={(id) => questionText(target, id)}
            testId="carried-from"
          />
          <QuestionList title={t('migration.removed')} ids={plan.removed.map((q) => q.questionId)} text={(id) => questionText(model, id)} testId="removed" />
          <QuestionList title={t('migration.changed')} ids={plan.changed.map((q) => q.questionId)} text={(id) => questionText(target, id)} testId="changed" />
          <QuestionList
            title={t('migration.notApplicable')}
            ids={plan.notApplicableRefused.map((a) => a.questionId)}
            text={(id) => questionText(target, id)}
            testId="not-applicable"
          />
          <QuestionList
            title={t('migration.levelOffScale')}
            ids={plan.levelOffScale.map((a) => a.questionId)}
            text={(id) => questionText(target, id)}
            testId="level-off-scale"
          />
          {(['element-removed', 'off-scale'] as const).map((reason) => {
            const dropped = plan.targets.dropped.filter((d) => d.reason === reason);
            if (dropped.length === 0) return null;
            return (
              <Fragment key={reason}>
                <h3>{t(reason === 'off-scale' ? 'migration.targetsOffScale' : 'migration.targetsDropped')}</h3>
                <ul data-testid={`migration-targets-${reason}`}>
                  {dropped.map((d) => (
                    <li key={d.elementId}>{elementTitle(d.elementId)}</li>
                  ))}
                </ul>
              </Fragment>
            );
          })}
          <div class="actions">
            <button type="button" class="primary" onClick={() => void confirm(plan)}>
              {t('migration.confirm', { version: target.version })}
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function firstElementOf(model: MaturityModel, questionId: string): string {
  return findQuestion(model, questionId)?.element.id ?? '';
}

function QuestionList({ title, ids, text, testId }: { title: string; ids: string[]; text: (id: string) => string; testId: string }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul data-testid={`migration-${testId}`}>
        {ids.map((id) => (
          <li key={id} data-question-id={id}>
            {text(id)}
          </li>
        ))}
      </ul>
    </>
  );
}
