/**
 * The one module that opens IndexedDB. Everything the app keeps on this
 * device goes through the functions exported here; nothing else imports idb.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Level } from '../model/schema.ts';
import {
  AnswerSchema,
  AssessmentSchema,
  NewAssessmentSchema,
  type Action,
  type Answer,
  type AnswerValue,
  type Assessment,
  type NewAssessment,
  type Evidence,
  type ProfileValue,
} from '../assessment/schema.ts';
import { isLocked } from '../assessment/lock.ts';
import type { ImportedResult } from '../exchange/import.ts';
import type { KeyUse, PublicJwk } from '../exchange/keys.ts';
import type { WrappedPrivateKey } from '../exchange/private-key.ts';
import type { TrustedKey } from '../exchange/trust.ts';
import { announceChange, queue, trackWrite } from './changes.ts';

export { onChangeElsewhere, onPendingWrites, whenWritesSettled, type DataChange } from './changes.ts';

export const DB_NAME = 'ict-governance';

/**
 * A write to an approved (locked) assessment: its answers, evidence,
 * targets, actions and profile are refused until it is reopened.
 */
export class AssessmentLockedError extends Error {
  readonly code = 'assessment-locked';
  constructor(readonly assessmentId: string) {
    super(`assessment ${assessmentId} is approved; reopen it to change it`);
    this.name = 'AssessmentLockedError';
  }
}

/** Throws AssessmentLockedError when the stored assessment is approved. */
export function refuseLocked(assessment: Pick<Assessment, 'id' | 'status' | 'review'>): void {
  if (isLocked(assessment)) throw new AssessmentLockedError(assessment.id);
}

/** An answer was given for an assessment that is no longer on this device (deleted in another tab). */
export class AssessmentMissingError extends Error {
  constructor(readonly assessmentId: string) {
    super(`assessment ${assessmentId} is no longer on this device`);
    this.name = 'AssessmentMissingError';
  }
}

export interface GovernanceDB extends DBSchema {
  assessments: {
    key: string;
    value: Assessment;
    indexes: { 'by-updated': string };
  };
  answers: {
    key: [assessmentId: string, questionId: string];
    value: Answer;
    indexes: { 'by-assessment': string };
  };
  settings: {
    key: string;
    value: { key: string; value: unknown };
  };
  /** Models a person loaded from a file; validated again whenever they are read. */
  models: {
    key: [id: string, version: string];
    value: StoredModel;
  };
  /** A coordinator's named sets of imported results. */
  comparisonSets: {
    key: string;
    value: ComparisonSet;
  };
  /** The result files imported into a comparison set, one record per assessment. */
  importedResults: {
    key: [setId: string, assessmentId: string];
    value: StoredResult;
    indexes: { 'by-set': string };
  };
  /** This device's own key pairs, one per use: signing result files, opening sealed ones. */
  ownKeys: {
    key: KeyUse;
    value: OwnKey;
  };
  /** The signing keys a coordinator trusts, by fingerprint, each for one organization. */
  trustedKeys: {
    key: string;
    value: TrustedKey;
  };
}

export interface OwnKey {
  use: KeyUse;
  /** Whose key it is, as written in its key file. */
  organization: string;
  /** Never extractable: it cannot be read out of the browser, only used. */
  privateKey: CryptoKey;
  publicKey: PublicJwk;
  fingerprint: string;
  createdAt: string;
  /** Only when the person chose, as the key was made, to be able to back it up: the private key encrypted with their passphrase. */
  wrapped?: WrappedPrivateKey;
}

export interface StoredModel {
  id: string;
  version: string;
  /** The model as it was loaded: plain JSON, checked with parseModel again on every read. */
  json: unknown;
  fileName: string;
  addedAt: string;
}

export interface ComparisonSet {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Whether the set is shown with codes instead of names; absent (named) in sets made before it was remembered. */
  anonymised?: boolean;
  /**
   * `organization`: the unit results imported on an organization's view
   * (`organization` holds its name key); not listed on the Compare page.
   * Absent: a coordinator's set.
   */
  kind?: 'organization';
  organization?: string;
}

export interface StoredResult {
  setId: string;
  assessmentId: string;
  /** What the import pipeline made of the file: validated, hash checked, scores recomputed from its answers. */
  result: ImportedResult;
  fileName: string;
  importedAt: string;
}

type UpgradeTransaction = IDBPTransaction<GovernanceDB, StoreNames<GovernanceDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<GovernanceDB>, tx: UpgradeTransaction) => Promise<void> | void;

