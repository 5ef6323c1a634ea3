/**
 * The import pipeline off the main thread: parsing, validating, hashing and
 * re-scoring a thousand files never freezes the page. Exposed through
 * comlink; see ./import-bridge.ts for how it is called and cancelled.
 */
import { expose } from 'comlink';
import { importResultFile, type ImportOutcome } from '../../exchange/import.ts';
import type { KnownModel } from '../../exchange/model-identity.ts';
import type { VerifiedModels } from '../../exchange/result-file.ts';
import type { SealingKey } from '../../exchange/seal.ts';

/** A model a file embedded that the device did not have: to keep with its JSON as published. */
export type NewModel = KnownModel & { json: unknown };

export interface ImportRequest {
  files: readonly File[];
  models: readonly KnownModel[];
  /** The coordinator's key that opens sealed files (a non-extractable CryptoKey survives the message). */
  sealingKey?: SealingKey;
  /** What the set already holds, by assessment id. */
  known: readonly [assessmentId: string, { hash: string; updatedAt: string }][];
}

/** Outcomes are reported in batches, so the page can show progress without a message per file. */
export const PROGRESS_BATCH = 25;

/** A file's outcome as the page gets it: the model by reference, not a copy per file (a model is large). */
export type FileOutcome =
  | Extract<ImportOutcome, { status: 'rejected' }>
  | (Omit<Extract<ImportOutcome, { result: unknown }>, 'model'> & { modelKey: string });

export const modelKeyOf = (model: { id: string; version: string }) => `${model.id}@${model.version}`;

const api = {
  /**
   * Imports the files in order. `onProgress` gets each batch of outcomes,
   * how many files are done, and the models (embedded in files) that the
   * device did not have and that this batch's outcomes refer to.
   */
  async importFiles(
    request: ImportRequest,
    onProgress: (outcomes: FileOutcome[], done: number, newModels: NewModel[]) => void,
  ): Promise<void> {
    const models = new Map(request.models.map((m) => [modelKeyOf(m.model), m]));
    const known = new Map(request.known);
    const verified: VerifiedModels = new Map();
    let batch: FileOutcome[] = [];
    let newModels: NewModel[] = [];
    let done = 0;
    for (const file of request.files) {
      let outcome: ImportOutcome;
      try {
        outcome = await importResultFile(file.name, await file.text(), (id, version) => models.get(`${id}@${version}`), known, verified, request.sealingKey);
      } catch (error) {
        outcome = { file: file.name, status: 'rejected', reason: `the file could not be read: ${(error as Error).message}` };
      }
      if (outcome.status === 'rejected') batch.push(outcome);
      else {
        const { model, published, ...rest } = outcome;
        const key = modelKeyOf(model);
        if (!models.has(key) && published !== undefined) {
          const added = { model, sha256: outcome.result.model.sha256, json: published };
          models.set(key, added);
          newModels.push(added);
        }
        // Later files of the same import are judged against the earlier ones.
        if (outcome.status !== 'duplicate') known.set(outcome.result.assessmentId, { hash: outcome.result.hash, updatedAt: outcome.result.updatedAt });
        batch.push({ ...rest, modelKey: key });
      }
      done += 1;
      if (batch.length >= PROGRESS_BATCH) {
        onProgress(batch, done, newModels);
        batch = [];
        newModels = [];
      }
    }
    if (batch.length) onProgress(batch, done, newModels);
  },
};

export type ImportWorkerApi = typeof api;

expose(api);
