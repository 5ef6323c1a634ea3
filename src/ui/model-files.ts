/**
 * Loading a model from a file a person chose: untrusted input, read with
 * limits and validated whole before anything is kept. Apart from
 * ./models.ts so that the questionnaire, which only reads models, does not
 * load the strict JSON reader.
 */
import { parseJsonWithin, sizeProblem, type JsonProblem } from '../exchange/json-limits.ts';
import { differentModelProblem, publishedModelHash } from '../exchange/model-identity.ts';
import type { MaturityModel } from '../model/schema.ts';
import { parseModel, type ModelProblem } from '../model/validate.ts';
import { saveModel } from '../storage/index.ts';
import { loadAvailableModels } from './models.ts';

/** Larger files are refused before they are parsed; the default model with six languages is well under 2 MB. */
export const MODEL_FILE_MAX_BYTES = 10 * 1024 * 1024;
const MODEL_MAX_DEPTH = 16;

/** What is read of a chosen file: a `File` is one. */
export interface ModelFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** Why a model file is refused: its JSON, its shape and meaning, or its id and version. */
export type ModelFileProblem = ModelProblem | JsonProblem;
export type ModelFileCheck = { ok: true; model: MaturityModel } | { ok: false; problems: ModelFileProblem[] };

/**
 * Validates a model file's text (size and depth limits, JSON, the schema,
 * the semantic checks) and keeps it on this device. A model with the id and
 * version of a shipped one is refused: a version is never two things.
 */
export async function addModelFile(file: ModelFile): Promise<ModelFileCheck> {
  // Judged by its size before it is read: a file of a hundred megabytes is never loaded whole.
  const tooLarge = sizeProblem(file.size, MODEL_FILE_MAX_BYTES);
  if (tooLarge && !tooLarge.ok) return { ok: false, problems: [tooLarge.problem] };
  const name = file.name;
  const json = parseJsonWithin(await file.text(), MODEL_FILE_MAX_BYTES, MODEL_MAX_DEPTH);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const checked = parseModel(json.value);
  if (!checked.ok) return checked;
  const { model } = checked;
  const sha256 = await publishedModelHash(json.value);
  const same = (await loadAvailableModels()).find((m) => m.model.id === model.id && m.model.version === model.version);
  if (same && same.sha256 !== sha256) {
    return { ok: false, problems: [differentModelProblem(model.id, model.version, '$.version')] };
  }
  if (same?.source === 'shipped') {
    return { ok: false, problems: [{ code: 'model.shipped', path: '$.version', params: { id: model.id, version: model.version } }] };
  }
  await saveModel({ id: model.id, version: model.version, json: json.value, fileName: name });
  return { ok: true, model };
}

