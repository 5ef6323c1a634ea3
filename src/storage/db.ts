/**
 * The one module that opens IndexedDB: the database's schema, its numbered
 * migrations and the one shared connection. The stores' functions live
 * beside it, one file per store (assessments.ts, models.ts,
 * comparisons.ts, keys.ts, persistence.ts); everything outside src/storage
 * imports them through ./index.ts only.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Assessment, Answer } from '../assessment/schema.ts';
import type { StoredResult } from '../exchange/import.ts';
import type { KeyUse } from '../exchange/keys.ts';
import type { OwnKey } from '../exchange/private-key.ts';
import type { TrustedKey } from '../exchange/trust.ts';
import type { StoredContribution } from '../panel/contribution-file.ts';
import { StorageError } from './errors.ts';

// Records whose shape the domain defines (components receive them): kept here under their stores.
export type { OwnKey, StoredResult };

export const DB_NAME = 'ict-governance';

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
  /** Settings kept under one key each; the network benchmark is one (benchmarks.ts). */
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
  /** A panel lead's imported contributions, one per respondent of an assessment (the latest replaces the earlier). */
  contributions: {
    key: [assessmentId: string, respondentId: string];
    value: StoredContribution;
    indexes: { 'by-assessment': string };
  };
}


export interface StoredModel {
  id: string;
  version: string;
  /** The model as it was loaded: plain JSON, checked with parseModel again on every read. */
  json: unknown;
  fileName: string;
  addedAt: string;
}

/** A model to keep, as loaded from its file; storage adds when. */
export type NewStoredModel = Omit<StoredModel, 'addedAt'>;

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
  // 6: a panel lead's contributions, one per respondent of an assessment.
  (db) => {
    const contributions = db.createObjectStore('contributions', { keyPath: ['assessmentId', 'respondentId'] });
    contributions.createIndex('by-assessment', 'assessmentId');
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
  blocked?: () => void;
  /** Called when a newer version of the app, in another tab, needs this connection closed; it is closed already. */
  blocking?: () => void;
  /** Called when the browser closed the connection abnormally (the next call opens a new one). */
  terminated?: () => void;
}

let connection: Promise<IDBPDatabase<GovernanceDB>> | undefined;
/** The same connection once open, for the one write that cannot wait: see `saveAnswerBeforeUnload`. */
let openConnection: IDBPDatabase<GovernanceDB> | undefined;
/** The handlers the app gave when it opened its storage (see `openStorage`); they stay with the shared connection when it is opened again. */
let sharedHandlers: OpenHandlers | undefined;

/**
 * Opens the app's database, once, at start, with the handlers that are told
 * when another tab stands in the way (as idb's `openDB` takes them). A second
 * call is refused: there is one app, with one set of handlers, and no later
 * caller replaces them.
 */
export function openStorage(handlers: OpenHandlers): Promise<IDBPDatabase<GovernanceDB>> {
  if (sharedHandlers) throw new StorageError('storage.already_open');
  sharedHandlers = handlers;
  return openGovernanceDB();
}

/**
 * Opens (once) and upgrades the database, running each migration it has not
 * run yet, in order. Another `name` opens a separate connection, with
 * `handlers` of its own.
 */
export function openGovernanceDB(name = DB_NAME, handlers: OpenHandlers = {}): Promise<IDBPDatabase<GovernanceDB>> {
  if (name !== DB_NAME) return open(name, handlers);
  connection ??= open(name, sharedHandlers ?? {}).then(
    (db) => (openConnection = db),
    (error: unknown) => {
      connection = undefined;
      throw error;
    },
  );
  return connection;
}

/** The shared connection when it is open already, else undefined: for writes that cannot wait. */
export function openedGovernanceDB(): IDBPDatabase<GovernanceDB> | undefined {
  return openConnection;
}

async function open(name: string, handlers: OpenHandlers): Promise<IDBPDatabase<GovernanceDB>> {
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
      handlers.blocked?.();
    },
    blocking() {
      forget();
      opened?.close();
      handlers.blocking?.();
    },
    terminated() {
      forget();
      handlers.terminated?.();
    },
  });
  return opened;
}

/** Closes the shared connection (the next call opens a new one) and forgets the app's handlers. */
export async function closeGovernanceDB(): Promise<void> {
  const current = connection;
  connection = undefined;
  openConnection = undefined;
  sharedHandlers = undefined;
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
