/**
 * Message lookup. Every string the interface shows comes from a catalog
 * here; components call `t(key, params)`. Placeholders are written
 * `{name}`; a message with plural forms is an object keyed by the
 * `Intl.PluralRules` categories and chosen by `params.count`.
 */
import { en, type Catalog, type MessageKey } from './en.ts';

export type { MessageKey } from './en.ts';
export type Params = Readonly<Record<string, string | number>>;

const catalogs: Readonly<Record<string, Catalog>> = { en };

let language = 'en';

export function currentLanguage(): string {
  return language;
}

/** The catalog language to use for a requested tag (`en-GB` → `en`), English when there is none. */
export function supportedLanguage(tag: string): string {
  if (tag in catalogs) return tag;
  const base = tag.split('-')[0] ?? '';
  return base in catalogs ? base : 'en';
}

export function setLanguage(tag: string): void {
  language = supportedLanguage(tag);
}

export function t(key: MessageKey, params: Params = {}): string {
  const message = (catalogs[language] ?? en)[key] ?? en[key];
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params.count ?? 0);
    const category = new Intl.PluralRules(language).select(count) as keyof typeof message;
    text = message[category] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(language, options).format(value);
}

export function formatScore(value: number): string {
  return formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function formatPercent(share: number): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
