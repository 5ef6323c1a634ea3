import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { sameOrganization } from '../../assessment/organization.ts';
import { modelKeyOf } from '../../model/key.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { NewAssessmentSchema } from '../../assessment/schema.ts';
import type { ModelSummary } from '../../model/summary.ts';
import { errorMessage } from '../hooks.ts';
import { modelText } from '../model-text.ts';
import type { AssessmentSummary, HomeActions } from './index.tsx';

type Field = 'name' | 'unit' | 'period';

const FIELD_ERRORS: Record<Field, MessageKey> = {
  name: 'form.error.name',
  unit: 'form.error.unit',
  period: 'form.error.period',
};

/**
 * What the form holds while it is being filled in. Switching language draws
 * the page again from scratch (App keys it by language); the draft outlives
 * that, so nothing typed is lost. It is forgotten once the assessment starts.
 */
let draft: { modelKey?: string; name: string; unit: string; period: string; copy: boolean; prefill: boolean } | null = null;

export function NewAssessmentForm({
  models,
  allModels = models,
  existing,
  actions,
}: {
  models: readonly ModelSummary[];
  /** Every model this device has, older versions included: what a quick check on this device was answered on. */
  allModels?: readonly ModelSummary[];
  existing: AssessmentSummary[];
  actions: Pick<HomeActions, 'createAssessment' | 'startFromQuickCheck'>;
}) {
  const { route } = useLocation();
  const offered = (key: string | undefined) => (key && models.some((m) => modelKeyOf(m) === key) ? key : undefined);
  const [modelKey, setModelKey] = useState(offered(draft?.modelKey) ?? (models[0] ? modelKeyOf(models[0]) : ''));
  const [name, setName] = useState(draft?.name ?? '');
  const [unit, setUnit] = useState(draft?.unit ?? '');
  const [period, setPeriod] = useState(draft?.period ?? String(new Date().getFullYear()));
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copy, setCopy] = useState(draft?.copy ?? false);
  const [prefill, setPrefill] = useState(draft?.prefill ?? false);
  draft = { modelKey, name, unit, period, copy, prefill };

  // The latest assessment of the same organization on the same model: a starting point.
  const earlier = existing
    .filter(
      ({ assessment }) =>
        modelKeyOf(assessment.model) === modelKey && sameOrganization(assessment.organization, { name, unit }),
    )
    .sort((a, b) => b.assessment.createdAt.localeCompare(a.assessment.createdAt))[0];

  // Else the latest quick check of the same organization whose model pre-fills the chosen model: the full assessment can start from it.
  const selected = models.find((m) => modelKeyOf(m) === modelKey);
  const quickCheck = earlier
    ? undefined
    : existing
        .filter(({ assessment, answered }) => {
          const leadsInto = allModels.find((m) => modelKeyOf(m) === modelKeyOf(assessment.model))?.prefillsModel;
          return answered > 0 && !!selected && !!leadsInto && modelKeyOf(leadsInto) === modelKeyOf(selected) && sameOrganization(assessment.organization, { name, unit });
        })
        .sort((a, b) => b.assessment.createdAt.localeCompare(a.assessment.createdAt))[0];

  const submit = async (event: Event) => {
    event.preventDefault();
    const model = models.find((m) => modelKeyOf(m) === modelKey);
    if (!model) return;
    const input = {
      modelId: model.id,
      modelVersion: model.version,
      organization: { name, unit },
      period,
    };
    const checked = NewAssessmentSchema.safeParse(input);
    if (!checked.success) {
      const found: Partial<Record<Field, MessageKey>> = {};
      for (const issue of checked.error.issues) {
        const field = issue.path.at(-1) as Field;
        if (field in FIELD_ERRORS) found[field] ??= FIELD_ERRORS[field];
      }
      setErrors(found);
      const first = (['name', 'unit', 'period'] as const).find((f) => found[f]);
      if (first) document.getElementById(`new-${first}`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      // The governance profile describes the organization, not the period: it is always carried, to review.
      const assessment =
        prefill && quickCheck
          ? await actions.startFromQuickCheck(checked.data, quickCheck.assessment)
          : await actions.createAssessment(checked.data, copy && earlier ? earlier.assessment.id : undefined, earlier?.assessment.id);
      draft = null;
      route(`/assessments/${assessment.id}`);
    } catch (e) {
      setFailure(errorMessage(e));
      setBusy(false);
    }
  };

  const fieldProps = (field: Field) => ({
    id: `new-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [field !== 'name' && `new-${field}-hint`, errors[field] && `new-${field}-error`].filter(Boolean).join(' ') || undefined,
  });
  const fieldError = (field: Field) =>
    errors[field] && (
      <p class="field-error" id={`new-${field}-error`}>
        {t(errors[field])}
      </p>
    );

  return (
    <form class="new-assessment card" onSubmit={submit} noValidate>
      {failure && <p role="alert">{failure}</p>}
      {Object.keys(errors).length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="new-errors-title">
          <p id="new-errors-title" class="error-summary-title">
            {t('form.errorSummary')}
          </p>
          <ul>
            {(['name', 'unit', 'period'] as const).map(
              (field) =>
                errors[field] && (
                  <li key={field}>
                    <a
                      href={`#new-${field}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(`new-${field}`)?.focus();
                      }}
                    >
                      {t(errors[field])}
                    </a>
                  </li>
                ),
            )}
          </ul>
        </div>
      )}
      <div class="field">
        <label for="new-model">{t('form.model')}</label>
        <select id="new-model" value={modelKey} onChange={(e) => setModelKey(e.currentTarget.value)}>
          {models.map((m) => (
            <option key={modelKeyOf(m)} value={modelKeyOf(m)}>
              {t('form.modelOption', { title: modelText(m)(m.title), version: m.version })}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="new-name">{t('form.name')}</label>
        <input
          {...fieldProps('name')}
          type="text"
          required
          autocomplete="organization"
          maxLength={200}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {fieldError('name')}
      </div>
      <div class="field">
        <label for="new-unit">{t('form.unit')}</label>
        <input {...fieldProps('unit')} type="text" maxLength={200} value={unit} onInput={(e) => setUnit(e.currentTarget.value)} />
        <p class="hint" id="new-unit-hint">
          {t('form.unitHint')}
        </p>
        {fieldError('unit')}
      </div>
      <div class="field">
        <label for="new-period">{t('form.period')}</label>
        <input
          {...fieldProps('period')}
          type="text"
          required
          maxLength={50}
          value={period}
          onInput={(e) => setPeriod(e.currentTarget.value)}
        />
        <p class="hint" id="new-period-hint">
          {t('form.periodHint')}
        </p>
        {fieldError('period')}
      </div>
      {name.trim() && earlier && (
        <div class="field checkbox">
          <input id="new-copy" type="checkbox" checked={copy} onChange={(e) => setCopy(e.currentTarget.checked)} aria-describedby="new-copy-hint" />
          <label for="new-copy">{t('form.copyFrom', { period: earlier.assessment.period, answered: earlier.answered })}</label>
          <p class="hint" id="new-copy-hint">
            {t('form.copyFromHint')}
          </p>
        </div>
      )}
      {name.trim() && quickCheck && (
        <div class="field checkbox">
          <input id="new-prefill" type="checkbox" checked={prefill} onChange={(e) => setPrefill(e.currentTarget.checked)} aria-describedby="new-prefill-hint" />
          <label for="new-prefill">{t('form.prefillFrom', { period: quickCheck.assessment.period, answered: quickCheck.answered })}</label>
          <p class="hint" id="new-prefill-hint">
            {t('form.prefillFromHint')}
          </p>
        </div>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t('form.submit')}
      </button>
    </form>
  );
}
