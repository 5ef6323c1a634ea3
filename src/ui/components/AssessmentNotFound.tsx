import { t } from '../../i18n/index.ts';

/** What the questionnaire and the results show for an assessment this device does not have. */
export function AssessmentNotFound() {
  return (
    <section>
      <h1>{t('questionnaire.notFound')}</h1>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </section>
  );
}
