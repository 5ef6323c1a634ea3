/**
 * The import pipeline off the main thread: parsing, validating, hashing and
 * re-scoring a thousand files never freezes the page. Exposed through
 * comlink; see ./import-bridge.ts for how it is called and cancelled.
 */
import { expose } from 'comlink';
import { importResultFile, type ImportOutcome } from '../../exchange/import.ts';
import type { MaturityModel } from '../../model/schema.ts';

export interface ImportRequest {
  files: readonly File[];
  models: readonly MaturityModel[];
  /** What the set already holds, by assessment id. */
  known: readonly [assessmentId: string, { hash: string; updatedAt: string }][];
}

/** Outcomes are reported in batches, so the page can show progress without a message per file. */
export const PROGRESS_BATCH = 25;

const api = {
  async importFiles(request: ImportRequest, onProgress: (outcomes: ImportOutcome[], done: number) => void): Promise<void> {
    const models = new Map(request.models.map((m) => [`${m.id}@${m.version}`, m]));
    const known = new Map(request.known);
    let batch: ImportOutcome[] = [];
    let done = 0;
    for (const file of request.files) {
      let outcome: ImportOutcome;
      try {
        outcome = await importResultFile(file.name, await file.text(), (id, version) => models.get(`${id}@${version}`), known);
      } catch (error) {
        outcome = { file: file.name, status: 'rejected', reason: `the file could not be read: ${(error as Error).message}` };
      }
      // Later files of the same import are judged against the earlier ones.
      if (outcome.status === 'accepted' || outcome.status === 'updated') {
        known.set(outcome.result.assessmentId, { hash: outcome.result.hash, updatedAt: outcome.result.updatedAt });
        if (!models.has(`${outcome.model.id}@${outcome.model.version}`)) models.set(`${outcome.model.id}@${outcome.model.version}`, outcome.model);
      }
      batch.push(outcome);
      done += 1;
      if (batch.length >= PROGRESS_BATCH) {
        onProgress(batch, done);
        batch = [];
      }
    }
    if (batch.length) onProgress(batch, done);
  },
};

export type ImportWorkerApi = typeof api;

expose(api);
