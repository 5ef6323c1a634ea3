import { t } from '../i18n/index.ts';
import { usePageTitle } from './hooks.ts';

export function NotFoundPage() {
  usePageTitle(t('notFound.title'));
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </section>
  );
}