/**
 * Migration N brings a database from version N-1 to N. Append only: a
 * released migration is never edited, because databases in the field have
 * already run it.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 1: assessments and their answers, one record per answer.
  (db) => {
    db.createObjectStore('assessments', { keyPath: 'id' });
    const answers = db.createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] });
    answers.createIndex('by-assessment', 'assessmentId');
  },
  // 2: assessments get a status and are listed by last change; a store for settings.
  async (db, tx) => {
    const assessments = tx.objectStore('assessments');
    assessments.createIndex('by-updated', 'updatedAt');
    db.createObjectStore('settings', { keyPath: 'key' });
    for (let cursor = await assessments.openCursor(); cursor; cursor = await cursor.continue()) {
      if (!cursor.value.status) await cursor.update({ ...cursor.value, status: 'in-progress' });
    }
  },
  // 3: assessments keep targets and an action plan.
  async (_db, tx) => {
    const assessments = tx.objectStore('assessments');
    for (let cursor = await assessments.openCursor(); cursor; cursor = await cursor.continue()) {
      const old: Partial<Assessment> = cursor.value;
      await cursor.update({ ...cursor.value, targets: old.targets ?? {}, actions: old.actions ?? {} });
    }
  },
  // 4: models loaded from files, and coordinators' comparison sets of imported results.
  (db) => {
    db.createObjectStore('models', { keyPath: ['id', 'version'] });
    db.createObjectStore('comparisonSets', { keyPath: 'id' });
    const results = db.createObjectStore('importedResults', { keyPath: ['setId', 'assessmentId'] });
    results.createIndex('by-set', 'setId');
  },
  // 5: this device's own keys (signing, sealing) and the signing keys a coordinator trusts.
  (db) => {
    db.createObjectStore('ownKeys', { keyPath: 'use' });
    db.createObjectStore('trustedKeys', { keyPath: 'fingerprint' });
  },
];

/**
 * Only in the build the update test serves as "the next version"
 * (VITE_E2E_NEXT_MIGRATION=1): one more migration that rewrites every
 * answer, so the test sees a real upgrade run through a service-worker
 * update. Other builds drop this code.
 */
const E2E_NEXT_MIGRATION: readonly Migration[] =
  import.meta.env.VITE_E2E_NEXT_MIGRATION === '1'
    ? [
        async (_db, tx) => {
          const answers = tx.objectStore('answers');
          for (let cursor = await answers.openCursor(); cursor; cursor = await cursor.continue()) {
            await cursor.update({ ...cursor.value });
          }
        },
      ]
    : [];

const ALL_MIGRATIONS = [...MIGRATIONS, ...E2E_NEXT_MIGRATION];

export const DB_VERSION = ALL_MIGRATIONS.length;

export interface OpenHandlers {
  /** Called when another tab holds an older version open and this one waits for it to close. */
  onBlocked?: () => void;
  /** Called when a newer version of the app, in another tab, needs this connection closed; it is closed already. */
  onOutdated?: () => void;
}

let connection: Promise<IDBPDatabase<GovernanceDB>> | undefined;
/** The same connection once open, for the one write that cannot wait: see `saveAnswerBeforeUnload`. */
let openConnection: IDBPDatabase<GovernanceDB> | undefined;
let handlers: OpenHandlers = {};

export function setOpenHandlers(next: OpenHandlers): void {
  handlers = next;
}

/** Opens (once) and upgrades the database, running each migration it has not run yet, in order. */
export function openGovernanceDB(name = DB_NAME): Promise<IDBPDatabase<GovernanceDB>> {
  if (name !== DB_NAME) return open(name);
  connection ??= open(name).then(
    (db) => (openConnection = db),
    (error: unknown) => {
      connection = undefined;
      throw error;
    },
  );
  return connection;
}

async function open(name: string): Promise<IDBPDatabase<GovernanceDB>> {
  let opened: IDBPDatabase<GovernanceDB> | undefined;
  const forget = () => {
    if (name !== DB_NAME) return;
    connection = undefined;
    openConnection = undefined;
  };
  opened = await openDB<GovernanceDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion + 1; version <= DB_VERSION; version += 1) {
        await ALL_MIGRATIONS[version - 1]!(db, tx);
      }
    },
    blocked() {
      handlers.onBlocked?.();
    },
    blocking() {
      forget();
      opened?.close();
      handlers.onOutdated?.();
    },
    terminated: forget,
  });
  return opened;
}

/** Closes the shared connection (the next call opens a new one). */
export async function closeGovernanceDB(): Promise<void> {
  const current = connection;
  connection = undefined;
  openConnection = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}

export function now(): string {
  return new Date().toISOString();
}

