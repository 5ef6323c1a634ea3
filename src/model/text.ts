import type { LocalText } from './schema.ts';

/** A text as shown, with the language it is in; `fallback` when that is not the one asked for. */
export interface ShownText {
  text: string;
  language: string;
  fallback: boolean;
}

/**
 * The text to show for `language`, and the language it is in: the exact tag,
 * then its base language (`fr-CA` → `fr`), then the model's default language,
 * then any text at all, so a missing translation degrades to another
 * language, never to nothing.
 */
export function showText(text: LocalText, language: string, defaultLanguage: string): ShownText {
  const base = language.split('-')[0]!;
  const shown = (value: string, tag: string) => ({ text: value, language: tag, fallback: tag !== language && tag !== base });
  if (typeof text === 'string') return shown(text, defaultLanguage);
  for (const tag of [language, base, defaultLanguage]) {
    const value = text[tag];
    if (value !== undefined) return shown(value, tag);
  }
  const [tag, value] = Object.entries(text)[0] ?? [defaultLanguage, ''];
  return shown(value, tag);
}

/** The text to show for `language` (see `showText`). */
export function localize(text: LocalText, language: string, defaultLanguage: string): string {
  return showText(text, language, defaultLanguage).text;
}

/** `localize` bound to one model and one language. */
export function localizer(model: { defaultLanguage: string }, language: string): (text: LocalText) => string {
  return (text) => localize(text, language, model.defaultLanguage);
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

export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left, by base language tag. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The direction of any language's text (the app's own, or a model's, in Persian or Hebrew say): the one definition. */
export function directionOf(tag: string): Direction {
  return RIGHT_TO_LEFT.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
