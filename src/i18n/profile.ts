/**
 * The governance profile's messages, loaded by the pages that show the
 * profile before they draw (the questionnaire does not need them, so they
 * stay off its first visit).
 */
import { useMessagePart } from './index.ts';
import type { LanguageTag } from './languages.ts';
import type { ProfileCatalog } from './profile/en.ts';

const loaders: Readonly<Record<LanguageTag, () => Promise<ProfileCatalog>>> = {
  en: () => import('./profile/en.ts').then((m) => m.profileEn),
  ar: () => import('./profile/ar.ts').then((m) => m.profileAr),
  zh: () => import('./profile/zh.ts').then((m) => m.profileZh),
  fr: () => import('./profile/fr.ts').then((m) => m.profileFr),
  ru: () => import('./profile/ru.ts').then((m) => m.profileRu),
  es: () => import('./profile/es.ts').then((m) => m.profileEs),
};

const loadProfilePart = (tag: LanguageTag) => loaders[tag]();

/** Loads the governance profile's messages in the current language (and English, the fallback), and keeps them following the language. */
export function loadProfileMessages(): Promise<void> {
  return useMessagePart('profile', loadProfilePart);
}
