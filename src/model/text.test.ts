import { describe, expect, it } from 'vitest';
import { languagesOf, localize, localizer, showText, translationCoverage } from './text.ts';

describe('localize', () => {
  const text = { en: 'Strategy', fr: 'Stratégie', 'zh-Hant': '策略' };

  it('takes the exact tag, then its base language, then the default', () => {
    expect(localize(text, 'zh-Hant', 'en')).toBe('策略');
    expect(localize(text, 'fr-CA', 'en')).toBe('Stratégie');
    expect(localize(text, 'ar', 'en')).toBe('Strategy');
  });

  it('shows a plain string in every language', () => {
    expect(localize('Strategy', 'ar', 'en')).toBe('Strategy');
    expect(languagesOf('Strategy', 'en')).toEqual(['en']);
  });

  it('never degrades to nothing when even the default language is missing', () => {
    expect(localize({ es: 'Estrategia' }, 'ar', 'en')).toBe('Estrategia');
  });
});

describe('showText', () => {
  it('says which language it shows and whether that is a fallback', () => {
    const text = { en: 'Strategy', fr: 'Stratégie' };
    expect(showText(text, 'fr-CA', 'en')).toEqual({ text: 'Stratégie', language: 'fr', fallback: false });
    expect(showText(text, 'ar', 'en')).toEqual({ text: 'Strategy', language: 'en', fallback: true });
    expect(showText('Plain', 'en', 'en')).toEqual({ text: 'Plain', language: 'en', fallback: false });
    expect(showText({ es: 'Estrategia' }, 'ar', 'en')).toEqual({ text: 'Estrategia', language: 'es', fallback: true });
  });

  it('is what localize and a localizer show', () => {
    const text = { en: 'Strategy', ar: 'الاستراتيجية' };
    expect(localize(text, 'ar', 'en')).toBe(showText(text, 'ar', 'en').text);
    expect(localizer({ defaultLanguage: 'en' }, 'ar')(text)).toBe('الاستراتيجية');
    expect(localizer({ defaultLanguage: 'ar' }, 'zh')(text)).toBe('الاستراتيجية');
  });
});

describe('translationCoverage', () => {
  it('lists, per language the model uses, the texts that fall back', () => {
    const coverage = translationCoverage(
      [
        { text: { en: 'Title', fr: 'Titre', ar: 'العنوان' }, path: '$.title' },
        { text: { en: 'Question', fr: 'Question ?' }, path: '$.domains[0].title' },
        { text: 'Plain', path: '$.description' },
      ],
      'en',
    );
    expect(coverage).toEqual([
      { language: 'en', present: 3, missing: [] },
      { language: 'fr', present: 2, missing: ['$.description'] },
      { language: 'ar', present: 1, missing: ['$.domains[0].title', '$.description'] },
    ]);
  });
});
