/**
 * Newer versions of a model, for the results page (apart from ./models.ts, which every page's first
 * visit carries).
 */
import type { MaturityModel } from '../model/schema.ts';
import { compareVersions } from '../model/version.ts';
import { findModel, loadStored } from './models.ts';
import shippedFiles from 'virtual:shipped-models';

/**
 * The newest version of `model` on this device, when there is one newer than it (only that one is downloaded,
 * whole: a move between versions compares them in every language). By the shipped models' index, not their
 * summaries, so the results page does not carry every model's titles in every language.
 */
export async function newerVersionOf(model: Pick<MaturityModel, 'id' | 'version'>): Promise<MaturityModel | undefined> {
  const versions = [...shippedFiles, ...(await loadStored()).map((entry) => entry.model)];
  const newest = versions
    .filter((m) => m.id === model.id && compareVersions(m.version, model.version) > 0)
    .sort((a, b) => compareVersions(b.version, a.version))[0];
  return newest && findModel(newest.id, newest.version);
}