/**
 * Runs `work` against `tx`, then waits for the commit. When `work` throws
 * (a check that fails, a record refused as it is queued, a full disk), the
 * transaction is aborted, so nothing it queued is written, and the error is
 * thrown on.
 */
export async function allOrNothing<T>(tx: { abort(): void; done: Promise<void> }, work: () => Promise<T> | T): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  return result;
}

/**
 * Starts an assessment. With `copyAnswersFrom`, the answers and comments of
 * that assessment (an earlier period, say) are copied as a starting point,
 * in the same transaction; with `carryProfileFrom`, that assessment's
 * governance profile is (the facts of the organization, to review rather
 * than give again).
 */
export async function createAssessment(input: NewAssessment, copyAnswersFrom?: string, carryProfileFrom?: string): Promise<Assessment> {
  const details = NewAssessmentSchema.parse(input);
  const timestamp = now();
  const assessment = AssessmentSchema.parse({
    id: crypto.randomUUID(),
    model: { id: details.modelId, version: details.modelVersion },
    organization: details.organization,
    period: details.period,
    status: 'in-progress',
    createdAt: timestamp,
    updatedAt: timestamp,
    targets: {},
    actions: {},
  });
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers'], 'readwrite');
    const answers = tx.objectStore('answers');
    if (carryProfileFrom) {
      const source = await tx.objectStore('assessments').get(carryProfileFrom);
      if (source?.profile) assessment.profile = structuredClone(source.profile);
    }
    if (copyAnswersFrom) {
      const source = await tx.objectStore('assessments').get(copyAnswersFrom);
      if (source) assessment.targets = { ...source.targets };
      for (const answer of await answers.index('by-assessment').getAll(copyAnswersFrom)) {
        queue(answers.put({ ...answer, assessmentId: assessment.id }));
      }
    }
    queue(tx.objectStore('assessments').add(assessment));
    await tx.done;
  });
  announceChange({ type: 'assessments' });
  return assessment;
}

/** Every assessment on this device, most recently changed first. */
export async function listAssessments(): Promise<Assessment[]> {
  const db = await openGovernanceDB();
  return (await db.getAllFromIndex('assessments', 'by-updated')).reverse();
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const db = await openGovernanceDB();
  return noteLock(await db.get('assessments', id));
}

/** Deletes an assessment and all its answers, together or not at all. */
export async function deleteAssessment(id: string): Promise<void> {
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers'], 'readwrite');
    const answers = tx.objectStore('answers');
    for (const key of await answers.index('by-assessment').getAllKeys(id)) queue(answers.delete(key));
    queue(tx.objectStore('assessments').delete(id));
    await tx.done;
  });
  announceChange({ type: 'assessments' });
}

export async function listAnswers(assessmentId: string): Promise<Answer[]> {
  const db = await openGovernanceDB();
  return db.getAllFromIndex('answers', 'by-assessment', assessmentId);
}

export interface AnswerInput {
  assessmentId: string;
  questionId: string;
  value: AnswerValue | null;
  comment: string;
}

/**
 * Saves one answer in its own transaction, together with the assessment's
 * time of last change; resolves once the transaction has committed, and
 * rejects (nothing written) when it fails.
 */
export function saveAnswer(input: AnswerInput): Promise<Answer> {
  return trackWrite(() => writeAnswer(input)).then((answer) => {
    announceChange({ type: 'answer', assessmentId: answer.assessmentId, questionId: answer.questionId });
    return answer;
  });
}

async function writeAnswer(input: AnswerInput): Promise<Answer> {
  const db = await openGovernanceDB();
  const tx = db.transaction(['answers', 'assessments'], 'readwrite');
  const assessments = tx.objectStore('assessments');
  return allOrNothing(tx, async () => {
    const assessment = await assessments.get(input.assessmentId);
    if (!assessment) throw new AssessmentMissingError(input.assessmentId);
    refuseLocked(assessment);
    const answers = tx.objectStore('answers');
    // The evidence register is saved apart (saveEvidence): a level or a comment keeps it.
    const evidence = (await answers.get([input.assessmentId, input.questionId]))?.evidence;
    const answer = AnswerSchema.parse({
      assessmentId: input.assessmentId,
      questionId: input.questionId,
      value: input.value,
      comment: input.comment,
      answeredAt: now(),
      ...(evidence ? { evidence } : {}),
    });
    // A record refused as it is queued (a full disk can show here) aborts the rest.
    queue(answers.put(answer));
    queue(assessments.put({ ...assessment, updatedAt: answer.answeredAt }));
    return answer;
  });
}

