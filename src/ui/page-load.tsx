import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { t } from '../i18n/index.ts';
import { usePageTitle } from './hooks.ts';

/** Set in this tab's session when a page's code failed to load and the page was reloaded to fetch it afresh. */
export const RELOADED_AFTER_FAILED_LOAD = 'page-load:reloaded';
/** A reload older than this is not the one that follows this failure. */
const RELOAD_WINDOW_MS = 30_000;

export type ReloadKeeper = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * What to do when a page's code could not be fetched: reload once (which
 * fetches it afresh), or, when that was just tried or there is no network,
 * say so and let the person try again.
 *
 * Reloading is the only way to fetch it again: Chromium keeps a failed module
 * fetch failed for the document's life (importing the same file again fails at
 * once, without asking the network). Nothing held is lost: every page writes
 * what it holds when it goes away.
 */
export function afterFailedLoad(session: ReloadKeeper | null, online: boolean, now: number): 'reload' | 'explain' {
  if (!online || !session) return 'explain';
  try {
    const last = Number(session.getItem(RELOADED_AFTER_FAILED_LOAD));
    if (Number.isFinite(last) && last > 0 && now - last < RELOAD_WINDOW_MS) return 'explain';
    session.setItem(RELOADED_AFTER_FAILED_LOAD, String(now));
    return 'reload';
  } catch {
    // A session that cannot remember the reload (full, or refused): no reload, so never a loop.
    return 'explain';
  }
}

function sessionOrNull(): ReloadKeeper | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * A page whose code is fetched when it is first shown (its own chunk). A load
 * that fails never leaves the page blank: it reloads once, then explains.
 */
export function lazyPage<P>(load: () => Promise<ComponentType<P>>) {
  // Session storage is read only after a failure: its first use in a page costs about 10 ms of main thread.
  return lazy(() =>
    load().catch((): ComponentType<P> => {
      if (afterFailedLoad(sessionOrNull(), navigator.onLine, Date.now()) === 'reload') window.location.reload();
      return PageNotLoaded;
    }),
  );
}

/** Shown in place of a page whose code could not be fetched. */
export function PageNotLoaded() {
  usePageTitle(t('pageLoad.title'));
  return (
    <section role="alert">
      <h1>{t('pageLoad.title')}</h1>
      <p>{t('pageLoad.body')}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('pageLoad.retry')}
        </button>
      </p>
    </section>
  );
}
