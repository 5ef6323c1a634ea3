import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../en.ts';
import { loadLanguage, t } from '../index.ts';
import { loadMessagePart } from '../parts.ts';
import { LANGUAGES } from '../languages.ts';
import { en, type PanelCatalog } from './en.ts';

// The panel part of every catalog says everything its English says, with the same placeholders and plural forms.
const catalogs: Record<string, PanelCatalog> = {};
for (const { tag } of LANGUAGES) {
  if (tag !== 'en') catalogs[tag] = (await import(`./${tag}.ts`))[tag];
}

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();
}

afterEach(() => loadLanguage('en'));

describe.each(Object.entries(catalogs))('the %s panel catalog', (tag, catalog) => {
  it('has exactly the keys of English, with the same placeholders', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(en)) {
      expect({ key, placeholders: placeholders(catalog[key as keyof typeof en]) }).toEqual({ key, placeholders: placeholders(message) });
    }
  });

  it('gives every plural form the language uses, and no English left in it', () => {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalog)) {
      const english = en[key as keyof typeof en] as Message;
      if (typeof english === 'string') expect({ key, type: typeof message }).toEqual({ key, type: 'string' });
      else expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: [...categories].sort() });
    }
    const untranslated = Object.entries(catalog).filter(
      ([key, message]) => JSON.stringify(message) === JSON.stringify(en[key as keyof typeof en]) && /[a-z]{3,} [a-z]{3,}/i.test(JSON.stringify(message)),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

describe('panel messages', () => {
  it('are loaded on demand, and follow a change of language once loaded', async () => {
    await loadMessagePart('panel');
    expect(t('review.heading')).toBe('Review and sign-off');
    await loadLanguage('fr');
    expect(t('review.heading')).toBe(catalogs.fr!['review.heading']);
  });
});
