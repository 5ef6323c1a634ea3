/**
 * The service worker, registered once the page has done its own work
 * (src/pwa/settle.ts): workbox-window and the registration are loaded then,
 * not with the page (src/pwa/workbox.ts).
 */
import { afterPageSettles, browserSignals } from './settle.ts';

export interface UpdateHandlers {
  /** Called when a new version is installed and waiting; `apply` activates it and reloads. */
  onUpdateWaiting: (apply: () => Promise<void>) => void;
  /** Called, and awaited, before a new version is activated: finish every write. */
  beforeUpdate: () => Promise<void>;
}

export function registerServiceWorker(handlers: UpdateHandlers): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void afterPageSettles(browserSignals)
    .then(() => import('./workbox.ts'))
    .then((workbox) => workbox.startServiceWorker(handlers))
    // The code could not be fetched (offline before the first install): the app works as a plain page, and registers on a later visit.
    .catch(() => undefined);
}
