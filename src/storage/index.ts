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
  createAssessmentFromQuickCheck,
  deleteAssessment,
  getAssessment,
  listAnswers,
  listAssessments,
  moveAssessment,
  saveAction,
  saveActionBeforeUnload,
  saveAnswer,
  saveAnswerBeforeUnload,
  saveLastElement,
  saveProfileValue,
  saveProfileValuesBeforeUnload,
  saveTargets,
  type AnswerInput,
} from './assessments.ts';
export { ModelInUseError, deleteModel, listModels, saveModel } from './models.ts';
export { requestPersistentStorage } from './persistence.ts';
export { KeyPassphraseError } from './errors.ts';
export { BACKUP_MAX_BYTES } from './limits.ts';
export type { Backup, BackupProblem, RestorePlan } from './backup.ts';
export type { StoredBenchmark } from './benchmarks.ts';
export type { StoredContribution } from '../panel/contribution-file.ts';

// Keys and backups are loaded when first used: they bring WebCrypto wrapping and the backup
// schema, which the questionnaire (the first visit's page) never needs. Re-exporting them
// plainly would put them in every importer's static graph, this door being shared.
type Keys = typeof import('./keys.ts');
type Backups = typeof import('./backup.ts');
type Reviews = typeof import('./review.ts');
type Organizations = typeof import('./organizations.ts');
type Benchmarks = typeof import('./benchmarks.ts');
type Contributions = typeof import('./contributions.ts');
type Comparisons = typeof import('./comparisons.ts');
const keys = () => import('./keys.ts');
const backups = () => import('./backup.ts');
// Review and evidence, organizations' unit sets and the benchmark: likewise off the questionnaire's first visit.
const reviews = () => import('./review.ts');
const organizations = () => import('./organizations.ts');
const benchmarks = () => import('./benchmarks.ts');
// A panel's respondents, contributions and consensus: likewise.
const contributions = () => import('./contributions.ts');
// A coordinator's comparison sets: only Compare and the organization page use them.
const comparisons = () => import('./comparisons.ts');

export const reviewAssessment: Reviews['reviewAssessment'] = async (...args) => (await reviews()).reviewAssessment(...args);
export const saveEvidence: Reviews['saveEvidence'] = async (...args) => (await reviews()).saveEvidence(...args);

export const organizationSet: Organizations['organizationSet'] = async (...args) => (await organizations()).organizationSet(...args);
export const listOrganizationResults: Organizations['listOrganizationResults'] = async (...args) => (await organizations()).listOrganizationResults(...args);
export const saveNotApplicableDomains: Organizations['saveNotApplicableDomains'] = async (...args) => (await organizations()).saveNotApplicableDomains(...args);

export const saveContribution: Contributions['saveContribution'] = async (...args) => (await contributions()).saveContribution(...args);
export const listContributions: Contributions['listContributions'] = async (...args) => (await contributions()).listContributions(...args);
export const removeContribution: Contributions['removeContribution'] = async (...args) => (await contributions()).removeContribution(...args);
export const setPanelRespondents: Contributions['setPanelRespondents'] = async (...args) => (await contributions()).setPanelRespondents(...args);
export const setPanelLead: Contributions['setPanelLead'] = async (...args) => (await contributions()).setPanelLead(...args);
export const saveConsensus: Contributions['saveConsensus'] = async (...args) => (await contributions()).saveConsensus(...args);
export const createAssessmentFromPackage: Contributions['createAssessmentFromPackage'] = async (...args) => (await contributions()).createAssessmentFromPackage(...args);

export const listComparisonSets: Comparisons['listComparisonSets'] = async (...args) => (await comparisons()).listComparisonSets(...args);
export const createComparisonSet: Comparisons['createComparisonSet'] = async (...args) => (await comparisons()).createComparisonSet(...args);
export const renameComparisonSet: Comparisons['renameComparisonSet'] = async (...args) => (await comparisons()).renameComparisonSet(...args);
export const deleteComparisonSet: Comparisons['deleteComparisonSet'] = async (...args) => (await comparisons()).deleteComparisonSet(...args);
export const listSetResults: Comparisons['listSetResults'] = async (...args) => (await comparisons()).listSetResults(...args);
export const removeSetResult: Comparisons['removeSetResult'] = async (...args) => (await comparisons()).removeSetResult(...args);
export const saveImportedResults: Comparisons['saveImportedResults'] = async (...args) => (await comparisons()).saveImportedResults(...args);
export const saveSetAnonymised: Comparisons['saveSetAnonymised'] = async (...args) => (await comparisons()).saveSetAnonymised(...args);

export const saveBenchmark: Benchmarks['saveBenchmark'] = async (...args) => (await benchmarks()).saveBenchmark(...args);
export const getBenchmark: Benchmarks['getBenchmark'] = async (...args) => (await benchmarks()).getBenchmark(...args);
export const deleteBenchmark: Benchmarks['deleteBenchmark'] = async (...args) => (await benchmarks()).deleteBenchmark(...args);

export const createOwnKey: Keys['createOwnKey'] = async (...args) => (await keys()).createOwnKey(...args);
export const deleteOwnKey: Keys['deleteOwnKey'] = async (...args) => (await keys()).deleteOwnKey(...args);
export const getOwnKey: Keys['getOwnKey'] = async (...args) => (await keys()).getOwnKey(...args);
export const listTrustedKeys: Keys['listTrustedKeys'] = async (...args) => (await keys()).listTrustedKeys(...args);
export const removeTrustedKey: Keys['removeTrustedKey'] = async (...args) => (await keys()).removeTrustedKey(...args);
export const trustKey: Keys['trustKey'] = async (...args) => (await keys()).trustKey(...args);

export const createBackup: Backups['createBackup'] = async (...args) => (await backups()).createBackup(...args);
export const parseBackup = async (...args: Parameters<Backups['parseBackup']>): Promise<ReturnType<Backups['parseBackup']>> => (await backups()).parseBackup(...args);
export const checkBackupModels: Backups['checkBackupModels'] = async (...args) => (await backups()).checkBackupModels(...args);
export const planRestore: Backups['planRestore'] = async (...args) => (await backups()).planRestore(...args);
export const applyRestore: Backups['applyRestore'] = async (...args) => (await backups()).applyRestore(...args);
