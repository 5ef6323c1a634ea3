/**
 * The parts of the messages that only some pages show, each loaded by the
 * pages that show it (never by the questionnaire's first visit), in the
 * current language and English, the fallback, and again on every change of
 * language. One table: a part is a catalog file per language.
 */
import { useMessagePart, type MessagePartLoader } from './index.ts';

const PARTS = {
  /** Compare, compendium, benchmark, organization view, model page. */
  network: {
    en: () => import('./network/en.ts').then((m) => m.networkEn),
    ar: () => import('./network/ar.ts').then((m) => m.networkAr),
    zh: () => import('./network/zh.ts').then((m) => m.networkZh),
    fr: () => import('./network/fr.ts').then((m) => m.networkFr),
    ru: () => import('./network/ru.ts').then((m) => m.networkRu),
    es: () => import('./network/es.ts').then((m) => m.networkEs),
  },
  /** The panel, evidence and review. */
  panel: {
    en: () => import('./panel/en.ts').then((m) => m.en),
    ar: () => import('./panel/ar.ts').then((m) => m.ar),
    zh: () => import('./panel/zh.ts').then((m) => m.zh),
    fr: () => import('./panel/fr.ts').then((m) => m.fr),
    ru: () => import('./panel/ru.ts').then((m) => m.ru),
    es: () => import('./panel/es.ts').then((m) => m.es),
  },
  /** A panel respondent's side: contribution packages (home, results). */
  respondent: {
    en: () => import('./panel/respondent/en.ts').then((m) => m.en),
    ar: () => import('./panel/respondent/ar.ts').then((m) => m.ar),
    zh: () => import('./panel/respondent/zh.ts').then((m) => m.zh),
    fr: () => import('./panel/respondent/fr.ts').then((m) => m.fr),
    ru: () => import('./panel/respondent/ru.ts').then((m) => m.ru),
    es: () => import('./panel/respondent/es.ts').then((m) => m.es),
  },
  /** The governance profile. */
  profile: {
    en: () => import('./profile/en.ts').then((m) => m.profileEn),
    ar: () => import('./profile/ar.ts').then((m) => m.profileAr),
    zh: () => import('./profile/zh.ts').then((m) => m.profileZh),
    fr: () => import('./profile/fr.ts').then((m) => m.profileFr),
    ru: () => import('./profile/ru.ts').then((m) => m.profileRu),
    es: () => import('./profile/es.ts').then((m) => m.profileEs),
  },
} satisfies Record<string, { [Tag in Parameters<MessagePartLoader>[0]]: () => ReturnType<MessagePartLoader> }>;

export type MessagePart = keyof typeof PARTS;

// One loader a part, made once: `useMessagePart` knows a part in use by its loader.
const loaders = new Map<MessagePart, MessagePartLoader>();

/** Uses a part of the messages from now on: loaded now, and again on every change of language. */
export function loadMessagePart(part: MessagePart): Promise<void> {
  let load = loaders.get(part);
  if (!load) loaders.set(part, (load = (tag) => PARTS[part][tag]()));
  return useMessagePart(part, load);
}
