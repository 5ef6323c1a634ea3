import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A part of a long page drawn after its first screen: the page shows what
 * is in view at once, and each `Later` part follows in turn, one per idle
 * moment of the main thread, in the order of the page. Drawing a whole
 * report in one go held the main thread for hundreds of milliseconds on a
 * phone (Lighthouse's total blocking time); in parts, each is a short task
 * and a tap is answered between two of them.
 *
 * Everything is there soon after (find-in-page finds it), and at once when
 * it is needed: when the page opens on an anchor (`#…`) or moves to one,
 * and before printing (`drawEveryPart`, which the Print button awaits;
 * `beforeprint` and print media start it). Until its turn, a part is an
 * empty block that keeps what follows (the footer) below the screen.
 */

/** How long a part waits for an idle moment before it is drawn anyway (a busy page still completes). */
const IDLE_TIMEOUT_MS = 300;

/** The parts waiting for their turn, each by its "draw now", in the page's order. */
const waiting: Array<() => Promise<void>> = [];
/**
 * Where parts that join now go: at the end, as the page is first drawn; right after the part just drawn
 * when they are inside it (a table's rows, drawn a group at a time once the table is), so the page's order holds.
 */
let joinAt: number | null = null;
let turnAsked = false;

function join(draw: () => Promise<void>): void {
  if (joinAt === null) waiting.push(draw);
  else waiting.splice(joinAt++, 0, draw);
}

function askForTurn(): void {
  if (turnAsked || waiting.length === 0) return;
  turnAsked = true;
  const next = () => {
    turnAsked = false;
    joinAt = 0;
    void waiting[0]?.();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(next, 0);
}

/**
 * Draws every part not drawn yet, and the parts inside them; resolves once they are on the page (their own
 * effects run, charts among them waiting to be drawn).
 */
export async function drawEveryPart(): Promise<void> {
  while (waiting.length > 0) await Promise.all([...waiting].map((draw) => draw()));
}

/** True when the page opens on an anchor, or is printed: nothing is left for later. */
function wholeAtOnce(): boolean {
  return (typeof location !== 'undefined' && location.hash.length > 1) || (typeof matchMedia === 'function' && matchMedia('print').matches);
}

/** The element the address names (`#…`) brought into view. */
function showAnchor(): void {
  document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

let anchorFrame = 0;

if (typeof addEventListener === 'function') {
  addEventListener('beforeprint', () => void drawEveryPart());
  // A move to an anchor of the page (its table of contents): the target, and all above it, drawn; then shown.
  addEventListener('hashchange', () => {
    if (waiting.length === 0) return;
    void drawEveryPart().then(showAnchor);
  });
  if (typeof matchMedia === 'function') matchMedia('print').addEventListener('change', (media) => media.matches && void drawEveryPart());
}

/** `offScreen`: a part that takes no room on screen (shown only in print), nothing in its place until drawn. */
export function Later({ children, offScreen = false }: { children: ComponentChildren; offScreen?: boolean }) {
  const [drawn, setDrawn] = useState(wholeAtOnce);
  // Resolved once the part is on the page (the effect below, which runs after its children's).
  const [onPage] = useState(() => {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve: () => resolve() };
  });

  // A page opened on an anchor: the browser looked for it before the page was drawn; shown once every part is there.
  useEffect(() => {
    if (location.hash.length <= 1) return;
    cancelAnimationFrame(anchorFrame);
    anchorFrame = requestAnimationFrame(showAnchor);
  }, []);

  useEffect(() => {
    if (drawn) {
      onPage.resolve();
      askForTurn();
      return;
    }
    const now = () => {
      const at = waiting.indexOf(now);
      if (at >= 0) waiting.splice(at, 1);
      setDrawn(true);
      return onPage.promise;
    };
    join(now);
    askForTurn();
    return () => {
      const at = waiting.indexOf(now);
      if (at >= 0) waiting.splice(at, 1);
      onPage.resolve();
    };
  }, [drawn]);

  if (drawn) return <>{children}</>;
  return offScreen ? null : <div class="later" />;
}
