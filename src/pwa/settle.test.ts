import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageSettles, type PageSignals } from './settle.ts';

/** A page whose load, downloads and idle moments the test drives by hand. */
function fakePage() {
  let markLoaded!: () => void;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  let onFetch: (() => void) | undefined;
  let watching = false;
  const idleTasks: Array<() => void> = [];
  const signals: PageSignals = {
    loaded: () => loaded,
    watchFetches(listener) {
      onFetch = listener;
      watching = true;
      return () => {
        watching = false;
        onFetch = undefined;
      };
    },
    whenIdle: (task) => void idleTasks.push(task),
  };
  return {
    signals,
    load: markLoaded,
    fetched: () => onFetch?.(),
    isWatching: () => watching,
    runIdle: () => idleTasks.splice(0).forEach((task) => task()),
    idleWaiting: () => idleTasks.length,
  };
}

/** Whether the promise has settled, after the pending callbacks have run. */
async function isSettled(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

describe('afterPageSettles: the offline download waits for the page’s own work', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('waits for the load, then for a quiet stretch, then for an idle moment', async () => {
    const page = fakePage();
    const settled = afterPageSettles(page.signals, 1000, 10_000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await isSettled(settled), 'not before the page has loaded').toBe(false);
    page.load();
    await vi.advanceTimersByTimeAsync(999);
    expect(page.idleWaiting()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.idleWaiting(), 'quiet: waiting for an idle moment').toBe(1);
    expect(await isSettled(settled)).toBe(false);
    page.runIdle();
    expect(await isSettled(settled)).toBe(true);
  });

  it('starts the quiet stretch again at every download the page finishes', async () => {
    const page = fakePage();
    const settled = afterPageSettles(page.signals, 1000, 10_000);
    page.load();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 4; i += 1) {
      await vi.advanceTimersByTimeAsync(900);
      page.fetched();
    }
    expect(page.idleWaiting(), '3.6 s in, never 1 s without a download').toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    page.runIdle();
    expect(await isSettled(settled)).toBe(true);
  });

  it('waits no longer than the cap for a page that never stops downloading', async () => {
    const page = fakePage();
    const settled = afterPageSettles(page.signals, 1000, 10_000);
    page.load();
    await vi.advanceTimersByTimeAsync(0);
    for (let elapsed = 0; elapsed < 9_500; elapsed += 500) {
      page.fetched();
      await vi.advanceTimersByTimeAsync(500);
    }
    page.fetched();
    await vi.advanceTimersByTimeAsync(499);
    expect(page.idleWaiting()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.idleWaiting(), 'the cap, 10 s after load').toBe(1);
    page.runIdle();
    expect(await isSettled(settled)).toBe(true);
  });

  it('stops watching the page’s downloads once settled, and settles once', async () => {
    const page = fakePage();
    const settled = afterPageSettles(page.signals, 1000, 10_000);
    page.load();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.isWatching()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.isWatching()).toBe(false);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(page.idleWaiting(), 'neither the cap nor a late timer asks again').toBe(1);
    page.runIdle();
    expect(await isSettled(settled)).toBe(true);
  });
});
