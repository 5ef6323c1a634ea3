import { describe, expect, it } from 'vitest';
import { compareVersions } from '../model/version.ts';
import { shippedModelEntries } from './model-entries.ts';
import { DEFAULT_MODEL_ID } from './models.ts';

describe('shippedModelEntries', () => {
  it('lists the default model first, the others by id, each newest version first', () => {
    const entries = shippedModelEntries.map(({ id, version }) => ({ id, version }));
    expect(entries.length).toBeGreaterThan(1);
    expect(entries[0]!.id).toBe(DEFAULT_MODEL_ID);
    const others = entries.filter((e) => e.id !== DEFAULT_MODEL_ID).map((e) => e.id);
    expect(others).toEqual([...others].sort());
    for (let i = 1; i < entries.length; i += 1) {
      if (entries[i]!.id === entries[i - 1]!.id) expect(compareVersions(entries[i - 1]!.version, entries[i]!.version)).toBeGreaterThan(0);
    }
    // Every default-model version comes before any other model.
    const lastDefault = entries.map((e) => e.id).lastIndexOf(DEFAULT_MODEL_ID);
    expect(entries.slice(0, lastDefault + 1).every((e) => e.id === DEFAULT_MODEL_ID)).toBe(true);
  });

  it('marks every entry shipped, named by its id', () => {
    for (const entry of shippedModelEntries) {
      expect(entry.source).toBe('shipped');
      expect(entry.fileName).toBe(`${entry.id}.json`);
      expect('file' in entry).toBe(false);
    }
  });
});
