/**
 * Page expressions for the scripts that drive the built app (Lighthouse, the
 * first-visit trace, the bench), as strings so that Puppeteer and Playwright
 * both evaluate them as written. The app registers its service worker once
 * the page has settled (src/pwa/settle.ts), so a script waits for it before
 * timing or clearing anything.
 */

/** Resolves once the page's service worker is active, or after 30 s (a browser that refused it). */
export const SERVICE_WORKER_READY = 'Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 30000))])';

/**
 * Waits for the page's service worker, then removes it and its caches, keeping IndexedDB: the next load
 * comes from the network. A worker registering after the clearing would serve the next page from its cache.
 */
export const FORGET_SERVICE_WORKER = `(async () => {
  await ${SERVICE_WORKER_READY};
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  for (const key of await caches.keys()) await caches.delete(key);
})()`;
