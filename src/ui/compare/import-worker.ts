/**
 * The import pipeline off the main thread: parsing, validating, hashing and
 * re-scoring a thousand files never freezes the page. Exposed through
 * comlink; see ./import-bridge.ts for how it is called and cancelled.
 */
import { expose } from 'comlink';
import type { ImportOutcome } from '../../exchange/import.ts';
import { startImport } from '../../exchange/import-session.ts';
import type { KnownModel } from '../../exchange/model-identity.ts';
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

export { modelKeyOf } from '../../model/key.ts';
import { modelKeyOf } from '../../model/key.ts';

/**
 * The outcome as it can cross to the page: a batch whose one outcome
 * cannot be copied (a function, say, where data was due) would be lost
 * whole, good files included, so such an outcome becomes its file's
 * refusal here.
 */
function sendable(outcome: FileOutcome): FileOutcome {
  try {
    structuredClone(outcome);
    return outcome;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { file: String(outcome.file), status: 'rejected', problems: [{ code: 'import.failed', path: '$', params: { detail } }] };
  }
}

const api = {
  /**
   * Imports the files in order. `onProgress` gets each batch of outcomes,
   * how many files are done, and the models (embedded in files) that the
   * device did not have and that this batch's outcomes refer to.
   */
  async importFiles(
    request: ImportRequest,
    onProgress: (outcomes: FileOutcome[], done: number, newModels: NewModel[]) => void | Promise<void>,
  ): Promise<void> {
    const models = new Map(request.models.map((m) => [modelKeyOf(m.model), m]));
    // Later files of the same import are judged against the earlier ones.
    const session = startImport((id, version) => models.get(modelKeyOf({ id, version })), new Map(request.known), request.sealingKey);
    let batch: FileOutcome[] = [];
    let newModels: NewModel[] = [];
    let done = 0;
    const report = async () => {
      try {
        await onProgress(batch, done, newModels);
      } catch {
        // Should a batch still not cross, each outcome goes alone, so one cannot take the others with it.
        for (const outcome of batch) {
          const own = outcome.status === 'rejected' ? [] : newModels.filter((m) => modelKeyOf(m.model) === outcome.modelKey);
          try {
            await onProgress([outcome], done, own);
          } catch {
            const refusal: FileOutcome = { file: String(outcome.file), status: 'rejected', problems: [{ code: 'import.lost', path: '$' }] };
            await Promise.resolve(onProgress([refusal], done, [])).catch(() => undefined);
          }
        }
      }
      batch = [];
      newModels = [];
    };
    for (const file of request.files) {
      const outcome: ImportOutcome = await session.importFile(file.name, file.size, async () => new Uint8Array(await file.arrayBuffer()));
      if (outcome.status === 'rejected') batch.push(sendable(outcome));
      else {
        const { model, published, ...rest } = outcome;
        const key = modelKeyOf(model);
        const sent = sendable({ ...rest, modelKey: key });
        if (sent.status !== 'rejected' && !models.has(key) && published !== undefined) {
          const added = { model, sha256: outcome.result.model.sha256, json: published };
          models.set(key, added);
          newModels.push(added);
        }
        batch.push(sent);
      }
      done += 1;
      if (batch.length >= PROGRESS_BATCH) await report();
    }
    if (batch.length) await report();
  },
};

export type ImportWorkerApi = typeof api;

expose(api);
