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

export interface LanguageCoverage {
  language: string;
  /** How many texts of the model are given in this language. */
  present: number;
  /** The JSON paths of texts that fall back to another language. */
  missing: string[];
}

/**
 * For every language the model uses anywhere (the default language first),
 * how many of its texts are given in it and which are missing; `texts` is
 * every localisable text of the model with its JSON path.
 */
export function translationCoverage(
  texts: readonly { text: LocalText; path: string }[],
  defaultLanguage: string,
): LanguageCoverage[] {
  const languages = new Set([defaultLanguage]);
  for (const { text } of texts) for (const language of languagesOf(text, defaultLanguage)) languages.add(language);
  return [...languages].map((language) => {
    const missing = texts.filter(({ text }) => !languagesOf(text, defaultLanguage).includes(language)).map(({ path }) => path);
    return { language, present: texts.length - missing.length, missing };
  });
}
