/** Models a person loaded from a file, kept on this device and validated again whenever they are read. */
import { announceChange, trackWrite } from './changes.ts';
import { allOrNothing, now, openGovernanceDB, type NewStoredModel, type StoredModel } from './db.ts';
import { StorageError } from './errors.ts';

/** A model cannot be removed while an assessment on this device uses it. */
export class ModelInUseError extends StorageError {
  constructor(
    readonly modelId: string,
    readonly version: string,
    readonly assessments: number,
  ) {
    super('storage.model_in_use', { model: modelId, version, count: assessments });
    this.name = 'ModelInUseError';
  }
}

/** Keeps a model loaded from a file (already validated by the caller), replacing one with the same id and version. */
export async function saveModel(model: NewStoredModel): Promise<void> {
  const record: StoredModel = { ...model, addedAt: now() };
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    await db.put('models', record);
  });
  announceChange({ type: 'models' });
}

export async function listModels(): Promise<StoredModel[]> {
  const db = await openGovernanceDB();
  return db.getAll('models');
}

/** Removes a loaded model, refusing (ModelInUseError) while an assessment uses it; checked and done in one transaction. */
export async function deleteModel(id: string, version: string): Promise<void> {
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['models', 'assessments'], 'readwrite');
    await allOrNothing(tx, async () => {
      const users = (await tx.objectStore('assessments').getAll()).filter((a) => a.model.id === id && a.model.version === version);
      if (users.length > 0) throw new ModelInUseError(id, version, users.length);
      await tx.objectStore('models').delete([id, version]);
    });
  });
  announceChange({ type: 'models' });
}
