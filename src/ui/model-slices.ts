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
import { checkedCopyName } from '../model/checked-copy.ts';
import type { MaturityModel } from '../model/schema.ts';
import { findModel, loadShippedFile, type ShippedFile, type ShippedSlice } from './models.ts';
import shippedFiles from 'virtual:shipped-models';
import slices from 'virtual:shipped-model-slices';

/** Where the build put the model's slice in `language` (beside its checked copy), and its SHA-256, when it wrote one. */
export function sliceOf({ file, checked }: ShippedFile, language: string): ShippedSlice | undefined {
  const sha256 = slices[file]?.[language];
  if (!checked || sha256 === undefined) return undefined;
  return { language, sha256, url: `${checked.url.slice(0, checked.url.lastIndexOf('/') + 1)}${checkedCopyName(file, sha256, language)}` };
}

/**
 * The model with this id and version as a page shows it in `language`: a shipped model's slice in that
 * language when the build wrote one, else the model whole (a loaded model always). Scores, answers and ids
 * are the same as the whole model's; the page is drawn again, and reads its slice again, when the language
 * changes. For a move between versions, an export or the model's own page, read it whole (`findModel`).
 */
export async function findModelShown(id: string, version: string, language: string): Promise<MaturityModel | undefined> {
  const shipped = shippedFiles.find((entry) => entry.id === id && entry.version === version);
  if (!shipped) return findModel(id, version);
  return (await loadShippedFile(shipped, sliceOf(shipped, language))).model;
}
