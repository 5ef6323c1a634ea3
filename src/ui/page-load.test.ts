import { describe, expect, it } from 'vitest';
import { RELOADED_AFTER_FAILED_LOAD, afterFailedLoad, type ReloadKeeper } from './page-load.tsx';

function session(): ReloadKeeper & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('after a page’s code failed to load', () => {
  it('reloads once, and explains if the reload fails too', () => {
    const tab = session();
    expect(afterFailedLoad(tab, true, 1_000)).toBe('reload');
    expect(tab.items.get(RELOADED_AFTER_FAILED_LOAD)).toBe('1000');
    expect(afterFailedLoad(tab, true, 3_000)).toBe('explain');
    expect(afterFailedLoad(tab, true, 20_000)).toBe('explain');
  });

  it('reloads again for a later failure, long after the last reload', () => {
    const tab = session();
    expect(afterFailedLoad(tab, true, 1_000)).toBe('reload');
    expect(afterFailedLoad(tab, true, 1_000 + 60_000)).toBe('reload');
  });

  it('does not reload with no network, or with no session to remember the reload in (no loop)', () => {
    const tab = session();
    expect(afterFailedLoad(tab, false, 1_000)).toBe('explain');
    expect(tab.items.size).toBe(0);
    expect(afterFailedLoad(null, true, 1_000)).toBe('explain');
  });

  it('reads a damaged mark as no reload', () => {
    const tab = session();
    tab.setItem(RELOADED_AFTER_FAILED_LOAD, 'not a time');
    expect(afterFailedLoad(tab, true, 1_000)).toBe('reload');
  });

  it('explains, without reloading, when the session cannot remember the reload (no loop)', () => {
    const full: ReloadKeeper = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(afterFailedLoad(full, true, 1_000)).toBe('explain');
  });
});
