import { useEffect } from 'preact/hooks';

/**
 * Prints every closed `<details>` of the page open, and closes them again
 * afterwards: what a person folded away on screen belongs on paper. The
 * print stylesheet does the same with `::details-content` where the browser
 * has it; this covers the others.
 */
export function usePrintOpensDetails(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
}
