/**
 * The service worker's registration and its updates, through workbox-window,
 * loaded only once the page has settled (src/pwa/register.ts). A new version
 * never takes over by itself: it waits until the person agrees, then every
 * pending write is finished before it is activated and the page reloads into it.
 */
import { Workbox } from 'workbox-window';
import type { UpdateHandlers } from './register.ts';

/** How often an open app looks for a new version while online. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/**
 * How long to wait for the new version to take control before reloading
 * anyway: `controlling` does not always fire (the first update, a second
 * tab), and a reload then still lands on the right version or asks again.
 */
const TAKEOVER_TIMEOUT_MS = 5000;

/** Registers the service worker now, and looks for new versions from then on. */
export function startServiceWorker({ onUpdateWaiting, beforeUpdate }: UpdateHandlers): void {
  const workbox = new Workbox('/sw.js', { scope: '/' });

  const apply = async () => {
    await beforeUpdate();
    let reloading = false;
    const reload = () => {
      if (reloading) return;
      reloading = true;
      location.reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', reload);
    workbox.addEventListener('controlling', reload);
    workbox.messageSkipWaiting();
    setTimeout(reload, TAKEOVER_TIMEOUT_MS);
  };

  // Fired for a version that finished installing now, and for one already
  // waiting when the page loaded.
  workbox.addEventListener('waiting', () => onUpdateWaiting(apply));
  // A browser may refuse (a private window, storage turned off): the app then works as a plain page.
  void workbox.register({ immediate: true }).catch(() => undefined);

  const check = () => {
    if (navigator.onLine) void workbox.update().catch(() => undefined);
  };
  setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  addEventListener('online', check);
}
