/**
 * The maturity models this device has: the ones that ship with the app
 * (`assessments/*.json`, emitted as static files and precached, not bundled
 * into the JavaScript; listed by an index made at build time, see
 * scripts/lib/models-index.ts, and each fetched only when a page uses it)
 * and the ones a person loaded from a file (kept in IndexedDB). A loaded
 * model is validated whenever it is read, like any untrusted input; a
 * shipped one is read from the copy the build validated when that copy's
 * bytes are the build's (src/model/checked-copy.ts), else its published
 * file is validated whole.
 */
import { publishedModelHash, type KnownModel } from '../exchange/model-identity.ts';
import { compareVersions } from '../model/version.ts';
import type { MaturityModel } from '../model/schema.ts';
import type { ModelProblem } from '../model/validate.ts';
import { trustCheckedCopy } from '../model/checked-copy.ts';
import { deleteModel, listModels } from '../storage/index.ts';
import shippedFiles from 'virtual:shipped-models';

export class ModelLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ModelProblem[],
  ) {
    // For logs: the codes (`problemText` words them in English, the page through `t()`).
    super(`${file}: ${problems.map((p) => `${p.path}: ${p.code}${p.params ? ` ${JSON.stringify(p.params)}` : ''}`).join('; ')}`);
  }
}

export interface AvailableModel extends KnownModel {
  model: MaturityModel;
  /**
   * The model's JSON as published (as loaded from its file, or as fetched): what its SHA-256 is over, and what a
   * result file embeds. Always there for a loaded model; a shipped one read from its checked copy has none (a
   * result file names a shipped model by reference).
   */
  published?: unknown;
  /** Shipped with the app, or loaded from a file on this device (which can be removed). */
  source: 'shipped' | 'loaded';
  fileName: string;
}

export type ShippedFile = (typeof shippedFiles)[number];
/**
 * A model's validation, loaded when a model is to be validated: one loaded from a file, or a shipped one
 * whose checked copy did not arrive as the build wrote it. A shipped model's first visit needs none.
 */
const validation = () => import('../model/validate.ts');
type Shipped = { model: MaturityModel; sha256: string; published?: unknown };
const shippedLoading = new Map<string, Promise<Shipped>>();

async function fetchShipped(entry: ShippedFile): Promise<Shipped> {
  const trusted = entry.checked && (await fetchCheckedCopy(entry.checked));
  // The SHA-256 of the file as published was taken at build time over the file the checked copy was made from.
  if (trusted) return { model: trusted, sha256: entry.sha256 };
  const response = await fetch(entry.url);
  if (!response.ok) throw new ModelLoadError(entry.file, [{ code: 'model.http', path: '$', params: { status: response.status } }]);
  const published: unknown = await response.json();
  const checked = (await validation()).parseModel(published);
  if (!checked.ok) throw new ModelLoadError(entry.file, checked.problems);
  // The SHA-256 of the file as published was taken at build time over these very bytes (same origin, same build).
  return { model: checked.model, sha256: entry.sha256, published };
}

/** The model the build checked, when its copy arrives with the bytes the build wrote; else undefined (the published file is validated instead). */
async function fetchCheckedCopy(checked: { url: string; sha256: string }): Promise<MaturityModel | undefined> {
  try {
    const response = await fetch(checked.url);
    return response.ok ? await trustCheckedCopy(await response.arrayBuffer(), checked.sha256) : undefined;
  } catch {
    return undefined;
  }
}

/** One shipped model, fetched and validated once per page, only when a page uses it. */
function loadShippedFile(entry: ShippedFile): Promise<Shipped> {
  let model = shippedLoading.get(entry.file);
  if (!model) {
    model = fetchShipped(entry);
    shippedLoading.set(entry.file, model);
    // A failed fetch (offline before the first visit was cached) may succeed later.
    model.catch(() => shippedLoading.delete(entry.file));
  }
  return model;
}

/** The model offered first for a new assessment: the full default model, before the quick check and others. */
export const DEFAULT_MODEL_ID = 'ict-governance';

/** The default model first, the others by id; versions newest first. */
function byDefaultThenId(a: { id: string; version: string }, b: { id: string; version: string }): number {
  return Number(b.id === DEFAULT_MODEL_ID) - Number(a.id === DEFAULT_MODEL_ID) || a.id.localeCompare(b.id) || compareVersions(b.version, a.version);
}

async function loadShipped(): Promise<Shipped[]> {
  const models = await Promise.all(shippedFiles.map(loadShippedFile));
  return models.sort((a, b) => byDefaultThenId(a.model, b.model));
}

function shippedAvailable(entry: Shipped): AvailableModel {
  return { ...entry, source: 'shipped', fileName: `${entry.model.id}.json` };
}

/** The models loaded from files, by id and version; a stored model that no longer validates, or that has a shipped model's name, is left out. */
export async function loadStored(): Promise<AvailableModel[]> {
  const stored = await listModels();
  if (stored.length === 0) return [];
  const { parseModel } = await validation();
  const loaded = (
    await Promise.all(
      stored.map(async (record): Promise<AvailableModel[]> => {
        const checked = parseModel(record.json);
        if (!checked.ok) return [];
        // A stored model that another (shipped) model has the name of is left out: a version is never two things.
        if (shippedFiles.some((s) => s.id === checked.model.id && s.version === checked.model.version)) return [];
        const sha256 = await publishedModelHash(record.json);
        return [{ model: checked.model, sha256, published: record.json, source: 'loaded', fileName: record.fileName }];
      }),
    )
  ).flat();
  return loaded.sort((a, b) => a.model.id.localeCompare(b.model.id) || compareVersions(a.model.version, b.model.version));
}

/** Shipped models first, then loaded ones by title; every one downloaded and validated: only for pages that need them all. */
export async function loadAvailableModels(): Promise<AvailableModel[]> {
  const [shipped, loaded] = await Promise.all([loadShipped(), loadStored()]);
  return [...shipped.map(shippedAvailable), ...loaded];
}

/** The model with this id and version, shipped or loaded, if this device has it. */
export async function findModel(id: string, version: string): Promise<MaturityModel | undefined> {
  return (await findAvailableModel(id, version))?.model;
}

/** The model with this id and version, with its SHA-256 and JSON as published and where it comes from. */
export async function findAvailableModel(id: string, version: string): Promise<AvailableModel | undefined> {
  const shipped = shippedFiles.find((entry) => entry.id === id && entry.version === version);
  if (shipped) return shippedAvailable(await loadShippedFile(shipped));
  return (await loadStored()).find(({ model }) => model.id === id && model.version === version);
}

export function removeModel(id: string, version: string): Promise<void> {
  return deleteModel(id, version);
}

/** Each model in its newest version only: what a new assessment starts on (older versions keep serving the assessments and files that name them). */
export function newestVersions<M extends { id: string; version: string }>(models: readonly M[]): M[] {
  return models.filter((m) => !models.some((other) => other.id === m.id && compareVersions(other.version, m.version) > 0));
}
