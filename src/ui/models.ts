/**
 * The maturity models this device has: the ones that ship with the app
 * (`assessments/*.json`, emitted as static files and precached, not bundled
 * into the JavaScript) and the ones a person loaded from a file (kept in
 * IndexedDB). Every model is validated whenever it is read, like any
 * untrusted input.
 */
import { publishedModelHash, type KnownModel } from '../exchange/model-identity.ts';
import { compareVersions } from '../model/version.ts';
import type { MaturityModel } from '../model/schema.ts';
import { parseModel, type ModelProblem } from '../model/validate.ts';
import { deleteModel, listModels } from '../storage/index.ts';

const modelUrls = import.meta.glob<string>('../../assessments/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});


export class ModelLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ModelProblem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}

export interface AvailableModel extends KnownModel {
  model: MaturityModel;
  /** The model's JSON as published (as fetched, or as loaded from its file): what its SHA-256 is over, and what a result file embeds. */
  published: unknown;
  /** Shipped with the app, or loaded from a file on this device (which can be removed). */
  source: 'shipped' | 'loaded';
  fileName: string;
}

type Shipped = { model: MaturityModel; sha256: string; published: unknown };
const shippedLoading = new Map<string, Promise<Shipped>>();

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

async function fetchShipped(path: string, url: string): Promise<Shipped> {
  const response = await fetch(url);
  if (!response.ok) throw new ModelLoadError(fileName(path), [{ path: '$', message: `HTTP ${response.status}` }]);
  // The model's identity is the SHA-256 of the file as published: hashed as parsed, before validation adds defaults.
  const published: unknown = await response.json();
  const checked = parseModel(published);
  if (!checked.ok) throw new ModelLoadError(fileName(path), checked.problems);
  return { model: checked.model, sha256: await publishedModelHash(published), published };
}

/** The model offered first for a new assessment: the full default model, before the quick check and others. */
export const DEFAULT_MODEL_ID = 'ict-governance';

/** Every shipped model, loaded and validated once per page; the default model first, the others by id. */
export async function loadShippedModels(): Promise<MaturityModel[]> {
  return (await loadShipped()).map((entry) => entry.model);
}

async function loadShipped(): Promise<Shipped[]> {
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
  return models.sort(
    (a, b) =>
      Number(b.model.id === DEFAULT_MODEL_ID) - Number(a.model.id === DEFAULT_MODEL_ID) ||
      a.model.id.localeCompare(b.model.id) ||
      compareVersions(b.model.version, a.model.version),
  );
}

/** Shipped models first, then loaded ones by title; a stored model that no longer validates is left out. */
export async function loadAvailableModels(): Promise<AvailableModel[]> {
  const [shipped, stored] = await Promise.all([loadShipped(), listModels()]);
  const loaded = (
    await Promise.all(
      stored.map(async (record): Promise<AvailableModel[]> => {
        const checked = parseModel(record.json);
        if (!checked.ok) return [];
        const sha256 = await publishedModelHash(record.json);
        // A stored model that another (shipped) model has the name of is left out: a version is never two things.
        if (shipped.some((s) => s.model.id === checked.model.id && s.model.version === checked.model.version)) return [];
        return [{ model: checked.model, sha256, published: record.json, source: 'loaded', fileName: record.fileName }];
      }),
    )
  ).flat();
  return [
    ...shipped.map((entry): AvailableModel => ({ ...entry, source: 'shipped', fileName: `${entry.model.id}.json` })),
    ...loaded.sort((a, b) => a.model.id.localeCompare(b.model.id) || compareVersions(a.model.version, b.model.version)),
  ];
}

/** The model with this id and version, shipped or loaded, if this device has it. */
export async function findModel(id: string, version: string): Promise<MaturityModel | undefined> {
  return (await findAvailableModel(id, version))?.model;
}

/** The model with this id and version, with its SHA-256 and JSON as published and where it comes from. */
export async function findAvailableModel(id: string, version: string): Promise<AvailableModel | undefined> {
  return (await loadAvailableModels()).find(({ model }) => model.id === id && model.version === version);
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

/** Each model in its newest version only: what a new assessment starts on (older versions keep serving the assessments and files that name them). */
export function newestVersions(models: readonly MaturityModel[]): MaturityModel[] {
  return models.filter((m) => !models.some((other) => other.id === m.id && compareVersions(other.version, m.version) > 0));
}
