/**
 * A shipped model as the results page shows it: in the reader's language
 * only. The build writes, for the newest version of each model, its slice
 * in every language of the interface (src/model/slice.ts: every text as a
 * reader of that language is shown, about a sixth of the bytes to fetch and
 * parse) and the SHA-256 of each into `virtual:shipped-model-slices`
 * (scripts/lib/models-index.ts). Apart from ./models.ts so that those
 * SHA-256s weigh only on the pages that read slices, not on the
 * questionnaire's first visit.
 */
import { trustCheckedCopy } from '../model/checked-copy.ts';
import type { MaturityModel } from '../model/schema.ts';
import { findModel, type ShippedFile } from './models.ts';
import shippedFiles from 'virtual:shipped-models';
import slices from 'virtual:shipped-model-slices';

/** A shipped model's slice in one language: where the build put it, and the SHA-256 of its bytes. */
export interface ShippedSlice {
  url: string;
  sha256: string;
}

/** Where the build put the model's slice in `language` (beside its checked copy), and its SHA-256, when it wrote one. */
export function sliceOf({ file }: ShippedFile, language: string): ShippedSlice | undefined {
  return slices[file]?.[language];
}

/**
 * A shipped model as its slice reads, when the slice arrives with the bytes the build wrote; else (a
 * tampered or stale slice, or one not kept offline) the model whole, as every page reads it
 * (`findModel`: its checked copy when its bytes are the build's, else its published file, validated).
 */
export async function readShippedSlice(
  entry: ShippedFile,
  slice: ShippedSlice,
  readWhole: () => Promise<MaturityModel | undefined> = () => findModel(entry.id, entry.version),
): Promise<MaturityModel> {
  try {
    const response = await fetch(slice.url);
    const trusted = response.ok ? await trustCheckedCopy(await response.arrayBuffer(), slice.sha256) : undefined;
    if (trusted) return trusted;
  } catch {
    // No network and the slice not kept: the whole model is precached.
  }
  const whole = await readWhole();
  if (!whole) throw new Error(`model ${entry.id} ${entry.version} is not on this device`);
  return whole;
}

const slicesLoading = new Map<string, Promise<MaturityModel>>();

/**
 * The model with this id and version as a page shows it in `language`: a shipped model's slice in that
 * language when the build wrote one (read once per page), else the model whole (a loaded model always).
 * Scores, answers and ids are the same as the whole model's; the page is drawn again, and reads its slice
 * again, when the language changes. For a move between versions, an export or the model's own page, read
 * it whole (`findModel`).
 */
export async function findModelShown(id: string, version: string, language: string): Promise<MaturityModel | undefined> {
  const shipped = shippedFiles.find((entry) => entry.id === id && entry.version === version);
  const slice = shipped && sliceOf(shipped, language);
  if (!shipped || !slice) return findModel(id, version);
  const key = `${shipped.file} ${language}`;
  let model = slicesLoading.get(key);
  if (!model) {
    model = readShippedSlice(shipped, slice);
    slicesLoading.set(key, model);
    // A failed read (offline before the first visit was cached) may succeed later.
    model.catch(() => slicesLoading.delete(key));
  }
  return model;
}
