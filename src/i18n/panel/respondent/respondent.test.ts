import { afterEach, describe, expect, it } from 'vitest';
import { describeTranslations } from '../../catalog-part.fixture.ts';
import { loadLanguage, t } from '../../index.ts';
import { loadMessagePart } from '../../parts.ts';
import { LANGUAGES } from '../../languages.ts';
import { en, type RespondentCatalog } from './en.ts';

// The respondent part of every catalog says everything its English says, with the same placeholders and plural forms.
const catalogs: Record<string, RespondentCatalog> = {};
for (const { tag } of LANGUAGES) {
  if (tag !== 'en') catalogs[tag] = (await import(`./${tag}.ts`))[tag];
}

afterEach(() => loadLanguage('en'));

describeTranslations('respondent', en, catalogs);

describe('respondent messages', () => {
  it('are a part of the messages (parts.ts), loaded on demand, and follow a change of language once loaded', async () => {
    expect(t('contribution.open')).toBe('contribution.open'); // not loaded: the key shows
    await loadMessagePart('respondent');
    expect(t('contribution.open')).toBe('Open a contribution package');
    await loadLanguage('fr');
    expect(t('contribution.open')).toBe(catalogs.fr!['contribution.open']);
  });
});
