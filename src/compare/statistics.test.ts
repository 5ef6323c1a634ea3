import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE, anonymisedSpread, quantile, spreadOf } from './statistics.ts';

describe('quantile', () => {
  it('interpolates between the closest ranks, as spreadsheets do', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([7], 0.75)).toBe(7);
  });

  it('refuses an empty list', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe('spreadOf', () => {
  it('summarises an odd set', () => {
    expect(spreadOf([5, 1, 3])).toEqual({ count: 3, min: 1, q1: 2, median: 3, q3: 4, max: 5, mean: 3 });
  });

  it('summarises an even set', () => {
    expect(spreadOf([4, 1, 3, 2])).toEqual({ count: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, mean: 2.5 });
  });

  it('summarises one value and ignores missing ones', () => {
    expect(spreadOf([null, 2.5, undefined])).toEqual({ count: 1, min: 2.5, q1: 2.5, median: 2.5, q3: 2.5, max: 2.5, mean: 2.5 });
    expect(spreadOf([null, undefined])).toBeNull();
    expect(spreadOf([])).toBeNull();
  });
});

describe('anonymisedSpread', () => {
  it('withholds groups smaller than the minimum size', () => {
    expect(MIN_GROUP_SIZE).toBe(3);
    expect(anonymisedSpread([1, 2])).toBeNull();
    expect(anonymisedSpread([1, 2, null])).toBeNull();
    expect(anonymisedSpread([1, 2, 3])).toMatchObject({ count: 3, median: 2 });
  });
});
