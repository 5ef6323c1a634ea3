import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { formatPercent, formatScore, setLanguage, supportedLanguage, t } from './index.ts';

afterEach(() => setLanguage('en'));

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
    expect(supportedLanguage('xx')).toBe('en');
  });

  it('formats scores and shares', () => {
    expect(formatScore(2)).toBe('2.00');
    expect(formatPercent(0.456)).toBe('46%');
  });

  it('has a plural "other" form for every plural message', () => {
    for (const message of Object.values(en)) {
      if (typeof message !== 'string') expect(message.other).toBeTruthy();
    }
  });
});
