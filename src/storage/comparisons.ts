/** A coordinator's comparison sets and the result files imported into them. */
import type { ImportedResult } from '../exchange/import.ts';
import { announceChange, queue, trackWrite } from './changes.ts';
import { StorageError } from './errors.ts';
import { allOrNothing, now, openGovernanceDB, type ComparisonSet, type NewStoredModel, type StoredResult } from './db.ts';

/** The coordinators' comparison sets (not the organizations' sets of imported units). */
export async function listComparisonSets(): Promise<ComparisonSet[]> {
  const db = await openGovernanceDB();
  return (await db.getAll('comparisonSets')).filter((set) => set.kind === undefined).sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt));
}

export async function createComparisonSet(name: string): Promise<ComparisonSet> {
  const timestamp = now();
  const set: ComparisonSet = { id: crypto.randomUUID(), name: name.trim(), createdAt: timestamp, updatedAt: timestamp };
  if (!set.name) throw new StorageError('storage.set_name_missing');
  await trackWrite(async () => (await openGovernanceDB()).put('comparisonSets', set));
  announceChange({ type: 'comparisons' });
  return set;
}

export async function renameComparisonSet(id: string, name: string): Promise<void> {
  if (!name.trim()) throw new StorageError('storage.set_name_missing');
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction('comparisonSets', 'readwrite');
    const set = await tx.store.get(id);
    if (set) await tx.store.put({ ...set, name: name.trim(), updatedAt: now() });
    await tx.done;
  });
  announceChange({ type: 'comparisons' });
}

/** Remembers with the set whether it is shown anonymised, so a reload never brings the names back unasked. */
export async function saveSetAnonymised(id: string, anonymised: boolean): Promise<void> {
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction('comparisonSets', 'readwrite');
    const set = await tx.store.get(id);
    if (set) await tx.store.put({ ...set, anonymised });
    await tx.done;
  });
  announceChange({ type: 'comparisons' });
}

/** Deletes a set and every result imported into it, in one transaction. */
export async function deleteComparisonSet(id: string): Promise<void> {
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['comparisonSets', 'importedResults'], 'readwrite');
    const results = tx.objectStore('importedResults');
    for (const key of await results.index('by-set').getAllKeys(id)) queue(results.delete(key));
    await tx.objectStore('comparisonSets').delete(id);
    await tx.done;
  });
  announceChange({ type: 'comparisons' });
}

export async function listSetResults(setId: string): Promise<StoredResult[]> {
  const db = await openGovernanceDB();
  return db.getAllFromIndex('importedResults', 'by-set', setId);
}

/**
 * Keeps the results of one import in a set, all in one transaction:
 * accepted and updated ones (an update replaces the earlier file of the same
 * assessment), with the models they embed that this device lacks.
 */
export async function saveImportedResults(
  setId: string,
  results: readonly { result: ImportedResult; fileName: string }[],
  models: readonly NewStoredModel[] = [],
): Promise<void> {
  if (results.length === 0) return;
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['comparisonSets', 'importedResults', 'models'], 'readwrite');
    await allOrNothing(tx, async () => {
      const sets = tx.objectStore('comparisonSets');
      const set = await sets.get(setId);
      if (!set) throw new StorageError('storage.set_missing', { set: setId });
      const importedAt = now();
      for (const { result, fileName } of results) {
        queue(tx.objectStore('importedResults').put({ setId, assessmentId: result.assessmentId, result, fileName, importedAt }));
      }
      const stored = tx.objectStore('models');
      for (const model of models) {
        if (!(await stored.getKey([model.id, model.version]))) queue(stored.put({ ...model, addedAt: importedAt }));
      }
      queue(sets.put({ ...set, updatedAt: importedAt }));
    });
  });
  announceChange({ type: 'comparisons' });
}

export async function removeSetResult(setId: string, assessmentId: string): Promise<void> {
  await trackWrite(async () => (await openGovernanceDB()).delete('importedResults', [setId, assessmentId]));
  announceChange({ type: 'comparisons' });
}