/**
 * Saves one answer while the page is being hidden or unloaded, when there is
 * no time to wait for anything: the request is queued and committed in the
 * same task (the assessment's time of last change is not updated). Returns
 * false when no connection is open yet.
 */
export function saveAnswerBeforeUnload(input: AnswerInput & { evidence?: Evidence[] }): boolean {
  if (!openConnection) return false;
  // No time to read first (a page being unloaded runs no more callbacks, and
  // a write that waits is lost): the lock is judged by what this page last
  // read or wrote of the assessment, and the evidence register is the one
  // the page holds.
  if (knownLocked.get(input.assessmentId)) return false;
  const { evidence, ...rest } = input;
  const answer = AnswerSchema.parse({ ...rest, answeredAt: now(), ...(evidence?.length ? { evidence } : {}) });
  const tx = openConnection.transaction('answers', 'readwrite');
  queue(tx.objectStore('answers').put(answer));
  tx.commit();
  tx.done.then(
    () => announceChange({ type: 'answer', assessmentId: answer.assessmentId, questionId: answer.questionId }),
    () => undefined,
  );
  return true;
}

/** Whether each assessment this page last read or wrote was locked: for the one write that cannot read first. */
const knownLocked = new Map<string, boolean>();
function noteLock<T extends Assessment | undefined>(assessment: T): T {
  if (assessment) knownLocked.set(assessment.id, isLocked(assessment));
  return assessment;
}

/**
 * Changes one assessment record in its own transaction: reads the stored
 * record (another tab may have changed it), applies `change`, validates and
 * writes it back, then tells the other tabs.
 */
export async function updateAssessment(
  id: string,
  change: (assessment: Assessment) => Assessment,
  /** Only a review move may change an approved assessment (to reopen it). */
  { review = false }: { review?: boolean } = {},
): Promise<Assessment> {
  const updated = await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction('assessments', 'readwrite');
    return allOrNothing(tx, async () => {
      const stored = await tx.store.get(id);
      if (!stored) throw new AssessmentMissingError(id);
      if (!review) refuseLocked(stored);
      const next = AssessmentSchema.parse({ ...change(stored), updatedAt: now() });
      queue(tx.store.put(next));
      return next;
    });
  });
  announceChange({ type: 'assessments' });
  return noteLock(updated);
}

/** Sets target levels (element id → level); `null` returns an element to the model's default. */
export function saveTargets(assessmentId: string, targets: Readonly<Record<string, Level | null>>): Promise<Assessment> {
  return updateAssessment(assessmentId, (assessment) => {
    const next = { ...assessment.targets };
    for (const [elementId, level] of Object.entries(targets)) {
      if (level === null) delete next[elementId];
      else next[elementId] = level;
    }
    return { ...assessment, targets: next };
  });
}

/**
 * Saves one governance profile item's value in its own transaction; `null`
 * (or an empty text or list) removes it. Refused, changing nothing, when the
 * assessment is final.
 */
export function saveProfileValue(assessmentId: string, itemId: string, value: ProfileValue | null): Promise<Assessment> {
  return updateAssessment(assessmentId, (assessment) => {
    refuseLocked(assessment);
    const profile = { ...assessment.profile };
    const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) delete profile[itemId];
    else profile[itemId] = value;
    return { ...assessment, profile };
  });
}

/** Sets the planned action for one element. */
export function saveAction(assessmentId: string, elementId: string, action: Action): Promise<Assessment> {
  return updateAssessment(assessmentId, (assessment) => ({ ...assessment, actions: { ...assessment.actions, [elementId]: action } }));
}

/** Remembers where the person is in the questionnaire. */
export async function saveLastElement(assessmentId: string, elementId: string): Promise<void> {
  const db = await openGovernanceDB();
  const tx = db.transaction('assessments', 'readwrite');
  const assessment = await tx.store.get(assessmentId);
  if (assessment && assessment.lastElementId !== elementId) {
    queue(tx.store.put({ ...assessment, lastElementId: elementId }));
  }
  await tx.done;
}

/**
 * Asks the browser not to evict this site's data under storage pressure.
 * Resolves to whether storage is persistent; never throws.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** How many questions of an assessment have an answer (a level or "not applicable"). */
export async function countAnswered(assessmentId: string): Promise<number> {
  const answers = await listAnswers(assessmentId);
  return answers.filter((a) => a.value !== null).length;
}

/** A model cannot be removed while an assessment on this device uses it. */
export class ModelInUseError extends Error {
  constructor(
    readonly modelId: string,
    readonly version: string,
    readonly assessments: number,
  ) {
    super(`model ${modelId} ${version} is used by ${assessments} assessment(s)`);
    this.name = 'ModelInUseError';
  }
}

