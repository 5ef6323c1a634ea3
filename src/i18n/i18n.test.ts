import { afterEach, describe, expect, it } from 'vitest';
import { en, type Catalog, type Message } from './en.ts';
import { currentDirection, formatPercent, formatScore, loadLanguage, supportedLanguage, t } from './index.ts';
import { loadMessagePart } from './parts.ts';
import { LANGUAGES, chooseLanguage, directionOf } from './languages.ts';

afterEach(() => loadLanguage('en'));

describe('t', () => {
  it('fills placeholders and formats numbers', () => {
    expect(t('questionnaire.progress', { answered: 1200, total: 1500 })).toBe('1,200 of 1,500 questions answered');
  });

  it('chooses plural forms by count', () => {
    expect(t('questionnaire.notSaved', { count: 1 })).toMatch(/^1 answer is not saved/);
    expect(t('questionnaire.notSaved', { count: 3 })).toMatch(/^3 answers are not saved/);
  });

  it('leaves a placeholder that has no value visible rather than inventing one', () => {
    expect(t('model.version')).toBe('Version {version}');
  });

  it('falls back to a catalog that exists', () => {
    expect(supportedLanguage('en-GB')).toBe('en');
    expect(supportedLanguage('fr-CA')).toBe('fr');
    expect(supportedLanguage('zh-Hans-CN')).toBe('zh');
    expect(supportedLanguage('xx')).toBe('en');
  });

  it('formats scores and shares', () => {
    expect(formatScore(2)).toBe('2.00');
    expect(formatPercent(0.456)).toBe('46%');
  });

  it('speaks the loaded language, and isolates values inside right-to-left text', async () => {
    await loadLanguage('fr');
    expect(t('nav.home')).not.toBe(en['nav.home']);
    expect(currentDirection()).toBe('ltr');
    await loadLanguage('ar-EG');
    expect(currentDirection()).toBe('rtl');
    // An English name inside an Arabic sentence keeps its own direction.
    expect(t('home.organizationWithUnit', { name: 'UNICEF', unit: 'Field office' })).toContain('\u2068UNICEF\u2069');
    await loadLanguage('en');
    expect(t('home.organizationWithUnit', { name: 'UNICEF', unit: 'HQ' })).toBe('UNICEF — HQ');
  });
});

