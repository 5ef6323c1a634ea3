import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { FileButton } from '../components/FileButton.tsx';
import { FileDrop } from '../components/FileDrop.tsx';

/** What became of one imported file, worded for the lead. */
export type ImportOutcome =
  | { file: string; outcome: 'accepted' | 'replaced'; name: string }
  | { file: string; outcome: 'refused'; reason: string };

interface Props {
  locked: boolean;
  /** How many contributions the assessment holds. */
  received: number;
  /** Checks and keeps each file, in order; a refused file changes nothing. */
  onFiles: (files: File[]) => Promise<ImportOutcome[]>;
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
export function ContributionImport({ locked, received, onFiles }: Props) {
  const [results, setResults] = useState<ImportOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const take = (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    void onFiles(files)
      .then(setResults)
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="contributions-heading" class="panel-import">
      <h2 id="contributions-heading">{t('panel.import.heading')}</h2>
      <p data-testid="received">{received === 0 ? t('panel.received.none') : t('panel.received', { count: received })}</p>
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
