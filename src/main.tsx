import { render } from 'preact';
import { App } from './ui/App.tsx';
import { startLanguage } from './ui/language.ts';
import './ui/styles.css';

// Number and date formats made ready off the main thread (see the worker).
try {
  new Worker(new URL('./ui/intl-warm.worker.ts', import.meta.url));
} catch {
  // a browser that refuses workers formats on the main thread, as before
}

// The catalog comes first so the first paint is already in the person's language and direction.
startLanguage()
  .catch(() => undefined) // the interface stays in English
  .then(() => render(<App />, document.getElementById('app')!));
