/**
 * Telling other tabs that data changed. A message is only a signal to
 * re-read IndexedDB, sent after the transaction has committed; it never
 * carries the data itself, so a tab can never apply a stale copy.
 */
export type DataChange =
  | { type: 'answer'; assessmentId: string; questionId: string }
  | { type: 'assessments' }
  | { type: 'models' }
  | { type: 'comparisons' }
  | { type: 'keys' }
  | { type: 'contributions'; assessmentId: string };

const CHANNEL_NAME = 'ict-governance-changes';
/** Tells this tab's own messages apart: every subscriber has a channel of its own, and hears them. */
const TAB_ID = Math.random().toString(36).slice(2);

interface Envelope {
  from: string;
  change: DataChange;
}

let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

export function announceChange(change: DataChange): void {
  try {
    getChannel()?.postMessage({ from: TAB_ID, change } satisfies Envelope);
  } catch {
    // A closed channel (page unloading) has no one left to tell.
  }
}

/** Calls `listener` when another tab of this app has changed data; returns the unsubscribe. */
export function onChangeElsewhere(listener: (change: DataChange) => void): () => void {
  const source = getChannel();
  if (!source) return () => undefined;
  const receiver = new BroadcastChannel(CHANNEL_NAME);
  receiver.onmessage = (event: MessageEvent<Envelope>) => {
    if (event.data?.from !== TAB_ID && event.data?.change) listener(event.data.change);
  };
  return () => receiver.close();
}

let pending = 0;
const pendingListeners = new Set<(pending: number) => void>();
const settledWaiters: (() => void)[] = [];

/** Runs a write, counting it as pending until it settles. */
export async function trackWrite<T>(write: () => Promise<T>): Promise<T> {
  setPending(pending + 1);
  try {
    return await write();
  } finally {
    setPending(pending - 1);
  }
}

function setPending(next: number): void {
  pending = next;
  for (const listener of pendingListeners) listener(pending);
  if (pending === 0) settledWaiters.splice(0).forEach((resolve) => resolve());
}

/** Calls `listener` with the number of writes in flight whenever it changes. */
export function onPendingWrites(listener: (pending: number) => void): () => void {
  pendingListeners.add(listener);
  listener(pending);
  return () => pendingListeners.delete(listener);
}

/** Resolves once no write is in flight (at once when none is). */
export function whenWritesSettled(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => settledWaiters.push(resolve));
}

/**
 * Queues a request whose outcome the transaction reports: `tx.done` rejects
 * when it fails. Without this, each request's own rejection would go
 * unhandled when the transaction aborts.
 */
export function queue(request: Promise<unknown>): void {
  request.catch(() => undefined);
}
