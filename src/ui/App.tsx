import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { currentLanguage, t } from '../i18n/index.ts';
import { StatusBar } from './components/StatusBar.tsx';
import { StorageNotices } from './components/StorageNotices.tsx';
import { UpdatePrompt } from './components/UpdatePrompt.tsx';
import { noteRouteChange } from './navigation.ts';

// Each page is its own chunk: a first visit loads only the page it opens.
const HomePage = lazy(() => import('./home/index.tsx').then((m) => m.HomePage));
const QuestionnairePage = lazy(() => import('./questionnaire/index.tsx').then((m) => m.QuestionnairePage));
const ResultsPage = lazy(() => import('./results/index.tsx').then((m) => m.ResultsPage));
const NotFoundPage = lazy(() => import('./NotFoundPage.tsx').then((m) => m.NotFoundPage));

export function App() {
  useEffect(() => {
    document.documentElement.lang = currentLanguage();
    document.title = t('app.title');
  }, []);

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
        </nav>
        <StatusBar />
      </header>
      <UpdatePrompt />
      <StorageNotices />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router onRouteChange={noteRouteChange}>
            <Route path="/" component={HomePage} />
            <Route path="/assessments/:id/results" component={ResultsPage} />
            <Route path="/assessments/:id/:elementId?" component={QuestionnairePage} />
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
