/**
 * Message lookup. Every string the interface shows comes from a catalog
 * here; components call `t(key, params)`. Placeholders are written
 * `{name}`; a message with plural forms is an object keyed by the
 * `Intl.PluralRules` categories and chosen by `params.count`.
 *
 * English is bundled (it is the reference and the fallback for a missing
 * key); every other catalog is its own chunk, loaded by `loadLanguage`
 * before the interface is drawn in it, so a visit pays only for the
 * language it uses.
 */
import { en, type Catalog, type Message, type MessageKey as CoreMessageKey } from './en.ts';
import { DEFAULT_LANGUAGE, directionOf, matchLanguage, type Direction, type LanguageTag } from './languages.ts';
import type { PanelKey } from './panel/en.ts';
import type { ProfileMessageKey } from './profile/en.ts';
import type { NetworkMessageKey } from './network/en.ts';
import type { RespondentKey } from './panel/respondent/en.ts';

export type { PanelKey } from './panel/en.ts';

/**
 * A key of the core catalogs (bundled English) or of a part of the messages
 * that the pages using it load with themselves (`./parts.ts`), off the
 * questionnaire's first visit.
 */
export type MessageKey = CoreMessageKey | ProfileMessageKey | PanelKey | NetworkMessageKey | RespondentKey;
export type Params = Readonly<Record<string, string | number>>;

const catalogLoaders: Readonly<Record<Exclude<LanguageTag, 'en'>, () => Promise<Catalog>>> = {
  ar: () => import('./ar.ts').then((m) => m.ar),
  zh: () => import('./zh.ts').then((m) => m.zh),
  fr: () => import('./fr.ts').then((m) => m.fr),
  ru: () => import('./ru.ts').then((m) => m.ru),
  es: () => import('./es.ts').then((m) => m.es),
};

let language: LanguageTag = DEFAULT_LANGUAGE;
let catalog: Catalog = en;

/** Loads one part of the messages in a language. */
export type MessagePartLoader = (tag: LanguageTag) => Promise<Readonly<Record<string, Message>>>;

// The parts in use, loaded in the current language and in English (the
// fallback), and loaded again whenever the language changes.
const parts = new Map<string, MessagePartLoader>();
let partMessages: Partial<Record<string, Message>> = {};
let partMessagesEnglish: Partial<Record<string, Message>> = {};

// Loads run at once (a page's part and the network part as a page opens) and end in any order. Parts are
// only ever added, so a later load holds every part an earlier one does: an earlier load ending after it
// must not put back its smaller set (a page would show its keys), and is dropped.
let loadsStarted = 0;
let loadApplied = 0;

async function loadParts(tag: LanguageTag): Promise<void> {
  const run = ++loadsStarted;
  const loaded = await Promise.all([...parts.values()].map((load) => Promise.all([load('en'), load(tag)])));
  if (tag !== language) return; // the language changed meanwhile: its own load wins
  if (run < loadApplied) return;
  loadApplied = run;
  partMessagesEnglish = Object.assign({}, ...loaded.map(([english]) => english));
  partMessages = Object.assign({}, ...loaded.map(([, own]) => own));
}

/** Uses a part of the messages from now on (loaded now, and again on every change of language). */
export async function useMessagePart(name: string, load: MessagePartLoader): Promise<void> {
  if (parts.get(name) === load) return;
  parts.set(name, load);
  await loadParts(language);
}

export function currentLanguage(): LanguageTag {
  return language;
}

export function currentDirection(): Direction {
  return directionOf(language);
}

/** The catalog language to use for a requested tag (`en-GB` → `en`), English when there is none. */
export function supportedLanguage(tag: string): LanguageTag {
  return matchLanguage(tag) ?? DEFAULT_LANGUAGE;
}

/** Loads the catalog of `tag` (or its base language, or English), and the parts in use, and makes it the current one. */
export async function loadLanguage(tag: string): Promise<LanguageTag> {
  const next = supportedLanguage(tag);
  const nextCatalog = next === 'en' ? en : await catalogLoaders[next]();
  catalog = nextCatalog;
  language = next;
  await loadParts(next);
  return next;
}

// First Strong Isolate … Pop Directional Isolate: a value set inside a
// sentence of the other direction (an English organization name in an
// Arabic sentence) keeps its own direction and does not reorder the rest.
const FSI = '\u2068';
const PDI = '\u2069';

export function t(key: MessageKey, params: Params = {}): string {
  // A part's message asked for before the part is loaded shows its key: visible, never wrong.
  const message: Message =
    (catalog as Partial<Record<string, Message>>)[key] ?? partMessages[key] ?? en[key as CoreMessageKey] ?? partMessagesEnglish[key] ?? key;
  return formatMessage(message, params);
}

/** A message of any catalog in the current language: its plural form chosen, its placeholders filled (as `t` does). */
export function formatMessage(message: Message, params: Params = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params.count ?? 0);
    const category = new Intl.PluralRules(language).select(count);
    text = message[category] ?? message.other;
  }
  const isolate = currentDirection() === 'rtl';
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value);
    return isolate ? FSI + value + PDI : value;
  });
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(language, options).format(value);
}

export function formatScore(value: number): string {
  return formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The index (a mean level) with one decimal: it shows movement within a level, not more precision than it has. */
export function formatIndex(value: number): string {
  return formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function formatPercent(share: number): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
