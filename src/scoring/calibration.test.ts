import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MaturityModelSchema } from '../model/schema.ts';
import { calibrate } from './calibration.ts';

const model = MaturityModelSchema.parse(JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8')));

describe('calibration: a simulated population is rated where it stands', () => {
  it('states the true level of at least 90 % of 1,000 organizations when 10 % of answers are one level off', () => {
    const { agreement, table } = calibrate(model, { organizations: 1000, trueLevels: [1, 2, 3, 4], noise: 0.1, seed: 2026 });
    expect(agreement).toBeGreaterThanOrEqual(0.9);
    // Nobody is rated more than one level away from where they stand.
    for (const [truth, row] of table) for (const [rated] of row) expect(Math.abs((rated ?? -9) - truth)).toBeLessThanOrEqual(1);
  });

  it('still states it for most when 20 % of answers are one level off', () => {
    const { agreement } = calibrate(model, { organizations: 1000, trueLevels: [1, 2, 3, 4], noise: 0.2, seed: 2026 });
    expect(agreement).toBeGreaterThanOrEqual(0.9);
  });

  it('is the same for the same seed', () => {
    const once = calibrate(model, { organizations: 50, trueLevels: [2, 3], noise: 0.2, seed: 5 });
    expect(calibrate(model, { organizations: 50, trueLevels: [2, 3], noise: 0.2, seed: 5 })).toEqual(once);
  });
});
