// Every report catalog says everything English says, with the same
// placeholders and the plural forms its language needs (as src/i18n's
// catalogs do), and none of its keys is also an interface key.
import { describe, expect, it } from 'vitest';
import { en, type Message } from '../../i18n/en.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { loadReportCatalog, reportEn, type ReportCatalog } from './index.ts';

const catalogs: Record<string, ReportCatalog> = {};
for (const { tag } of LANGUAGES) if (tag !== 'en') catalogs[tag] = await loadReportCatalog(tag);

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();
}

it('has keys of its own, none an interface key', () => {
  expect(Object.keys(reportEn).filter((key) => key in en)).toEqual([]);
});

describe.each(Object.entries(catalogs))('the %s report catalog', (tag, catalog) => {
  it('has exactly the keys of English, with their placeholders', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(reportEn).sort());
    for (const [key, message] of Object.entries(reportEn)) {
      expect({ key, placeholders: placeholders(catalog[key as keyof typeof reportEn]) }).toEqual({ key, placeholders: placeholders(message) });
    }
  });

  it('gives every plural form the language uses, and no English left in it', () => {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalog)) {
      if (typeof reportEn[key as keyof typeof reportEn] === 'string') expect({ key, type: typeof message }).toEqual({ key, type: 'string' });
      else expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: [...categories].sort() });
    }
    const untranslated = Object.entries(catalog).filter(
      ([key, message]) => JSON.stringify(message) === JSON.stringify(reportEn[key as keyof typeof reportEn]) && /[a-z]{3,} [a-z]{3,}/i.test(JSON.stringify(message).replace(/\{\w+\}/g, '')),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
