import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { ContributionSource } from '../../assessment/schema.ts';
import { Fingerprint } from '../components/Fingerprint.tsx';
import { downloadFile } from '../download.ts';
import { errorMessage } from '../hooks.ts';
import { roleName } from '../panel/roles.ts';

interface Props {
  source: ContributionSource;
  /** How many of the model's domains the respondent was asked. */
  asked: { asked: number; total: number };
  /** Makes the contribution file: its name and text. */
  exportContribution: () => Promise<{ name: string; text: string }>;
  /** Where it is shown: the results (a section with its heading) or the questionnaire (a compact box). */
  place?: 'results' | 'questionnaire';
}

/** Who asks: the lead by name, role and organization (a version 2 package), or as a version 1 package named them. */
function askedBy(lead: ContributionSource['lead']): string | null {
  if (!lead.organization) return null;
  return lead.role
    ? t('contribution.askedBy', { name: lead.name, role: lead.role, organization: lead.organization })
    : t('contribution.askedByNoRole', { name: lead.name, organization: lead.organization });
}

/** On a respondent's own assessment: who they answer as, who asks, and the export of their contribution file. */
export function ContributionExport({ source, asked, exportContribution, place = 'results' }: Props) {
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  const save = async () => {
    try {
      const { name, text } = await exportContribution();
      downloadFile(name, text, 'application/json');
      setFailure('');
      setStatus(t('contribution.exported', { file: name }));
    } catch (error) {
      setStatus('');
      setFailure(t('contribution.exportFailed', { reason: errorMessage(error) }));
    }
  };
  const by = askedBy(source.lead);
  const role = roleName(source.respondent.role);
  const headingId = `contribution-heading-${place}`;
  return (
    <section class={`contribution-export no-print contribution-export-${place}`} aria-labelledby={headingId} data-testid="contribution-export">
      <h2 id={headingId}>{t('contribution.heading')}</h2>
      <p data-testid="contribution-banner">
        {by ? t('contribution.answerAs', { name: source.respondent.name, role }) : t('contribution.banner', { name: source.respondent.name, role, lead: source.lead.name })}
      </p>
      {by && <p data-testid="asked-by">{by}</p>}
      <p data-testid="asked-domains">{t('contribution.domains', { count: asked.asked, total: asked.total })}</p>
      {source.lead.fingerprint && place === 'results' && (
        <p>
          {t('contribution.fingerprint')} <Fingerprint value={source.lead.fingerprint} />
        </p>
      )}
      {place === 'results' && <p>{t('contribution.exportIntro')}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void save()}>
          {t('contribution.export')}
        </button>
      </div>
      <p role="status" class="save-state">
        {status}
      </p>
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
