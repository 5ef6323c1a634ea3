/**
 * When the page has done its own work: the moment the service worker may
 * start downloading the app for offline use (src/pwa/register.ts).
 */

/**
 * How long the page must fetch nothing before the service worker is
 * registered, and the longest it waits for that. Its first install downloads
 * the whole app for offline use (every model edition, 14 MB before
 * compression); started at the load event, as workbox-window does, it
 * competed with the page's own work: the page's chunks, message catalogs and
 * stored data all arrive after `load` in this app. Measured with Lighthouse
 * (scripts/lighthouse.ts, CPU 7×): home's total blocking time 248–363 ms
 * with the install at `load`, 112–133 ms with none. Our own rule, after
 * https://web.dev/articles/service-workers-registration ("improving the
 * boilerplate": register once the page has done its own work).
 */
export const SETTLE_QUIET_MS = 1000;
export const SETTLE_MAX_WAIT_MS = 10_000;

/** What `afterPageSettles` watches: the page's downloads, its load, and the browser's idle time. */
export interface PageSignals {
  /** Resolves once the page has loaded. */
  loaded(): Promise<void>;
  /** Calls `onFetch` for every download the page finishes; returns a function that stops watching. */
  watchFetches(onFetch: () => void): () => void;
  /** Runs `task` when the browser is idle. */
  whenIdle(task: () => void): void;
}

/**
 * Resolves once the page has loaded and then fetched nothing for `quietMs`
 * (or `maxWaitMs` after load at the latest, for a page that keeps fetching),
 * at a moment the browser is idle.
 */
export async function afterPageSettles(signals: PageSignals, quietMs = SETTLE_QUIET_MS, maxWaitMs = SETTLE_MAX_WAIT_MS): Promise<void> {
  await signals.loaded();
  await new Promise<void>((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(quiet);
      clearTimeout(latest);
      stopWatching();
      signals.whenIdle(resolve);
    };
    const restart = () => {
      clearTimeout(quiet);
      quiet = setTimeout(settle, quietMs);
    };
    const latest = setTimeout(settle, maxWaitMs);
    const stopWatching = signals.watchFetches(restart);
    restart();
  });
}

/** The browser's signals for `afterPageSettles`. */
export const browserSignals: PageSignals = {
  loaded: () =>
    document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => addEventListener('load', () => resolve(), { once: true })),
  watchFetches(onFetch) {
    if (typeof PerformanceObserver === 'undefined') return () => undefined;
    const observer = new PerformanceObserver(onFetch);
    observer.observe({ type: 'resource' });
    return () => observer.disconnect();
  },
  whenIdle: (task) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => task(), { timeout: 2000 }) : setTimeout(task, 0)),
};
