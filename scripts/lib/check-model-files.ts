import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { translationCoverage, type LanguageCoverage } from '../../src/model/text.ts';
import { modelTexts, parseModel, type ModelProblem } from '../../src/model/validate.ts';

export interface FileReport {
  file: string;
  problems: ModelProblem[];
  summary?: string;
  /** Per language the model uses: which texts fall back to another language. */
  languages?: LanguageCoverage[];
}

/** Validates one model file: JSON syntax, the zod schema, then the semantic checks. */
export function checkModelFile(file: string): FileReport {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { file, problems: [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const checked = parseModel(json);
  if (!checked.ok) return { file, problems: checked.problems };
  const { model } = checked;
  const elements = model.domains.flatMap((d) => d.elements);
  const questions = elements.flatMap((e) => e.questions);
  return {
    file,
    problems: [],
    summary: `${model.id} ${model.version}: ${model.domains.length} domains, ${elements.length} key elements, ${questions.length} questions`,
    languages: translationCoverage(modelTexts(model), model.defaultLanguage),
  };
}

/** The model files in a folder: every `*.json` directly in it (not the schema/ folder). */
export function modelFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}
