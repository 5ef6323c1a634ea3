import { render } from 'preact';
import { App } from './ui/App.tsx';
import { startLanguage } from './ui/language.ts';
import './ui/styles.css';

// The catalog comes first so the first paint is already in the person's language and direction.
startLanguage()
  .catch(() => undefined) // the interface stays in English
  .then(() => render(<App />, document.getElementById('app')!));
