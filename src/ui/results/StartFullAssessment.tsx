import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../hooks.ts';

/**
 * On a quick check's results: start the full assessment from it. Its
 * answers pre-fill the full model's questions they stand for, marked "to
 * confirm" in the questionnaire, which opens at the start.
 */
export function StartFullAssessment({ start }: { start: () => Promise<string> }) {
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onStart = async () => {
    setBusy(true);
    setError(null);
    try {
      route(`/assessments/${await start()}`);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };
  return (
    <section class="start-full no-print" aria-labelledby="start-full-heading">
      <h2 id="start-full-heading">{t('prefill.heading')}</h2>
      <p>{t('prefill.explain')}</p>
      <button type="button" class="primary" onClick={() => void onStart()} disabled={busy}>
        {t('prefill.start')}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
