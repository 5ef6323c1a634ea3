/**
 * Loads the network's messages (Compare, compendium, benchmark, organization
 * view, model page) in the current language and English, the fallback, and
 * keeps them following the language. Imported by the pages that show them,
 * never by the questionnaire's first visit.
 */
import { useMessagePart } from '../index.ts';
import type { LanguageTag } from '../languages.ts';
import type { NetworkCatalog } from './en.ts';

const loaders: Readonly<Record<LanguageTag, () => Promise<NetworkCatalog>>> = {
  en: () => import('./en.ts').then((m) => m.networkEn),
  ar: () => import('./ar.ts').then((m) => m.networkAr),
  zh: () => import('./zh.ts').then((m) => m.networkZh),
  fr: () => import('./fr.ts').then((m) => m.networkFr),
  ru: () => import('./ru.ts').then((m) => m.networkRu),
  es: () => import('./es.ts').then((m) => m.networkEs),
};

const loadNetworkPart = (tag: LanguageTag) => loaders[tag]();

export function loadNetworkMessages(): Promise<void> {
  return useMessagePart('network', loadNetworkPart);
}
