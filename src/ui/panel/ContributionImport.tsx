import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../i18n/index.ts';
import type { PanelRole } from '../../assessment/schema.ts';
import { roleName } from './roles.ts';
import { FileButton } from '../components/FileButton.tsx';
import { FileDrop } from '../components/FileDrop.tsx';

/** What became of one imported file, worded for the lead. */
export type ImportOutcome =
  | { file: string; outcome: 'accepted' | 'replaced'; name: string }
  | { file: string; outcome: 'refused'; reason: string };

/** One contribution the assessment holds. */
export interface ReceivedContribution {
  respondentId: string;
  name: string;
  role: PanelRole;
  importedAt: string;
}

interface Props {
  locked: boolean;
  /** The contributions the assessment holds. */
  received: readonly ReceivedContribution[];
  /** Checks and keeps each file, in order; a refused file changes nothing. */
  onFiles: (files: File[]) => Promise<ImportOutcome[]>;
  /** Removes one respondent's contribution; rejects, nothing changed, when refused (approved). */
  onRemove: (respondentId: string) => Promise<void>;
  errorText: (error: unknown) => string;
}

function outcomeText(result: ImportOutcome): string {
  switch (result.outcome) {
    case 'accepted':
      return t('panel.import.accepted', { file: result.file, name: result.name });
    case 'replaced':
      return t('panel.import.replaced', { file: result.file, name: result.name });
    case 'refused':
      return t('panel.import.refused', { file: result.file, reason: result.reason });
  }
}

/** The contribution files the respondents sent back: chosen or dropped, each accepted, replacing, or refused with why. */
export function ContributionImport({ locked, received, onFiles, onRemove, errorText }: Props) {
  const [results, setResults] = useState<ImportOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remove = (contribution: ReceivedContribution) =>
    onRemove(contribution.respondentId).then(
      () => {
        setError(null);
        setNotice(t('panel.contribution.removed', { name: contribution.name }));
        // The list loses the row that had the focus: the heading takes it, so keyboard users stay in the section.
        document.getElementById('contributions-heading')?.focus();
        return true;
      },
      (e: unknown) => {
        setNotice('');
        setError(errorText(e));
        return false;
      },
    );
  const take = (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    void onFiles(files)
      .then(setResults)
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="contributions-heading" class="panel-import">
      <h2 id="contributions-heading" tabIndex={-1}>
        {t('panel.import.heading')}
      </h2>
      <p data-testid="received">{received.length === 0 ? t('panel.received.none') : t('panel.received', { count: received.length })}</p>
      {received.length > 0 && (
        <ul class="panel-received" data-testid="received-list">
          {received.map((contribution) => (
            <ReceivedRow key={contribution.respondentId} contribution={contribution} locked={locked} onRemove={() => remove(contribution)} />
          ))}
        </ul>
      )}
      <p role="status" class="save-state" data-testid="contribution-notice">
        {notice}
      </p>
      {error && <p role="alert">{error}</p>}
      {!locked && (
        <FileDrop onFiles={take} disabled={busy}>
          <FileButton id="contribution-files" label={t('panel.import.button')} accept=".json,application/json" multiple onFiles={take} disabled={busy} describedBy="contribution-drop" />
          <p id="contribution-drop" class="hint">
            {t('panel.import.drop')}
          </p>
        </FileDrop>
      )}
      <div role="status">
        {results.length > 0 && (
          <>
            <h3>{t('panel.import.results')}</h3>
            <ul class="import-results" data-testid="import-results">
              {results.map((result, i) => (
                <li key={i} class={`import-${result.outcome}`}>
                  {outcomeText(result)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

interface RowProps {
  contribution: ReceivedContribution;
  locked: boolean;
  /** Resolves true once removed (the row goes), false when refused (the row stays, the reason shown). */
  onRemove: () => Promise<boolean>;
}

/** One contribution held: who sent it and when, and its removal, asked to be confirmed in place (no dialog: keyboard and screen readers stay on the row). */
function ReceivedRow({ contribution, locked, onRemove }: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Asking moves the focus to "Remove", keeping it moves it back: keyboard users stay where they act.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) removeButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const confirmId = `remove-${contribution.respondentId}-confirm`;
  return (
    <li data-testid="received-contribution" data-respondent={contribution.name}>
      <span>
        {t('panel.contribution.row', { name: contribution.name, role: roleName(contribution.role), date: formatDateTime(contribution.importedAt) })}
      </span>
      {!locked && !confirming && (
        <button type="button" ref={removeButton} onClick={() => setConfirming(true)}>
          {t('panel.contribution.remove', { name: contribution.name })}
        </button>
      )}
      {!locked && confirming && (
        <span class="panel-confirm" role="group" aria-labelledby={confirmId}>
          <span id={confirmId}>{t('panel.contribution.confirm', { name: contribution.name })}</span>{' '}
          <button
            type="button"
            class="danger"
            ref={confirmButton}
            onClick={() => void onRemove().then((removed) => removed || setConfirming(false))}
          >
            {t('panel.contribution.confirmRemove')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('panel.contribution.keep')}
          </button>
        </span>
      )}
    </li>
  );
}
