import { describe, expect, it } from 'vitest';
import { t, useMessagePart, type MessageKey } from './index.ts';

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('message parts loaded at once', () => {
  it('keep every part whichever load ends last (a slow first load does not put back its smaller set)', async () => {
    // The first part is slow to come the first time (a chunk fetched), at once after (cached); the second load asks for both and ends first.
    let calls = 0;
    const slow = useMessagePart('race-a', () => later(calls++ < 2 ? 40 : 0, { 'race.a': 'A' }));
    const fast = useMessagePart('race-b', () => later(1, { 'race.b': 'B' }));
    await Promise.all([slow, fast]);
    expect(t('race.a' as MessageKey)).toBe('A');
    expect(t('race.b' as MessageKey)).toBe('B');
  });
});
