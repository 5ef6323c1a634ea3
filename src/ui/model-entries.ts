/**
 * The models on this device as a list shows them: summaries, not models.
 * The shipped ones come from the index made at build time
 * (scripts/lib/models-index.ts), so a list of them needs no download and is
 * known before anything is read; the ones loaded from files follow. Apart
 * from ./models.ts so that the questionnaire does not carry the summaries.
 */
import { summarizeModel, type ModelSummary } from '../model/summary.ts';
import { compareVersions } from '../model/version.ts';
import shippedSummaries from 'virtual:shipped-model-summaries';
import { DEFAULT_MODEL_ID, loadStored } from './models.ts';

export interface ModelEntry extends ModelSummary {
  source: 'shipped' | 'loaded';
  fileName: string;
}

/**
 * The shipped models: the default model first, the others by id, newest version first.
 * Ids are lower-case ASCII (IdSchema), so they are compared by code unit: `localeCompare`
 * would build the browser's collator at the home page's start, its costliest script step.
 */
export const shippedModelEntries: readonly ModelEntry[] = shippedSummaries
  .map(({ file: _, ...summary }): ModelEntry => ({ ...summary, source: 'shipped', fileName: `${summary.id}.json` }))
  .sort((a, b) => Number(b.id === DEFAULT_MODEL_ID) - Number(a.id === DEFAULT_MODEL_ID) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || compareVersions(b.version, a.version));

/** Every model on this device: the shipped ones, then the ones loaded from files. */
export async function listModelEntries(): Promise<ModelEntry[]> {
  const loaded = await loadStored();
  return [
    ...shippedModelEntries,
    ...loaded.map((entry): ModelEntry => ({ ...summarizeModel(entry.model), source: 'loaded', fileName: entry.fileName })),
  ];
}
