import { describe, expect, it } from 'vitest';
import { assertedCpuSlowdown, cpuMultiplierFor, medianRun, type PageFigures } from './lighthouse-figures.ts';

const figures = (page: string, performance: number): PageFigures => ({
  page,
  performance,
  accessibility: 100,
  bestPractices: 100,
  cls: 0,
  lcpMs: 1000,
  tbtMs: 100,
  failing: [],
});

describe('the CPU slowdown', () => {
  it('is Lighthouse’s guide’s calibration: 4× near index 1,500, less on slower machines, more on faster', () => {
    expect(cpuMultiplierFor(1533)).toBeCloseTo(4, 5);
    expect(cpuMultiplierFor(800)).toBe(1);
    expect(cpuMultiplierFor(500)).toBe(1);
    expect(cpuMultiplierFor(1050)).toBeCloseTo(2, 5);
    expect(cpuMultiplierFor(2908)).toBeCloseTo(9.9, 1);
  });

  it('asserted is Lighthouse’s default 4×, never above, lowered on a slower machine', () => {
    expect(assertedCpuSlowdown(2908)).toBe(4);
    expect(assertedCpuSlowdown(1533)).toBeCloseTo(4, 5);
    expect(assertedCpuSlowdown(1300)).toBe(3);
    expect(assertedCpuSlowdown(600)).toBe(1);
    for (let index = 100; index < 4000; index += 37) {
      expect(assertedCpuSlowdown(index)).toBeLessThanOrEqual(4);
      expect(assertedCpuSlowdown(index)).toBeLessThanOrEqual(cpuMultiplierFor(index));
      expect(assertedCpuSlowdown(index + 37)).toBeGreaterThanOrEqual(assertedCpuSlowdown(index));
    }
  });
});

describe('medianRun', () => {
  it('takes, per page, the run with the median performance, not the best', () => {
    const runs = [
      [figures('home', 90), figures('results', 99)],
      [figures('home', 97), figures('results', 80)],
      [figures('home', 95), figures('results', 96)],
    ];
    expect(medianRun(runs).map((f) => [f.page, f.performance])).toEqual([
      ['home', 95],
      ['results', 96],
    ]);
  });

  it('takes the lower middle of an even count, and the one run of one', () => {
    expect(medianRun([[figures('home', 99)], [figures('home', 90)]])[0]!.performance).toBe(90);
    expect(medianRun([[figures('home', 93)]])[0]!.performance).toBe(93);
    expect(medianRun([])).toEqual([]);
  });

  it('refuses runs that did not measure the same pages', () => {
    expect(() => medianRun([[figures('home', 99), figures('results', 95)], [figures('home', 90)]])).toThrow(/results/);
  });
});
