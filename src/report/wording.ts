/**
 * The wording of the interface's current language (src/i18n), for the
 * report: its messages and the report's own (./messages), its number and
 * date formats, and a model's texts in that language.
 */
import { currentDirection, currentLanguage, formatDateTime, formatIndex, formatMessage, formatNumber, formatPercent, t, type MessageKey } from '../i18n/index.ts';
import type { MaturityModel } from '../model/schema.ts';
import { localizer } from '../model/text.ts';
import { loadReportCatalog, reportEn, type ReportCatalog, type ReportMessageKey } from './messages/index.ts';
import type { Wording } from './report-document.ts';
import { loadMessagePart } from '../i18n/parts.ts';

const isReportKey = (key: string): key is ReportMessageKey => Object.hasOwn(reportEn, key);

/** The wording in the current language, given its report catalog (see `loadReportCatalog`). */
export function currentWording(model: Pick<MaturityModel, 'defaultLanguage'>, messages: ReportCatalog): Wording {
  const language = currentLanguage();
  return {
    language,
    direction: currentDirection(),
    t: (key, params) => (isReportKey(key) ? formatMessage(messages[key] ?? reportEn[key], params) : t(key as MessageKey, params)),
    text: localizer(model, language),
    number: formatNumber,
    percent: formatPercent,
    index: formatIndex,
    dateTime: formatDateTime,
  };
}

/** The wording in the current language, its report catalog loaded. */
export async function loadWording(model: Pick<MaturityModel, 'defaultLanguage'>): Promise<Wording> {
  // The results' own messages (the report says what the results page says) are a part loaded with that page; loaded here too, wherever a report is made.
  await loadMessagePart('network');
  return currentWording(model, await loadReportCatalog(currentLanguage()));
}
