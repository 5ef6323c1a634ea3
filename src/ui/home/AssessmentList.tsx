import { useState } from 'preact/hooks';
import { formatDateTime, formatPercent, t } from '../../i18n/index.ts';
import type { ModelSummary } from '../../model/summary.ts';
import type { HomeActions } from './index.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { errorMessage } from '../hooks.ts';
import { modelText } from '../model-text.ts';
import type { AssessmentSummary } from './index.tsx';

interface Props {
  summaries: AssessmentSummary[];
  models: readonly ModelSummary[];
  /** The organization view of an assessment's organization, when it has two or more units. */
  organizationLink: (assessment: AssessmentSummary['assessment']) => string | undefined;
  onDeleted: () => void;
  actions: Pick<HomeActions, 'deleteAssessment'>;
}

export function AssessmentList({ summaries, models, organizationLink, onDeleted, actions }: Props) {
  const [deleting, setDeleting] = useState<AssessmentSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (summaries.length === 0) return <p>{t('home.noAssessments')}</p>;

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await actions.deleteAssessment(deleting.assessment.id);
      setDeleting(null);
      onDeleted();
    } catch (e) {
      setDeleting(null);
      setError(errorMessage(e));
    }
  };

  return (
    <>
      {error && <p role="alert">{error}</p>}
      <div class="table-scroll">
        <table class="assessments">
          <caption class="visually-hidden">{t('home.assessments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('home.column.organization')}</th>
              <th scope="col">{t('home.column.period')}</th>
              <th scope="col">{t('home.column.model')}</th>
              <th scope="col">{t('home.column.progress')}</th>
              <th scope="col">{t('home.column.updated')}</th>
              <th scope="col">{t('home.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((summary) => {
              const { assessment, answered } = summary;
              const model = models.find((m) => m.id === assessment.model.id && m.version === assessment.model.version);
              const total = model ? model.questions : 0;
              const name = assessment.organization.unit
                ? t('home.organizationWithUnit', { name: assessment.organization.name, unit: assessment.organization.unit })
                : assessment.organization.name;
              return (
                <tr key={assessment.id}>
                  <th scope="row">
                    <bdi>{name}</bdi>
                  </th>
                  <td data-label={t('home.column.period')}>
                    <bdi>{assessment.period}</bdi>
                  </td>
                  <td data-label={t('home.column.model')}>{model ? modelText(model)(model.title) : t('home.modelMissing', { id: assessment.model.id })}</td>
                  <td data-label={t('home.column.progress')}>
                    {t('home.progress', { answered, total, percent: formatPercent(total ? answered / total : 0) })}
                  </td>
                  <td data-label={t('home.column.updated')}>{formatDateTime(assessment.updatedAt)}</td>
                  <td class="actions">
                    <a class="button" href={`/assessments/${assessment.id}`} aria-label={t('home.continueLabel', { name })}>
                      {t('home.continue')}
                    </a>
                    <a href={`/assessments/${assessment.id}/results`} aria-label={t('home.resultsLabel', { name })}>
                      {t('home.results')}
                    </a>
                    {organizationLink(assessment) && (
                      <a
                        href={organizationLink(assessment)}
                        aria-label={t('home.organizationViewLabel', { name: assessment.organization.name, period: assessment.period })}
                      >
                        {t('home.organizationView')}
                      </a>
                    )}
                    <button
                      type="button"
                      class="link danger"
                      aria-label={t('home.deleteLabel', { name })}
                      onClick={() => setDeleting(summary)}
                    >
                      {t('home.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {deleting && (
        <ConfirmDialog
          title={t('home.deleteTitle')}
          body={t('home.deleteBody', {
            name: deleting.assessment.organization.name,
            period: deleting.assessment.period,
            count: deleting.answered,
          })}
          confirmLabel={t('home.deleteConfirm')}
          onConfirm={confirmDelete}
          onCancel={() => setDeleting(null)}
        />
      )}
    </>
  );
}
