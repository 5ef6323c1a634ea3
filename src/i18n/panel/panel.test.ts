import { afterEach, describe, expect, it } from 'vitest';
import { describeTranslations } from '../catalog-part.fixture.ts';
import { loadLanguage, t } from '../index.ts';
import { loadMessagePart } from '../parts.ts';
import { LANGUAGES } from '../languages.ts';
import { en, type PanelCatalog } from './en.ts';

// The panel part of every catalog says everything its English says, with the same placeholders and plural forms.
const catalogs: Record<string, PanelCatalog> = {};
for (const { tag } of LANGUAGES) {
  if (tag !== 'en') catalogs[tag] = (await import(`./${tag}.ts`))[tag];
}

afterEach(() => loadLanguage('en'));

describeTranslations('panel', en, catalogs);

describe('panel messages', () => {
  it('are loaded on demand, and follow a change of language once loaded', async () => {
    await loadMessagePart('panel');
    expect(t('review.heading')).toBe('Review and sign-off');
    await loadLanguage('fr');
    expect(t('review.heading')).toBe(catalogs.fr!['review.heading']);
  });
});
