import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { ContributionSource } from '../../assessment/schema.ts';
import { Fingerprint } from '../components/Fingerprint.tsx';
import { downloadFile } from '../download.ts';
import { errorMessage } from '../hooks.ts';
import { roleName } from '../panel/roles.ts';

interface Props {
  source: ContributionSource;
  /** Makes the contribution file: its name and text. */
  exportContribution: () => Promise<{ name: string; text: string }>;
}

/** On a respondent's own assessment: who they answer as, for whom, and the export of their contribution file. */
export function ContributionExport({ source, exportContribution }: Props) {
  const [failure, setFailure] = useState('');
  const save = async () => {
    try {
      const { name, text } = await exportContribution();
      downloadFile(name, text, 'application/json');
      setFailure('');
    } catch (error) {
      setFailure(t('contribution.exportFailed', { reason: errorMessage(error) }));
    }
  };
  return (
    <section class="contribution-export no-print" aria-labelledby="contribution-heading" data-testid="contribution-export">
      <h2 id="contribution-heading">{t('contribution.heading')}</h2>
      <p>{t('contribution.banner', { name: source.respondent.name, role: roleName(source.respondent.role), lead: source.lead.name })}</p>
      <p>{t('contribution.domains', { count: source.domains.length })}</p>
      {source.lead.fingerprint && (
        <p>
          {t('contribution.fingerprint')} <Fingerprint value={source.lead.fingerprint} />
        </p>
      )}
      <p>{t('contribution.exportIntro')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void save()}>
          {t('contribution.export')}
        </button>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
