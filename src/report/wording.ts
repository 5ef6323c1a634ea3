/**
 * The wording of the interface's current language (src/i18n), for the
 * report: its messages, its number and date formats, and a model's texts
 * in that language.
 */
import { currentDirection, currentLanguage, formatDateTime, formatIndex, formatNumber, formatPercent, t } from '../i18n/index.ts';
import type { MaturityModel } from '../model/schema.ts';
import { localize } from '../model/text.ts';
import type { Wording } from './report-document.ts';

export function currentWording(model: Pick<MaturityModel, 'defaultLanguage'>): Wording {
  const language = currentLanguage();
  return {
    language,
    direction: currentDirection(),
    t,
    text: (text) => localize(text, language, model.defaultLanguage),
    number: formatNumber,
    percent: formatPercent,
    index: formatIndex,
    dateTime: formatDateTime,
  };
}
