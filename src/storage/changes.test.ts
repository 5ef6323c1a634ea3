import { describe, expect, it } from 'vitest';
import { onPendingWrites, trackWrite, whenWritesSettled } from './changes.ts';

describe('pending writes', () => {
  it('counts writes in flight and resolves once all have settled, failed ones included', async () => {
    const seen: number[] = [];
    const stop = onPendingWrites((n) => seen.push(n));
    let finishFirst!: () => void;
    const first = trackWrite(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    const second = trackWrite(() => Promise.reject(new Error('disk full'))).catch(() => undefined);
    let settled = false;
    const waiting = whenWritesSettled().then(() => (settled = true));
    await second;
    expect(settled).toBe(false);
    finishFirst();
    await first;
    await waiting;
    expect(settled).toBe(true);
    expect(seen).toEqual([0, 1, 2, 1, 0]);
    stop();
  });

  it('resolves at once when nothing is in flight', async () => {
    await expect(whenWritesSettled()).resolves.toBeUndefined();
  });
});
