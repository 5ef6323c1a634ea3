// Parts of the messages loaded at overlapping times: whichever load ends last, every part in use stays.
import { expect, it } from 'vitest';
import { t, useMessagePart, type MessageKey, type MessagePartLoader } from './index.ts';

it('keeps a part added while an earlier load is still on its way', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  // The first load of part A (English and the current language) waits; later ones answer at once.
  const partA: MessagePartLoader = async (tag) => {
    calls += 1;
    if (calls <= 2) await gate;
    return { 'race.a': `a ${tag}` };
  };
  const partB: MessagePartLoader = async (tag) => ({ 'race.b': `b ${tag}` });
  const first = useMessagePart('race-a', partA);
  const second = useMessagePart('race-b', partB);
  await second;
  expect(t('race.b' as MessageKey)).toBe('b en');
  release();
  await first; // the older load, which began before part B was in use, ends last
  expect(t('race.a' as MessageKey)).toBe('a en');
  expect(t('race.b' as MessageKey)).toBe('b en');
});
