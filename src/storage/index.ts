/**
 * The one door to storage: everything outside src/storage imports from this
 * file only (src/architecture.test.ts fails otherwise). Behind it, db.ts
 * opens the database and runs its numbered migrations; each store has a
 * file of its own.
 */
export { DB_NAME, DB_VERSION, openStorage, type ComparisonSet, type NewStoredModel, type OpenHandlers, type OwnKey, type StoredModel, type StoredResult } from './db.ts';
export { StorageError, type StorageProblem, type StorageProblemCode } from './errors.ts';
export { onChangeElsewhere, onPendingWrites, whenWritesSettled, type DataChange } from './changes.ts';
export {
  AssessmentLockedError,
  AssessmentMissingError,
  countAnswered,
  createAssessment,
  deleteAssessment,
  getAssessment,
  listAnswers,
  listAssessments,
  moveAssessment,
  saveAction,
  saveAnswer,
  saveAnswerBeforeUnload,
  saveLastElement,
  saveTargets,
  setAssessmentStatus,
  type AnswerInput,
} from './assessments.ts';
export { ModelInUseError, deleteModel, listModels, saveModel } from './models.ts';
export {
  createComparisonSet,
  deleteComparisonSet,
  listComparisonSets,
  listSetResults,
  removeSetResult,
  renameComparisonSet,
  saveImportedResults,
  saveSetAnonymised,
} from './comparisons.ts';
export { createOwnKey, deleteOwnKey, getOwnKey, listTrustedKeys, removeTrustedKey, trustKey } from './keys.ts';
export { requestPersistentStorage } from './persistence.ts';
export {
  BACKUP_MAX_BYTES,
  KeyPassphraseError,
  applyRestore,
  checkBackupModels,
  createBackup,
  parseBackup,
  planRestore,
  type Backup,
  type BackupProblem,
  type RestorePlan,
} from './backup.ts';
