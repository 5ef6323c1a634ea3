/**
 * Tests of a catalog and its translations, shared by the message parts
 * (panel, respondent) and the report's catalogs: each language says
 * everything English says, with the same placeholders, gives every plural
 * form its language uses, and leaves no English sentence untranslated.
 */
import { describe, expect, it } from 'vitest';
import type { Message } from './en.ts';

/** The placeholders of a message (every plural form's), sorted. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();
}

export interface TranslationOptions {
  /** Look for English words with the placeholders taken out (a message of names and placeholders only is not English). */
  placeholdersAreNotWords?: boolean;
}

/** Describes, for each language of `catalogs`, that it translates `english` whole. */
export function describeTranslations(
  name: string,
  english: Readonly<Record<string, Message>>,
  catalogs: Readonly<Record<string, Readonly<Record<string, Message>>>>,
  { placeholdersAreNotWords = false }: TranslationOptions = {},
): void {
  describe.each(Object.entries(catalogs))(`the %s ${name} catalog`, (tag, catalog) => {
    it('has exactly the keys of English, with the same placeholders', () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      for (const [key, message] of Object.entries(english)) {
        expect({ key, placeholders: placeholders(catalog[key]!) }).toEqual({ key, placeholders: placeholders(message) });
      }
    });

    it('gives every plural form the language uses, and no English left in it', () => {
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(catalog)) {
        if (typeof english[key] === 'string') expect({ key, type: typeof message }).toEqual({ key, type: 'string' });
        else expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: [...categories].sort() });
      }
      const words = (message: Message) => (placeholdersAreNotWords ? JSON.stringify(message).replace(/\{\w+\}/g, '') : JSON.stringify(message));
      const untranslated = Object.entries(catalog).filter(
        ([key, message]) => JSON.stringify(message) === JSON.stringify(english[key]) && /[a-z]{3,} [a-z]{3,}/i.test(words(message)),
      );
      expect(untranslated.map(([key]) => key)).toEqual([]);
    });
  });
}