describe('the language to start in', () => {
  it('is the remembered choice, then the first preferred language the app speaks, then English', () => {
    expect(chooseLanguage('ru', ['fr-FR', 'en'])).toBe('ru');
    expect(chooseLanguage(null, ['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(chooseLanguage('tlh', ['de', 'ja'])).toBe('en');
    expect(chooseLanguage(undefined, [])).toBe('en');
  });

  it('sets the direction of Arabic only', () => {
    expect(LANGUAGES.filter(({ tag }) => directionOf(tag) === 'rtl').map(({ tag }) => tag)).toEqual(['ar']);
    // One definition for the app's languages and a model's: each language's declared direction is what directionOf says.
    for (const { tag, dir } of LANGUAGES) expect(directionOf(tag)).toBe(dir);
    expect(directionOf('he-IL')).toBe('rtl');
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('en-GB')).toBe('ltr');
  });
});

// Every catalog must say everything English says, with the same
// placeholders, and give every plural form its language needs.
const catalogs: Record<string, Catalog> = {};
for (const { tag } of LANGUAGES) {
  if (tag !== 'en') catalogs[tag] = (await import(`./${tag}.ts`))[tag];
}

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();
}

describe.each(Object.entries(catalogs))('the %s catalog', (tag, catalog) => {
  it('has exactly the keys of English', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it('has the placeholders of English in every message', () => {
    for (const [key, message] of Object.entries(en)) {
      expect({ key, placeholders: placeholders(catalog[key as keyof typeof en]) }).toEqual({ key, placeholders: placeholders(message) });
    }
  });

  it('gives every plural form the language uses, and no English left in it', () => {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalog)) {
      const english = en[key as keyof typeof en];
      if (typeof english === 'string') {
        expect({ key, type: typeof message }).toEqual({ key, type: 'string' });
      } else {
        expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: [...categories].sort() });
      }
    }
    const untranslated = Object.entries(catalog).filter(
      ([key, message]) => JSON.stringify(message) === JSON.stringify(en[key as keyof typeof en]) && /[a-z]{3,} [a-z]{3,}/i.test(JSON.stringify(message)),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

it('has a plural "other" form for every plural message', () => {
  for (const message of Object.values(en)) {
    if (typeof message !== 'string') expect(message.other).toBeTruthy();
  }
});

// The governance profile's own messages, loaded with its pages: the same rules as the core catalogs.
describe('the governance profile messages', async () => {
  const { profileEn } = await import('./profile/en.ts');
  const profileCatalogs: Record<string, Record<string, Message>> = {};
  for (const { tag } of LANGUAGES) {
    if (tag !== 'en') profileCatalogs[tag] = (await import(`./profile/${tag}.ts`))[`profile${tag[0]!.toUpperCase()}${tag.slice(1)}`];
  }

  it.each(Object.entries(profileCatalogs))('in %s: the keys, placeholders and plural forms of English, translated', (tag, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(profileEn).sort());
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const [key, english] of Object.entries(profileEn) as [string, Message][]) {
      const message = catalog[key]!;
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english) });
      if (typeof english === 'string') expect({ key, type: typeof message }).toEqual({ key, type: 'string' });
      else expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: [...categories].sort() });
      expect({ key, same: JSON.stringify(message) === JSON.stringify(english) }).toEqual({ key, same: false });
    }
  });

  it('shares no key with the core catalogs, and is found by t() once loaded, in the current language', async () => {
    expect(Object.keys(profileEn).filter((key) => key in en)).toEqual([]);
    await loadLanguage('fr');
    await loadMessagePart('profile');
    expect(t('profile.value.above-max', { max: 100 })).toBe('Saisissez 100 ou moins. Non enregistré.');
    await loadLanguage('en');
    // Switching language forgets the French page messages; English is the fallback until the page loads its own.
    expect(t('profile.amount')).toBe('Amount');
  });
});

// The network's messages (Compare, compendium, benchmark, organization view, model page), loaded with
// those pages, off the questionnaire's first visit: the same rules as the core catalogs.
describe('the network messages', async () => {
  const { networkEn } = await import('./network/en.ts');
  const networkCatalogs: Record<string, Record<string, Message>> = {};
  for (const { tag } of LANGUAGES) {
    if (tag !== 'en') networkCatalogs[tag] = (await import(`./network/${tag}.ts`))[`network${tag[0]!.toUpperCase()}${tag.slice(1)}`];
  }

  it.each(Object.entries(networkCatalogs))('in %s: the keys, placeholders and plural forms of English', (tag, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(networkEn).sort());
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const [key, english] of Object.entries(networkEn) as [string, Message][]) {
      const message = catalog[key]!;
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english) });
      if (typeof english === 'string') expect({ key, type: typeof message }).toEqual({ key, type: 'string' });
      else expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: [...categories].sort() });
    }
  });

  it('shares no key with the core catalogs, and follows the language once loaded', async () => {
    expect(Object.keys(networkEn).filter((key) => key in en)).toEqual([]);
    expect(t('compare.title')).toBe('compare.title'); // not loaded: the key shows, never a wrong text
    await loadMessagePart('network');
    expect(t('compare.title')).toBe(networkEn['compare.title']);
    await loadLanguage('ar');
    const { networkAr } = await import('./network/ar.ts');
    expect(t('compare.title')).toBe(networkAr['compare.title']);
    await loadLanguage('en');
    expect(t('compare.title')).toBe(networkEn['compare.title']);
  });
});
