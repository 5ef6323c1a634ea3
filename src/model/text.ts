import type { LocalText } from './schema.ts';

/**
 * The text to show for `language`: the exact tag, then its base language
 * (`fr-CA` → `fr`), then the model's default language, then any text at all,
 * so a missing translation degrades to another language, never to nothing.
 */
export function localize(text: LocalText, language: string, defaultLanguage: string): string {
  if (typeof text === 'string') return text;
  const base = language.split('-')[0] ?? language;
  return (
    text[language] ??
    text[base] ??
    text[defaultLanguage] ??
    Object.values(text)[0] ??
    ''
  );
}

/** The languages a piece of text is given in (a plain string counts as the default language). */
export function languagesOf(text: LocalText, defaultLanguage: string): string[] {
  return typeof text === 'string' ? [defaultLanguage] : Object.keys(text);
}
