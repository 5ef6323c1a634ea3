import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MaturityModel } from '../../src/model/schema.ts';
import { translationCoverage, type LanguageCoverage } from '../../src/model/text.ts';
import { formatPath, forEachText, modelTexts, parseModel, type ModelProblem } from '../../src/model/validate.ts';
import { problemMessage } from '../../src/i18n/problem-text.ts';
import { parseProfileFile } from '../../src/model/profile-file.ts';
import type { LocalText } from '../../src/model/schema.ts';
import { elementsOf, questionsOf } from '../../src/model/walk.ts';

export interface FileReport {
  file: string;
  /** What the glossary and cross-model checks found to say of a valid file. */
  terms?: string;
  /** The model, when it is valid. */
  model?: MaturityModel;
  /** Each problem at its path, in English. */
  problems: { path: string; message: string }[];
  summary?: string;
  /** Per language the model uses: which texts fall back to another language. */
  languages?: LanguageCoverage[];
}

/** A model problem as the scripts print it. */
export function inEnglish(problem: ModelProblem): { path: string; message: string } {
  return { path: problem.path, message: problemMessage(problem) };
}

/** Validates one model file: JSON syntax, the zod schema, then the semantic checks. */
export function checkModelFile(file: string): FileReport {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { file, problems: [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (isProfileFile(file)) {
    const profile = parseProfileFile(json);
    if (!profile.ok) return { file, problems: profile.problems.map(inEnglish) };
    const texts: { text: LocalText; path: string }[] = [];
    forEachText(profile.profile, ['profile'], (text, path) => texts.push({ text, path: formatPath(path) }));
    const items = profile.profile.sections.flatMap((s) => s.items);
    return { file, problems: [], summary: `profile: ${profile.profile.sections.length} sections, ${items.length} items`, languages: translationCoverage(texts, 'en') };
  }
  const checked = parseModel(json);
  if (!checked.ok) return { file, problems: checked.problems.map(inEnglish) };
  const { model } = checked;
  const elements = elementsOf(model).map(({ element }) => element);
  const questions = questionsOf(model).map(({ question }) => question);
  return {
    file,
    model,
    problems: [],
    summary: `${model.id} ${model.version}: ${model.domains.length} domains, ${elements.length} key elements, ${questions.length} questions`,
    languages: translationCoverage(modelTexts(model), model.defaultLanguage),
  };
}

/** A shared profile file (`assessments/profiles/*.json`) rather than a model. */
function isProfileFile(file: string): boolean {
  return /(^|[\\/])profiles[\\/][^\\/]+\.json$/.test(file);
}

/** The glossary of the shipped models' terms, beside them (not a model). */
export const GLOSSARY_FILE = 'glossary.json';

/** The model files in a folder: every `*.json` directly in it but the glossary (not the schema/ or profiles/ folders). */
export function modelFiles(folder: string): string[] {
  return jsonFiles(folder);
}

/** The shared governance profiles kept beside the models, in `profiles/` (see `src/model/profiles.ts`). */
export function profileFiles(folder: string): string[] {
  const profiles = join(folder, 'profiles');
  return existsSync(profiles) ? jsonFiles(profiles) : [];
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== GLOSSARY_FILE)
    .sort()
    .map((name) => join(folder, name));
}

/**
 * For a script that works on one model: the model in `file`, validated; or
 * every problem printed as `file: JSON path: message` and the process ended
 * with status 1, before anything is written.
 */
export function loadModelOrExit(file: string): MaturityModel {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot read the model: ${(error as Error).message}`);
    process.exit(1);
  }
  const checked = parseModel(json);
  if (!checked.ok) {
    for (const problem of checked.problems.map(inEnglish)) console.error(`${file}: ${problem.path}: ${problem.message}`);
    console.error(`${file}: not a valid model (npm run validate-models -- ${file}); nothing written`);
    process.exit(1);
  }
  return checked.model;
}
