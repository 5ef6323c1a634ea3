/**
 * The page's side of the import worker (the Squoosh worker-bridge pattern):
 * one worker per import, cancelled through an AbortSignal by terminating
 * it, and ended after an idle spell so a finished import holds no thread.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { FileOutcome, ImportRequest, ImportWorkerApi, NewModel } from './import-worker.ts';

/** An import that finished keeps its worker this long, in case another follows at once. */
const WORKER_IDLE_TIMEOUT_MS = 10_000;

/**
 * The worker and its one comlink proxy, kept together for the worker's
 * life: a proxy that is garbage-collected tells the worker to release it,
 * and the worker then stops listening (comlink's RELEASE), so a second
 * proxy on the same worker would wait for ever.
 */
let running: { worker: Worker; api: Remote<ImportWorkerApi> } | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function startWorker(): Remote<ImportWorkerApi> {
  clearTimeout(idleTimer);
  if (!running) {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'result-import' });
    running = { worker, api: wrap<ImportWorkerApi>(worker) };
  }
  return running.api;
}

function stopWorker(): void {
  clearTimeout(idleTimer);
  running?.worker.terminate();
  running = undefined;
}

/**
 * Imports `files` in the worker, reporting outcomes in batches through
 * `onProgress`. Rejects with an AbortError when `signal` is aborted: the
 * worker is stopped mid-file and whatever it had not reported is dropped.
 */
export async function importInWorker(
  request: ImportRequest,
  onProgress: (outcomes: FileOutcome[], done: number, newModels: NewModel[]) => void,
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  const api = startWorker();
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
  // A worker that dies (out of memory, say) answers nothing more: the import ends with an error rather than waiting for ever.
  const worker = running!.worker;
  let onError = (_event: Event) => {};
  const died = new Promise<never>((_, reject) => {
    onError = (event) => {
      stopWorker();
      reject(new Error(event instanceof ErrorEvent && event.message ? event.message : 'the import stopped unexpectedly'));
    };
    worker.addEventListener('error', onError);
  });
  died.catch(() => undefined);
  try {
    await Promise.race([api.importFiles(request, proxy(onProgress)), aborted, died]);
  } finally {
    worker.removeEventListener('error', onError);
    if (!signal.aborted) idleTimer = setTimeout(stopWorker, WORKER_IDLE_TIMEOUT_MS);
  }
}
