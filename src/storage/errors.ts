/**
 * What storage refuses, as a code with its parameters (never a sentence):
 * the interface words it in the reader's language, a script in English.
 */
export type StorageProblemCode =
  | 'storage.assessment_locked'
  | 'storage.assessment_missing'
  | 'storage.model_in_use'
  | 'storage.set_name_missing'
  | 'storage.set_missing'
  | 'storage.key_passphrase'
  | 'storage.already_open'
  | 'storage.contribution_mismatch'
  | 'storage.respondent_duplicate'
  | 'storage.reason_missing';

export interface StorageProblem {
  code: StorageProblemCode;
  path: string;
  params: Readonly<Record<string, string | number>>;
}

/** A refusal by storage: nothing was written. Its message is the code, for logs; `problem` is what a reader is shown. */
export class StorageError extends Error {
  readonly problem: StorageProblem;
  constructor(code: StorageProblemCode, params: StorageProblem['params'] = {}, path = '$') {
    super(code);
    this.name = 'StorageError';
    this.problem = { code, path, params };
  }
}

/** The passphrase given to restore the backup's keys does not open them: nothing was restored. */
export class KeyPassphraseError extends StorageError {
  constructor() {
    super('storage.key_passphrase');
    this.name = 'KeyPassphraseError';
  }
}
