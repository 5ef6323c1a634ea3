/**
 * One import of many files, as the Compare page's worker and the CLI both
 * run it: each file judged alone (its size checked before it is read, a
 * failure to read it a refusal like any other), and each judged against
 * what is already there and the files before it, by one rule — so the page
 * and the CLI decide duplicates and updates the same way.
 */
import { importResultFile, RESULT_FILE_MAX_BYTES, type ImportOutcome, type KnownResults, type ModelLookup } from './import.ts';
import { sizeProblem } from './json-limits.ts';
import type { VerifiedModels } from './result-file.ts';
import type { SealingKey } from './seal.ts';

export interface ImportSession {
  /**
   * Imports one file of `size` bytes; `read` is called only when that size
   * is accepted. Never throws.
   */
  importFile(name: string, size: number, read: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<ImportOutcome>;
}

/**
 * An import over `known` (what the set, or the run, already holds, by
 * assessment id), opening sealed files with `sealingKey` when there is one. An accepted or updated file counts as known for the
 * files after it; a duplicate changes nothing.
 */
export function startImport(models: ModelLookup, known: KnownResults = new Map(), sealingKey?: SealingKey): ImportSession {
  const seen = new Map(known);
  const verified: VerifiedModels = new Map();
  return {
    async importFile(name, size, read) {
      const tooLarge = sizeProblem(size, RESULT_FILE_MAX_BYTES);
      if (tooLarge && !tooLarge.ok) return { file: name, status: 'rejected', problems: [tooLarge.problem] };
      let content: Uint8Array | string;
      try {
        content = await read();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { file: name, status: 'rejected', problems: [{ code: 'import.unreadable', path: '$', params: { detail } }] };
      }
      const outcome = await importResultFile(name, content, models, seen, verified, sealingKey);
      if (outcome.status === 'accepted' || outcome.status === 'updated') {
        seen.set(outcome.result.assessmentId, { hash: outcome.result.hash, updatedAt: outcome.result.updatedAt });
      }
      return outcome;
    },
  };
}
