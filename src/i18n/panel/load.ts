/**
 * Loads the panel, evidence and review messages (English, the fallback,
 * and the current language's) and keeps them following the language.
 * Imported by the pages that show them, never by the questionnaire's first visit.
 */
import { useMessagePart } from '../index.ts';
import type { LanguageTag } from '../languages.ts';
import type { PanelCatalog } from './en.ts';

const loaders: Readonly<Record<LanguageTag, () => Promise<PanelCatalog>>> = {
  en: () => import('./en.ts').then((m) => m.en),
  ar: () => import('./ar.ts').then((m) => m.ar),
  zh: () => import('./zh.ts').then((m) => m.zh),
  fr: () => import('./fr.ts').then((m) => m.fr),
  ru: () => import('./ru.ts').then((m) => m.ru),
  es: () => import('./es.ts').then((m) => m.es),
};

const loadPanelPart = (tag: LanguageTag) => loaders[tag]();

export function loadPanelMessages(): Promise<void> {
  return useMessagePart('panel', loadPanelPart);
}
