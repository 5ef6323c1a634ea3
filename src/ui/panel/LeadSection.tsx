import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { PanelLead } from '../../assessment/schema.ts';

interface Props {
  lead: PanelLead | undefined;
  /** The organization the lead asks for, as packages name it. */
  organization: string;
  locked: boolean;
  /** Keeps the lead's name and role with the panel; rejects, nothing changed, when refused. */
  onSave: (lead: PanelLead) => Promise<void>;
  errorText: (error: unknown) => string;
}

/** The lead names themselves once: every package says who asks ("Asked by <name>, <role>, <organization>"). */
export function LeadSection({ lead, organization, locked, onSave, errorText }: Props) {
  const [name, setName] = useState(lead?.name ?? '');
  const [role, setRole] = useState(lead?.role ?? '');
  const [nameError, setNameError] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setNameError(true);
    setNameError(false);
    void onSave({ name: name.trim(), role: role.trim() }).then(
      () => {
        setError(null);
        setStatus(t('panel.lead.saved'));
      },
      (e: unknown) => {
        setStatus('');
        setError(errorText(e));
      },
    );
  };

  const preview = name.trim()
    ? role.trim()
      ? t('panel.lead.preview', { name: name.trim(), role: role.trim(), organization })
      : t('panel.lead.previewNoRole', { name: name.trim(), organization })
    : null;

  return (
    <section aria-labelledby="lead-heading" class="panel-lead">
      <h2 id="lead-heading">{t('panel.lead.heading')}</h2>
      <p class="hint" id="lead-intro">
        {t('panel.lead.intro')}
      </p>
      <form onSubmit={save} noValidate aria-describedby="lead-intro">
        <fieldset disabled={locked}>
          <legend class="visually-hidden">{t('panel.lead.heading')}</legend>
          <div class="panel-respondent-fields">
            <div class="field">
              <label for="lead-name">{t('panel.lead.name')}</label>
              <input
                id="lead-name"
                value={name}
                maxLength={200}
                autocomplete="name"
                aria-invalid={nameError}
                aria-describedby={nameError ? 'lead-name-error' : undefined}
                onInput={(e) => setName(e.currentTarget.value)}
              />
              {nameError && (
                <p id="lead-name-error" class="field-error">
                  {t('panel.lead.problem.name')}
                </p>
              )}
            </div>
            <div class="field">
              <label for="lead-role">{t('panel.lead.role')}</label>
              <input id="lead-role" value={role} maxLength={200} autocomplete="organization-title" onInput={(e) => setRole(e.currentTarget.value)} />
            </div>
          </div>
          {!locked && <button type="submit">{t('panel.lead.save')}</button>}
        </fieldset>
      </form>
      {preview && (
        <p data-testid="lead-preview">{preview}</p>
      )}
      <p role="status" class="save-state">
        {status}
      </p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
