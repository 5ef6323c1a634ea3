import { currentDirection, currentLanguage, loadLanguage, t } from '../i18n/index.ts';
import { chooseLanguage } from '../i18n/languages.ts';

/**
 * The interface language a person chose, kept in localStorage: it is a
 * preference of this browser rather than assessment data, and it must be
 * known synchronously before the first paint so the page never flashes in
 * the wrong language or direction.
 */
const LANGUAGE_KEY = 'ict-governance.language';

function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // storage disabled: fall back to the browser's languages
  }
}

export function rememberLanguage(tag: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, tag);
  } catch {
    // Storage disabled: the choice holds for this visit only.
  }
}

/** Loads the language to start in and sets `<html lang dir>` and the title to it. */
export async function startLanguage(): Promise<void> {
  try {
    await loadLanguage(chooseLanguage(rememberedLanguage(), navigator.languages ?? [navigator.language]));
  } finally {
    applyDocumentLanguage(); // English, which is bundled, when the catalog could not load
  }
}

export function applyDocumentLanguage(): void {
  const root = document.documentElement;
  root.lang = currentLanguage();
  root.dir = currentDirection();
  document.title = t('app.title');
}
