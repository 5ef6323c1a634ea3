import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, loadLanguage, t } from '../i18n/index.ts';
import type { LanguageTag } from '../i18n/languages.ts';
import { loadMessagePart, type MessagePart } from '../i18n/parts.ts';
import { LanguageSwitcher } from './components/LanguageSwitcher.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { StorageNotices, type StorageNotice } from './components/StorageNotices.tsx';
import { UpdatePrompt } from './components/UpdatePrompt.tsx';
import { applyDocumentLanguage, rememberLanguage } from './language.ts';
import { noteRouteChange } from './navigation.ts';
import { lazyPage } from './page-load.tsx';
import { onPendingWrites, openStorage, whenWritesSettled } from '../storage/index.ts';

// Each page is its own chunk: a first visit loads only the page it opens,
// with the parts of the messages it shows (off the questionnaire's first visit),
// all fetched at once rather than one after the other. The table of parts is
// in the core, so a part is asked for with the page's code, not after a
// chunk that only names it.
const messagePart = (part: MessagePart) => loadMessagePart(part);
const networkMessages = () => messagePart('network');
// Home's package panel speaks the respondent's part.
const HomePage = lazyPage(() => Promise.all([import('./home/index.tsx'), networkMessages(), messagePart('respondent')]).then(([m]) => m.HomePage));
const QuestionnairePage = lazyPage(() => import('./questionnaire/index.tsx').then((m) => m.QuestionnairePage));
// The results and the evidence register speak the panel's part, and the respondent's (exporting a contribution).
const ResultsPage = lazyPage(() =>
  Promise.all([import('./results/index.tsx'), networkMessages(), messagePart('panel'), messagePart('respondent')]).then(([m]) => m.ResultsPage),
);
const EvidencePage = lazyPage(() => Promise.all([import('./results/index.tsx'), messagePart('panel'), messagePart('respondent')]).then(([m]) => m.EvidencePage));
const PanelPage = lazyPage(() => Promise.all([import('./panel/index.tsx'), networkMessages()]).then(([m]) => m.PanelPage));
const ProfilePage = lazyPage(() => import('./profile/index.tsx').then((m) => m.ProfilePage));
const ComparePage = lazyPage(() => Promise.all([import('./compare/index.tsx'), networkMessages()]).then(([m]) => m.ComparePage));
const OrganizationPage = lazyPage(() => Promise.all([import('./organization/index.tsx'), networkMessages()]).then(([m]) => m.OrganizationPage));
const ModelPage = lazyPage(() => Promise.all([import('./model/index.tsx'), networkMessages()]).then(([m]) => m.ModelPage));
const NotFoundPage = lazyPage(() => import('./NotFoundPage.tsx').then((m) => m.NotFoundPage));

// The app opens its storage once, with the handlers that say when another tab stands in the way.
const noticeListeners = new Set<(notice: StorageNotice) => void>();
let storageNotice: StorageNotice | null = null;
const tell = (notice: StorageNotice) => {
  storageNotice = notice;
  for (const listener of noticeListeners) listener(notice);
};
void openStorage({ blocked: () => tell('blocked'), blocking: () => tell('outdated') }).catch(() => undefined);

/**
 * Switching language draws the page again (its content is keyed by the
 * language): it reads its text afresh, and what it holds is saved as on any
 * navigation. The header stays, so focus stays on the switcher.
 */
export function App() {
  const [language, setLanguage] = useState<LanguageTag>(currentLanguage());
  const [notice, setNotice] = useState<StorageNotice | null>(storageNotice);
  useEffect(() => {
    noticeListeners.add(setNotice);
    return () => void noticeListeners.delete(setNotice);
  }, []);

  const switchLanguage = async (tag: LanguageTag) => {
    // Kept at once, so a page left before the catalog arrives opens in the language chosen;
    // kept again as loaded (the language fallen back to, should this one fail to load).
    rememberLanguage(tag);
    const loaded = await loadLanguage(tag);
    rememberLanguage(loaded);
    applyDocumentLanguage();
    setLanguage(loaded);
  };

  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="app-header">
        <a class="app-name" href="/">
          {t('app.title')}
        </a>
        <nav aria-label={t('nav.label')}>
          <a href="/">{t('nav.home')}</a>
          <a href="/compare">{t('nav.compare')}</a>
        </nav>
        <LanguageSwitcher language={language} onChange={(tag) => void switchLanguage(tag)} />
        <StatusBar pendingWrites={onPendingWrites} />
      </header>
      <UpdatePrompt writesSettled={whenWritesSettled} />
      <StorageNotices notice={notice} />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={language}>
          <Router onRouteChange={noteRouteChange}>
            <Route path="/" component={HomePage} />
            <Route path="/assessments/:id/results" component={ResultsPage} />
            <Route path="/assessments/:id/evidence/:questionId" component={EvidencePage} />
            <Route path="/assessments/:id/profile" component={ProfilePage} />
            <Route path="/assessments/:id/panel" component={PanelPage} />
            <Route path="/assessments/:id/:elementId?" component={QuestionnairePage} />
            <Route path="/models/:id/:version" component={ModelPage} />
            <Route path="/compare" component={ComparePage} />
            <Route path="/organizations/:name/:period" component={OrganizationPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <p>{t('app.version', { version: __APP_VERSION__ })}</p>
      </footer>
    </LocationProvider>
  );
}
