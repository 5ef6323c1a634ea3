import { currentLanguage, formatIndex as formatIndexNumber, t } from '../i18n/index.ts';
import { highestLevel, lowestLevel, type Level, type LocalText, type MaturityModel } from '../model/schema.ts';
import { localizer } from '../model/text.ts';
import { questionsOf } from '../model/walk.ts';

/** A localiser bound to one model and the interface language. */
export function modelText(model: Pick<MaturityModel, 'defaultLanguage'>): (text: LocalText) => string {
  return localizer(model, currentLanguage());
}

export function questionCount(model: MaturityModel): number {
  return questionsOf(model).length;
}

/** "3 — Defined": a level with the model's name for it; a dash when there is none. */
export function levelLabel(model: MaturityModel, level: Level | null): string {
  if (level === null) return t('results.none');
  const scale = model.scale.find((s) => s.level === level);
  return t('results.levelName', { level, name: scale ? modelText(model)(scale.name) : '' });
}

/** The index with one decimal, or a dash when there is none. */
export function formatIndex(value: number | null): string {
  return value === null ? t('results.none') : formatIndexNumber(value);
}

/** "Index (0–5)": the index's name with the model's scale. */
export function indexLabel(model: MaturityModel): string {
  return t('results.score', { low: lowestLevel(model), high: highestLevel(model) });
}
