/**
 * What a list of models shows about one model without holding all of it:
 * its identity, title and description in every language it has them, its
 * size and the languages it is written in. The shipped models' summaries
 * are made at build time (scripts/lib/models-index.ts), so the home page
 * lists them without downloading any model.
 */
import type { LocalText, MaturityModel } from './schema.ts';
import { translationCoverage } from './text.ts';
import { modelTexts } from './validate.ts';
import { elementsOf } from './walk.ts';

export interface ModelSummary {
  id: string;
  version: string;
  defaultLanguage: string;
  title: LocalText;
  description: LocalText;
  /** Every language any of the model's texts is given in, the default language first. */
  languages: string[];
  domains: number;
  elements: number;
  questions: number;
  /** The full model a quick check's answers pre-fill (`prefillsModel`), when it names one. */
  prefillsModel?: { id: string; version: string };
}

export function summarizeModel(model: MaturityModel): ModelSummary {
  const elements = elementsOf(model).map(({ element }) => element);
  return {
    id: model.id,
    version: model.version,
    defaultLanguage: model.defaultLanguage,
    title: model.title,
    description: model.description,
    languages: translationCoverage(modelTexts(model), model.defaultLanguage).map((coverage) => coverage.language),
    domains: model.domains.length,
    elements: elements.length,
    questions: elements.reduce((n, element) => n + element.questions.length, 0),
    ...(model.prefillsModel && { prefillsModel: { id: model.prefillsModel.id, version: model.prefillsModel.version } }),
  };
}
