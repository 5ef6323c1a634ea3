import { useState } from 'preact/hooks';
import { formatDateTime, t } from '../../i18n/index.ts';
import { roleName } from './roles.ts';
import { PANEL_ROLES, type PanelRespondent, type PanelRole } from '../../assessment/schema.ts';
import type { MaturityModel } from '../../model/schema.ts';
import { modelText } from '../model-text.ts';

interface Props {
  model: MaturityModel;
  respondents: readonly PanelRespondent[];
  /** Respondent id → when their contribution was imported. */
  received: ReadonlyMap<string, string>;
  locked: boolean;
  /** The signing key fingerprint packages carry, or null when this device has none. */
  fingerprint: string | null;
  /** Writes the whole list (each change at once); rejects, nothing changed, when refused. */
  onSave: (respondents: PanelRespondent[]) => Promise<void>;
  /** Downloads the respondent's package asking `domains`; gives the file's name. */
  onExport: (respondent: PanelRespondent, domains: string[]) => Promise<string>;
  errorText: (error: unknown) => string;
}

function RoleSelect({ id, value, disabled, onChange }: { id: string; value: PanelRole; disabled: boolean; onChange: (role: PanelRole) => void }) {
  return (
    <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value as PanelRole)}>
      {PANEL_ROLES.map((role) => (
        <option key={role} value={role}>
          {roleName(role)}
        </option>
      ))}
    </select>
  );
}

