/**
 * Loads the messages of a panel respondent's side (English, the fallback,
 * and the current language's) and keeps them following the language.
 * Imported by the pages that show them, never by the questionnaire's first visit.
 */
import { useMessagePart } from '../../index.ts';
import type { LanguageTag } from '../../languages.ts';
import type { RespondentCatalog } from './en.ts';

const loaders: Readonly<Record<LanguageTag, () => Promise<RespondentCatalog>>> = {
  en: () => import('./en.ts').then((m) => m.en),
  ar: () => import('./ar.ts').then((m) => m.ar),
  zh: () => import('./zh.ts').then((m) => m.zh),
  fr: () => import('./fr.ts').then((m) => m.fr),
  ru: () => import('./ru.ts').then((m) => m.ru),
  es: () => import('./es.ts').then((m) => m.es),
};

const loadRespondentPart = (tag: LanguageTag) => loaders[tag]();

export function loadRespondentMessages(): Promise<void> {
  return useMessagePart('respondent', loadRespondentPart);
}
