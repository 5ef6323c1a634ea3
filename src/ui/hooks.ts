import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { StorageError, type StorageProblem } from '../storage/index.ts';
import type { MessageKey } from '../i18n/index.ts';

/** Sets the document title for the page being shown. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · ${t('app.title')}`;
  }, [title]);
}

/**
 * Calls the newest `flush` as the page goes away (pagehide: a reload, a closed tab, a link out). What it
 * writes must be issued in that same task: a write that waits for a read or a timer is never made.
 */
export function usePageHide(flush: () => void): void {
  const latest = useRef(flush);
  latest.current = flush;
  useEffect(() => {
    const onPageHide = () => latest.current();
    addEventListener('pagehide', onPageHide);
    return () => removeEventListener('pagehide', onPageHide);
  }, []);
}

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; error: unknown };

/** Runs `load` whenever `deps` change; stale results are dropped. */
export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) => current && setResult({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, generation]);
  return [result, () => setGeneration((g) => g + 1)];
}

export function errorMessage(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return t('error.quota');
  if (error instanceof StorageError) return storageProblemMessage(error.problem);
  if (error instanceof Error) return error.message;
  return String(error);
}

const STORAGE_MESSAGES: Readonly<Record<StorageProblem['code'], MessageKey>> = {
  'storage.assessment_locked': 'error.assessmentLocked',
  'storage.assessment_missing': 'error.assessmentMissing',
  'storage.model_in_use': 'models.inUse',
  'storage.set_name_missing': 'compare.error.name',
  'storage.set_missing': 'storage.setMissing',
  'storage.key_passphrase': 'device.keysWrong',
  'storage.already_open': 'storage.alreadyOpen',
  // Panel pages load the respondent part of the messages, where these are.
  'storage.contribution_mismatch': 'contribution.error.mismatch',
  'storage.respondent_duplicate': 'contribution.error.respondentDuplicate',
  'storage.reason_missing': 'contribution.error.reasonMissing',
};

/** A storage refusal in the reader's language. */
export function storageProblemMessage(problem: StorageProblem): string {
  return t(STORAGE_MESSAGES[problem.code], problem.params);
}