/** The respondents the lead names, each with the package to give them. */
export function RespondentsSection({ model, respondents, received, locked, fingerprint, onSave, onExport, errorText }: Props) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<PanelRole>('ict');
  const [nameError, setNameError] = useState(false);

  const save = (next: PanelRespondent[]) =>
    onSave(next).then(
      () => {
        setError(null);
        setStatus(t('panel.respondent.saved'));
      },
      (e: unknown) => {
        setStatus('');
        setError(errorText(e));
      },
    );

  const add = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(true);
      return;
    }
    setNameError(false);
    void save([...respondents, { id: crypto.randomUUID(), name: name.trim(), role }]).then(() => setName(''));
  };

  return (
    <section aria-labelledby="respondents-heading" class="panel-respondents">
      <h2 id="respondents-heading">{t('panel.respondents')}</h2>
      <p class="hint">{fingerprint ? t('panel.fingerprint') : t('panel.fingerprint.none')}</p>
      {fingerprint && (
        <p>
          <code dir="ltr" data-testid="lead-fingerprint">
            {fingerprint}
          </code>
        </p>
      )}
      {respondents.length === 0 && <p>{t('panel.respondents.none')}</p>}
      {respondents.map((respondent, i) => (
        <RespondentRow
          key={respondent.id}
          number={i + 1}
          model={model}
          respondent={respondent}
          receivedAt={received.get(respondent.id)}
          locked={locked}
          onChange={(changed) => void save(respondents.map((r) => (r.id === changed.id ? changed : r)))}
          onRemove={() => void save(respondents.filter((r) => r.id !== respondent.id))}
          onExport={(domains) =>
            onExport(respondent, domains).then(
              (file) => {
                setError(null);
                setStatus(t('panel.exported', { file }));
              },
              (e: unknown) => setError(errorText(e)),
            )
          }
        />
      ))}
      {!locked && (
        <form class="panel-add" onSubmit={add} noValidate>
          <fieldset>
            <legend>{t('panel.respondent.new')}</legend>
            <div class="field">
              <label for="new-respondent-name">{t('panel.respondent.name')}</label>
              <input
                id="new-respondent-name"
                value={name}
                maxLength={200}
                aria-invalid={nameError}
                aria-describedby={nameError ? 'new-respondent-name-error' : undefined}
                onInput={(e) => setName(e.currentTarget.value)}
              />
              {nameError && (
                <p id="new-respondent-name-error" class="field-error">
                  {t('panel.problem.name')}
                </p>
              )}
            </div>
            <div class="field">
              <label for="new-respondent-role">{t('panel.respondent.role')}</label>
              <RoleSelect id="new-respondent-role" value={role} disabled={false} onChange={setRole} />
            </div>
            <button type="submit">{t('panel.respondent.add')}</button>
          </fieldset>
        </form>
      )}
      <p role="status" class="save-state">
        {status}
      </p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

interface RowProps {
  number: number;
  model: MaturityModel;
  respondent: PanelRespondent;
  receivedAt: string | undefined;
  locked: boolean;
  onChange: (respondent: PanelRespondent) => void;
  onRemove: () => void;
  onExport: (domains: string[]) => Promise<void>;
}

function RespondentRow({ number, model, respondent, receivedAt, locked, onChange, onRemove, onExport }: RowProps) {
  const text = modelText(model);
  const prefix = `respondent-${respondent.id}`;
  const [name, setName] = useState(respondent.name);
  const [nameError, setNameError] = useState(false);
  // The domains asked are the package's: chosen at export, carried by the package and the contribution.
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(model.domains.map((d) => d.id)));
  const [domainsError, setDomainsError] = useState(false);

  const commitName = () => {
    const trimmed = name.trim();
    if (!trimmed) return setNameError(true);
    setNameError(false);
    if (trimmed !== respondent.name) onChange({ ...respondent, name: trimmed });
  };
  const exportPackage = () => {
    const domains = all ? model.domains.map((d) => d.id) : model.domains.map((d) => d.id).filter((id) => chosen.has(id));
    if (domains.length === 0) return setDomainsError(true);
    setDomainsError(false);
    void onExport(domains);
  };

  return (
    <fieldset class="panel-respondent" data-testid="respondent" disabled={locked}>
      <legend>{t('panel.respondent.legend', { number, name: respondent.name })}</legend>
      <p class="hint" data-testid="respondent-received">
        {receivedAt ? t('panel.respondent.received', { date: formatDateTime(receivedAt) }) : t('panel.respondent.waiting')}
      </p>
      <div class="panel-respondent-fields">
        <div class="field">
          <label for={`${prefix}-name`}>{t('panel.respondent.name')}</label>
          <input
            id={`${prefix}-name`}
            value={name}
            maxLength={200}
            aria-invalid={nameError}
            aria-describedby={nameError ? `${prefix}-name-error` : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
            onChange={commitName}
          />
          {nameError && (
            <p id={`${prefix}-name-error`} class="field-error">
              {t('panel.problem.name')}
            </p>
          )}
        </div>
        <div class="field">
          <label for={`${prefix}-role`}>{t('panel.respondent.role')}</label>
          <RoleSelect id={`${prefix}-role`} value={respondent.role} disabled={locked} onChange={(role) => onChange({ ...respondent, role })} />
        </div>
      </div>
      <fieldset class="panel-domains" aria-describedby={domainsError ? `${prefix}-domains-error` : undefined}>
        <legend>{t('panel.domains')}</legend>
        <div class="field checkbox">
          <input type="radio" id={`${prefix}-all`} name={`${prefix}-domains`} checked={all} onChange={() => setAll(true)} />
          <label for={`${prefix}-all`}>{t('panel.domains.all')}</label>
        </div>
        <div class="field checkbox">
          <input type="radio" id={`${prefix}-some`} name={`${prefix}-domains`} checked={!all} onChange={() => setAll(false)} />
          <label for={`${prefix}-some`}>{t('panel.domains.some')}</label>
        </div>
        {!all && (
          <ul class="panel-domain-list">
            {model.domains.map((domain) => (
              <li key={domain.id} class="field checkbox">
                <input
                  type="checkbox"
                  id={`${prefix}-domain-${domain.id}`}
                  checked={chosen.has(domain.id)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.currentTarget.checked) next.add(domain.id);
                    else next.delete(domain.id);
                    setChosen(next);
                  }}
                />
                <label for={`${prefix}-domain-${domain.id}`}>{text(domain.title)}</label>
              </li>
            ))}
          </ul>
        )}
        {domainsError && (
          <p id={`${prefix}-domains-error`} class="field-error">
            {t('panel.problem.domains')}
          </p>
        )}
      </fieldset>
      <div class="actions">
        <button type="button" class="primary" onClick={exportPackage}>
          {t('panel.export', { name: respondent.name })}
        </button>
        <button type="button" onClick={onRemove}>
          {t('panel.respondent.remove', { name: respondent.name })}
        </button>
      </div>
    </fieldset>
  );
}
