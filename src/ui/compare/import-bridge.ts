/**
 * The page's side of the import worker (the Squoosh worker-bridge pattern):
 * one worker per import, cancelled through an AbortSignal by terminating
 * it, and ended after an idle spell so a finished import holds no thread.
 */
import { proxy, wrap } from 'comlink';
import type { MaturityModel } from '../../model/schema.ts';
import type { FileOutcome, ImportRequest, ImportWorkerApi } from './import-worker.ts';

/** An import that finished keeps its worker this long, in case another follows at once. */
const WORKER_IDLE_TIMEOUT_MS = 10_000;

let worker: Worker | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function startWorker(): Worker {
  clearTimeout(idleTimer);
  worker ??= new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'result-import' });
  return worker;
}

function stopWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = undefined;
}

/**
 * Imports `files` in the worker, reporting outcomes in batches through
 * `onProgress`. Rejects with an AbortError when `signal` is aborted: the
 * worker is stopped mid-file and whatever it had not reported is dropped.
 */
export async function importInWorker(
  request: ImportRequest,
  onProgress: (outcomes: FileOutcome[], done: number, newModels: MaturityModel[]) => void,
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  const api = wrap<ImportWorkerApi>(startWorker());
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener(
      'abort',
      () => {
        stopWorker();
        reject(signal.reason);
      },
      { once: true },
    );
  });
  aborted.catch(() => undefined); // an abort after the import finished has no one left to tell
  try {
    await Promise.race([api.importFiles(request, proxy(onProgress)), aborted]);
  } finally {
    if (!signal.aborted) idleTimer = setTimeout(stopWorker, WORKER_IDLE_TIMEOUT_MS);
  }
}
