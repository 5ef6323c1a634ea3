/** The report's messages in a language: English with the report, the others each their own small chunk. */
import type { LanguageTag } from '../../i18n/languages.ts';
import { reportEn, type ReportCatalog } from './en.ts';

export { reportEn, type ReportCatalog, type ReportMessageKey } from './en.ts';

const loaders: Readonly<Record<Exclude<LanguageTag, 'en'>, () => Promise<ReportCatalog>>> = {
  ar: () => import('./ar.ts').then((m) => m.reportAr),
  es: () => import('./es.ts').then((m) => m.reportEs),
  fr: () => import('./fr.ts').then((m) => m.reportFr),
  ru: () => import('./ru.ts').then((m) => m.reportRu),
  zh: () => import('./zh.ts').then((m) => m.reportZh),
};

export async function loadReportCatalog(language: LanguageTag): Promise<ReportCatalog> {
  return language === 'en' ? reportEn : loaders[language]();
}