/** Keeps a model loaded from a file (already validated by the caller), replacing one with the same id and version. */
export async function saveModel(record: StoredModel): Promise<void> {
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

/** The coordinators' comparison sets (not the organizations' sets of imported units). */
export async function listComparisonSets(): Promise<ComparisonSet[]> {
  const db = await openGovernanceDB();
  return (await db.getAll('comparisonSets')).filter((set) => set.kind === undefined).sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt));
}

export async function createComparisonSet(name: string): Promise<ComparisonSet> {
  const timestamp = now();
  const set: ComparisonSet = { id: crypto.randomUUID(), name: name.trim(), createdAt: timestamp, updatedAt: timestamp };
  if (!set.name) throw new Error('a comparison set needs a name');
  await trackWrite(async () => (await openGovernanceDB()).put('comparisonSets', set));
  announceChange({ type: 'comparisons' });
  return set;
}

export async function renameComparisonSet(id: string, name: string): Promise<void> {
  if (!name.trim()) throw new Error('a comparison set needs a name');
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
  models: readonly StoredModel[] = [],
): Promise<void> {
  if (results.length === 0) return;
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['comparisonSets', 'importedResults', 'models'], 'readwrite');
    await allOrNothing(tx, async () => {
      const sets = tx.objectStore('comparisonSets');
      const set = await sets.get(setId);
      if (!set) throw new Error('this comparison set is no longer on this device');
      const importedAt = now();
      for (const { result, fileName } of results) {
        queue(tx.objectStore('importedResults').put({ setId, assessmentId: result.assessmentId, result, fileName, importedAt }));
      }
      const stored = tx.objectStore('models');
      for (const model of models) {
        if (!(await stored.getKey([model.id, model.version]))) queue(stored.put(model));
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

/**
 * Moves an assessment to a newer version of its model, as planned and
 * confirmed (see model/migration.ts): the assessment and every one of its
 * answers are replaced in one transaction, or nothing changes. A final
 * assessment is refused: it must be reopened first.
 */
/**
 * A new full assessment that starts from a quick check: the record and its
 * pre-filled answers (marked "to confirm" on the record) written in one
 * transaction, so that it exists whole or not at all. `prefill` gives the
 * answers for the new assessment's id at the time it is created.
 */
export async function createAssessmentFromQuickCheck(
  input: NewAssessment,
  from: { assessmentId: string; model: { id: string; version: string } },
  prefill: (assessmentId: string, at: string) => { answers: Answer[]; toConfirm: string[] },
): Promise<Assessment> {
  const details = NewAssessmentSchema.parse(input);
  const timestamp = now();
  const id = crypto.randomUUID();
  const { answers, toConfirm } = prefill(id, timestamp);
  const assessment = AssessmentSchema.parse({
    id,
    model: { id: details.modelId, version: details.modelVersion },
    organization: details.organization,
    period: details.period,
    status: 'in-progress',
    createdAt: timestamp,
    updatedAt: timestamp,
    targets: {},
    actions: {},
    prefilled: { from, at: timestamp, toConfirm },
  });
  const records = answers.map((answer) => AnswerSchema.parse(answer));
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers'], 'readwrite');
    await allOrNothing(tx, async () => {
      queue(tx.objectStore('assessments').add(assessment));
      const store = tx.objectStore('answers');
      for (const answer of records) queue(store.put(answer));
    });
  });
  announceChange({ type: 'assessments' });
  return assessment;
}

export async function moveAssessment(assessment: Assessment, answers: readonly Answer[], review: readonly string[], from: string): Promise<Assessment> {
  const moved = AssessmentSchema.parse({ ...assessment, updatedAt: now(), migrated: { from, at: now(), review: [...review] } });
  const records = answers.map((answer) => AnswerSchema.parse(answer));
  await trackWrite(async () => {
    const db = await openGovernanceDB();
    const tx = db.transaction(['assessments', 'answers'], 'readwrite');
    await allOrNothing(tx, async () => {
      const stored = await tx.objectStore('assessments').get(assessment.id);
      if (!stored) throw new AssessmentMissingError(assessment.id);
      refuseLocked(stored);
      const store = tx.objectStore('answers');
      for (const key of await store.index('by-assessment').getAllKeys(assessment.id)) queue(store.delete(key));
      for (const answer of records) queue(store.put(answer));
      queue(tx.objectStore('assessments').put(moved));
    });
  });
  announceChange({ type: 'assessments' });
  return moved;
}
