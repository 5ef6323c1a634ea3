import { currentLanguage } from '../i18n/index.ts';
import type { LocalText, MaturityModel } from '../model/schema.ts';
import { localize } from '../model/text.ts';

/** A localiser bound to one model and the interface language. */
export function modelText(model: MaturityModel): (text: LocalText) => string {
  const language = currentLanguage();
  return (text) => localize(text, language, model.defaultLanguage);
}

export function questionCount(model: MaturityModel): number {
  return model.domains.reduce((n, d) => n + d.elements.reduce((m, e) => m + e.questions.length, 0), 0);
}
