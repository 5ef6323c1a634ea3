/**
 * The interface languages: the six official languages of the United
 * Nations, each named in itself so a person can find their own in a list
 * written in a language they may not read.
 */
import { directionOf, type Direction } from '../model/text.ts';

// The direction of a language's text is a fact about text, defined once in the domain.
export { directionOf, type Direction };

export const LANGUAGES = [
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
  { tag: 'zh', name: '中文', dir: 'ltr' },
  { tag: 'en', name: 'English', dir: 'ltr' },
  { tag: 'fr', name: 'Français', dir: 'ltr' },
  { tag: 'ru', name: 'Русский', dir: 'ltr' },
  { tag: 'es', name: 'Español', dir: 'ltr' },
] as const;

export type LanguageTag = (typeof LANGUAGES)[number]['tag'];

export const DEFAULT_LANGUAGE: LanguageTag = 'en';

export function isLanguageTag(tag: string): tag is LanguageTag {
  return LANGUAGES.some((language) => language.tag === tag);
}

/** The interface language for a requested tag: the exact tag, then its base (`fr-CA` → `fr`, `zh-Hans-CN` → `zh`), or none. */
export function matchLanguage(tag: string): LanguageTag | undefined {
  const lower = tag.trim().toLowerCase();
  if (isLanguageTag(lower)) return lower;
  const base = lower.split(/[-_]/)[0] ?? '';
  return isLanguageTag(base) ? base : undefined;
}

/**
 * The language to show: the person's earlier choice, else the first of the
 * browser's preferred languages (`navigator.languages`, in order) that the
 * app speaks, else English.
 */
export function chooseLanguage(remembered: string | null | undefined, preferred: readonly string[]): LanguageTag {
  if (remembered) {
    const match = matchLanguage(remembered);
    if (match) return match;
  }
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

