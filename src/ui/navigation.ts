import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { LANGUAGE_SWITCHER_ID } from './components/LanguageSwitcher.tsx';

/**
 * Whether the person has moved within the app since the page loaded. After
 * a full page load focus stays at the top (so the skip link comes first);
 * after a move within the app it goes to the new page's heading, as a
 * screen reader user expects from a page change.
 */
let navigatedInApp = false;

export function noteRouteChange(): void {
  navigatedInApp = true;
}

/**
 * Moves focus to `heading` whenever `key` changes after an in-app move;
 * not when the page is drawn again because the person changed the language
 * (focus stays on the language switcher they are using).
 */
export function useFocusOnNavigation(heading: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    if (navigatedInApp && document.activeElement?.id !== LANGUAGE_SWITCHER_ID) heading.current?.focus();
  }, [key]);
}
