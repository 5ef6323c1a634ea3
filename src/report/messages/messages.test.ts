// Every report catalog says everything English says, with the same
// placeholders and the plural forms its language needs (as src/i18n's
// catalogs do), and none of its keys is also an interface key.
import { expect, it } from 'vitest';
import { describeTranslations } from '../../i18n/catalog-part.fixture.ts';
import { en } from '../../i18n/en.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { loadReportCatalog, reportEn, type ReportCatalog } from './index.ts';

const catalogs: Record<string, ReportCatalog> = {};
for (const { tag } of LANGUAGES) if (tag !== 'en') catalogs[tag] = await loadReportCatalog(tag);

it('has keys of its own, none an interface key', () => {
  expect(Object.keys(reportEn).filter((key) => key in en)).toEqual([]);
});

describeTranslations('report', reportEn, catalogs, { placeholdersAreNotWords: true });
