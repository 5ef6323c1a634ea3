/**
 * The page's side of the import worker (the Squoosh worker-bridge pattern):
 * one worker per import, cancelled through an AbortSignal by terminating
 * it, and ended after an idle spell so a finished import holds no thread.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { problem, type Problem } from '../../model/problem.ts';
import type { FileOutcome, ImportRequest, ImportWorkerApi, NewModel } from './import-worker.ts';

export type ImportBridgeProblemCode = 'import.worker-stopped';

/** The import ended without an answer from its worker: a problem as a code, which the page words (`problem.import.worker-stopped`). */
export class ImportStoppedError extends Error {
  readonly problem: Problem<ImportBridgeProblemCode> = problem('import.worker-stopped');
  constructor(
    /** What the browser said, for logs only (it is in the browser's language, not the reader's). */
    readonly detail: string,
  ) {
    super(`import.worker-stopped${detail ? `: ${detail}` : ''}`);
    this.name = 'ImportStoppedError';
  }
}

/** An import that finished keeps its worker this long, in case another follows at once. */
const WORKER_IDLE_TIMEOUT_MS = 10_000;

/** What the bridge needs of a worker: the real one, or a fake one in a unit test. */
export interface WorkerHandle {
  worker: Pick<Worker, 'terminate' | 'addEventListener' | 'removeEventListener'>;
  api: { importFiles(request: ImportRequest, onProgress: ProgressListener): Promise<void> };
}

export type ProgressListener = (outcomes: FileOutcome[], done: number, newModels: NewModel[]) => void;

/**
 * A bridge to workers made by `start`. Calls are queued: one import runs at
 * a time, the next starting when it ends. Each call's abort listener is
 * removed when it ends, so a signal that outlives it holds nothing.
 */
export function createImportBridge(start: () => WorkerHandle, idleTimeoutMs = WORKER_IDLE_TIMEOUT_MS) {
  /**
   * The worker and its one comlink proxy, kept together for the worker's
   * life: a proxy that is garbage-collected tells the worker to release it,
   * and the worker then stops listening (comlink's RELEASE), so a second
   * proxy on the same worker would wait for ever.
   */
  let running: WorkerHandle | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const startWorker = (): WorkerHandle => {
    clearTimeout(idleTimer);
    running ??= start();
    return running;
  };

  const stopWorker = (): void => {
    clearTimeout(idleTimer);
    running?.worker.terminate();
    running = undefined;
  };

  const run = async (request: ImportRequest, onProgress: ProgressListener, signal: AbortSignal): Promise<void> => {
    signal.throwIfAborted();
    const { worker, api } = startWorker();
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        stopWorker();
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => undefined);
    // A worker that dies (out of memory, say) answers nothing more: the import ends with an error rather than waiting for ever.
    let onError = (_event: Event) => {};
    const died = new Promise<never>((_, reject) => {
      onError = (event) => {
        stopWorker();
        reject(new ImportStoppedError('message' in event && typeof event.message === 'string' ? event.message : ''));
      };
      worker.addEventListener('error', onError);
    });
    died.catch(() => undefined);
    try {
      await Promise.race([api.importFiles(request, onProgress), aborted, died]);
    } finally {
      signal.removeEventListener('abort', onAbort);
      worker.removeEventListener('error', onError);
      if (!signal.aborted && running) idleTimer = setTimeout(stopWorker, idleTimeoutMs);
    }
  };

  /**
   * Imports `files` in the worker, reporting outcomes in batches through
   * `onProgress`. Rejects with an AbortError when `signal` is aborted
   * (queued or running): the worker is stopped mid-file and whatever it had
   * not reported is dropped.
   */
  return function importInWorker(request: ImportRequest, onProgress: ProgressListener, signal: AbortSignal): Promise<void> {
    const turn = queue.then(() => run(request, onProgress, signal));
    queue = turn.catch(() => undefined);
    return turn;
  };
}

export const importInWorker = createImportBridge(() => {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'result-import' });
  const remote: Remote<ImportWorkerApi> = wrap<ImportWorkerApi>(worker);
  return { worker, api: { importFiles: (request, onProgress) => remote.importFiles(request, proxy(onProgress)) } };
});
