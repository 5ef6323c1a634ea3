import { describe, expect, it } from 'vitest';
import { ImportStoppedError, createImportBridge, type WorkerHandle } from './import-bridge.ts';
import type { ImportRequest } from './import-worker.ts';

/** A fake worker whose imports finish when the test says so, counting listeners and terminations. */
function fakeWorkers() {
  const log: string[] = [];
  const pending: { name: string; finish: () => void }[] = [];
  let listeners = 0;
  let made = 0;
  const start = (): WorkerHandle => {
    const id = ++made;
    return {
      worker: {
        terminate: () => void log.push(`terminate ${id}`),
        addEventListener: () => void (listeners += 1),
        removeEventListener: () => void (listeners -= 1),
      },
      api: {
        importFiles: (request) =>
          new Promise<void>((resolve) => {
            const name = (request.files[0] as { name: string }).name;
            log.push(`start ${name} on ${id}`);
            pending.push({ name, finish: () => (log.push(`end ${name}`), resolve()) });
          }),
      },
    };
  };
  return { start, log, pending, listeners: () => listeners };
}

const request = (name: string) => ({ files: [{ name }], models: [], known: [] }) as unknown as ImportRequest;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the import bridge', () => {
  it('queues calls: the second import starts when the first ends', async () => {
    const fake = fakeWorkers();
    const importInWorker = createImportBridge(fake.start, 60_000);
    const first = importInWorker(request('a.json'), () => {}, new AbortController().signal);
    const second = importInWorker(request('b.json'), () => {}, new AbortController().signal);
    await tick();
    expect(fake.log).toEqual(['start a.json on 1']);
    fake.pending[0]!.finish();
    await first;
    await tick();
    expect(fake.log).toEqual(['start a.json on 1', 'end a.json', 'start b.json on 1']);
    fake.pending[1]!.finish();
    await second;
  });

  it('removes its listeners when an import ends, so a long-lived signal holds nothing', async () => {
    const fake = fakeWorkers();
    const importInWorker = createImportBridge(fake.start, 60_000);
    const controller = new AbortController();
    let abortListeners = 0;
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => ((abortListeners += 1), add(...args))) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => ((abortListeners -= 1), remove(...args))) as typeof remove;
    const done = importInWorker(request('a.json'), () => {}, signal);
    await tick();
    expect(abortListeners).toBe(1);
    expect(fake.listeners()).toBe(1);
    fake.pending[0]!.finish();
    await done;
    expect(abortListeners).toBe(0);
    expect(fake.listeners()).toBe(0);
    // Aborting afterwards stops nothing: the finished import's worker is left to its idle timer.
    controller.abort();
    expect(fake.log).not.toContain('terminate 1');
  });

  it('aborts a running import by stopping its worker, and a queued one before it starts', async () => {
    const fake = fakeWorkers();
    const importInWorker = createImportBridge(fake.start, 60_000);
    const running = new AbortController();
    const queued = new AbortController();
    const first = importInWorker(request('a.json'), () => {}, running.signal);
    const second = importInWorker(request('b.json'), () => {}, queued.signal);
    await tick();
    queued.abort();
    running.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.log).toEqual(['start a.json on 1', 'terminate 1']);
    // The next import gets a fresh worker.
    const third = importInWorker(request('c.json'), () => {}, new AbortController().signal);
    await tick();
    expect(fake.log.at(-1)).toBe('start c.json on 2');
    fake.pending.at(-1)!.finish();
    await third;
  });

  it('ends an import whose worker dies with a problem as a code, not the browser’s sentence', async () => {
    let onError: ((event: Event) => void) | undefined;
    let terminated = 0;
    const importInWorker = createImportBridge(
      () => ({
        worker: {
          terminate: () => void (terminated += 1),
          addEventListener: (_type: string, listener: (event: Event) => void) => void (onError = listener),
          removeEventListener: () => void (onError = undefined),
        } as unknown as WorkerHandle['worker'],
        api: { importFiles: () => new Promise<void>(() => {}) },
      }),
      60_000,
    );
    const run = importInWorker(request('a.json'), () => {}, new AbortController().signal);
    await tick();
    onError!(new Event('error'));
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportStoppedError);
    expect((error as ImportStoppedError).problem).toEqual({ code: 'import.worker-stopped' });
    expect(terminated).toBe(1);
    expect(onError).toBeUndefined();
  });
});
