/**
 * The maturity models this device has: the ones that ship with the app
 * (`assessments/*.json`, emitted as static files and precached, not bundled
 * into the JavaScript) and the ones a person loaded from a file (kept in
 * IndexedDB). Every model is validated whenever it is read, like any
 * untrusted input.
 */
import { parseJsonWithin } from '../exchange/json-limits.ts';
import { compareVersions } from '../model/version.ts';
import type { MaturityModel } from '../model/schema.ts';
import { parseModel, type ModelProblem } from '../model/validate.ts';
import { deleteModel, listModels, saveModel } from '../storage/db.ts';

const modelUrls = import.meta.glob<string>('../../assessments/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Larger files are refused before they are parsed; the default model with six languages is well under 2 MB. */
export const MODEL_FILE_MAX_BYTES = 10 * 1024 * 1024;
const MODEL_MAX_DEPTH = 16;

export class ModelLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ModelProblem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}

export interface AvailableModel {
  model: MaturityModel;
  /** Shipped with the app, or loaded from a file on this device (which can be removed). */
  source: 'shipped' | 'loaded';
  fileName: string;
}

const shippedLoading = new Map<string, Promise<MaturityModel>>();

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

async function fetchShipped(path: string, url: string): Promise<MaturityModel> {
  const response = await fetch(url);
  if (!response.ok) throw new ModelLoadError(fileName(path), [{ path: '$', message: `HTTP ${response.status}` }]);
  const checked = parseModel(await response.json());
  if (!checked.ok) throw new ModelLoadError(fileName(path), checked.problems);
  return checked.model;
}

/** The model offered first for a new assessment: the full default model, before the quick check and others. */
export const DEFAULT_MODEL_ID = 'ict-governance';

/**
 * Every shipped model, loaded and validated once per page; the default model first, the others by id,
 * and the newest version of each first, so a new assessment starts on it (older versions keep shipping
 * for the assessments and result files that name them).
 */
export async function loadShippedModels(): Promise<MaturityModel[]> {
  const models = await Promise.all(
    Object.entries(modelUrls).map(([path, url]) => {
      let model = shippedLoading.get(path);
      if (!model) {
        model = fetchShipped(path, url);
        shippedLoading.set(path, model);
      }
      return model;
    }),
  );
  return models.sort((a, b) => Number(b.id === DEFAULT_MODEL_ID) - Number(a.id === DEFAULT_MODEL_ID) || a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
}

/** Shipped models first, then loaded ones by title; a stored model that no longer validates is left out. */
export async function loadAvailableModels(): Promise<AvailableModel[]> {
  const [shipped, stored] = await Promise.all([loadShippedModels(), listModels()]);
  const loaded = stored.flatMap((record): AvailableModel[] => {
    const checked = parseModel(record.json);
    return checked.ok ? [{ model: checked.model, source: 'loaded', fileName: record.fileName }] : [];
  });
  return [
    ...shipped.map((model): AvailableModel => ({ model, source: 'shipped', fileName: `${model.id}.json` })),
    ...loaded.sort((a, b) => a.model.id.localeCompare(b.model.id) || compareVersions(a.model.version, b.model.version)),
  ];
}

/** The model with this id and version, shipped or loaded, if this device has it. */
export async function findModel(id: string, version: string): Promise<MaturityModel | undefined> {
  return (await loadAvailableModels()).find(({ model }) => model.id === id && model.version === version)?.model;
}

export type ModelFileCheck = { ok: true; model: MaturityModel } | { ok: false; problems: ModelProblem[] };

/**
 * Validates a model file's text (size and depth limits, JSON, the schema,
 * the semantic checks) and keeps it on this device. A model with the id and
 * version of a shipped one is refused: a version is never two things.
 */
export async function addModelFile(name: string, text: string): Promise<ModelFileCheck> {
  const json = parseJsonWithin(text, MODEL_FILE_MAX_BYTES, MODEL_MAX_DEPTH);
  if (!json.ok) return { ok: false, problems: [{ path: '$', message: json.reason }] };
  const checked = parseModel(json.value);
  if (!checked.ok) return checked;
  const { model } = checked;
  const shipped = await loadShippedModels();
  if (shipped.some((m) => m.id === model.id && m.version === model.version)) {
    return {
      ok: false,
      problems: [{ path: '$.version', message: `version ${model.version} of "${model.id}" ships with the app; give your model another id, or a new version` }],
    };
  }
  await saveModel({ id: model.id, version: model.version, json: json.value, fileName: name, addedAt: new Date().toISOString() });
  return { ok: true, model };
}

export function removeModel(id: string, version: string): Promise<void> {
  return deleteModel(id, version);
}

/** The newest version of `model` on this device, when there is one newer than it. */
export async function newerVersionOf(model: MaturityModel): Promise<MaturityModel | undefined> {
  const newer = (await loadAvailableModels())
    .map((entry) => entry.model)
    .filter((m) => m.id === model.id && compareVersions(m.version, model.version) > 0)
    .sort((a, b) => compareVersions(b.version, a.version));
  return newer[0];
}
