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
import { en, type Catalog, type Message, type MessageKey } from './en.ts';
import { DEFAULT_LANGUAGE, directionOf, matchLanguage, type Direction, type LanguageTag } from './languages.ts';

export type { MessageKey } from './en.ts';
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

/** Loads the catalog of `tag` (or its base language, or English) and makes it the current one. */
export async function loadLanguage(tag: string): Promise<LanguageTag> {
  const next = supportedLanguage(tag);
  catalog = next === 'en' ? en : await catalogLoaders[next]();
  language = next;
  return next;
}

// First Strong Isolate … Pop Directional Isolate: a value set inside a
// sentence of the other direction (an English organization name in an
// Arabic sentence) keeps its own direction and does not reorder the rest.
const FSI = '\u2068';
const PDI = '\u2069';

export function t(key: MessageKey, params: Params = {}): string {
  return formatMessage(catalog[key] ?? en[key], params);
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
