import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProfileValue } from '../../src/assessment/profile-values.ts';
import { parseProfileFile } from '../../src/model/profile-file.ts';
import { seededRandom } from '../../src/scoring/calibration.ts';
import { ARCHETYPES, archetypeOf, sampleProfile, sharesOf100 } from './sample-profile.ts';

const checked = parseProfileFile(JSON.parse(readFileSync('assessments/profiles/un-system-profile.json', 'utf8')));
if (!checked.ok) throw new Error('the UN-system profile does not load');
const profile = checked.profile;
const items = new Map(profile.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
const SOURCING = ['sourcing-in-house', 'sourcing-unicc', 'sourcing-un-shared', 'sourcing-commercial'];

/** `count` organizations as sample-results makes them: archetypes in turn, each its own random source and maturity. */
function organizations(count: number, seed: number) {
  return Array.from({ length: count }, (_, i) => {
    const random = seededRandom(seed * 7919 + i);
    const maturity = random();
    return { maturity, archetype: archetypeOf(i), profile: sampleProfile(profile, { archetype: archetypeOf(i), maturity, year: 2026 }, random) };
  });
}

function correlation(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const cov = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const sd = (v: number[], m: number) => Math.sqrt(v.reduce((sum, x) => sum + (x - m) ** 2, 0));
  return cov / (sd(xs, mx) * sd(ys, my));
}

describe('sample governance profiles', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(organizations(12, 5)).toEqual(organizations(12, 5));
    expect(organizations(12, 6).map((o) => o.profile)).not.toEqual(organizations(12, 5).map((o) => o.profile));
  });

  it('give only items of the profile, every value valid for its item, the sourcing shares summing to 100', () => {
    for (const { profile: values } of organizations(60, 1)) {
      for (const [id, value] of Object.entries(values)) {
        const item = items.get(id);
        expect(item, id).toBeDefined();
        expect(checkProfileValue(item!, value), `${id}: ${JSON.stringify(value)}`).toBeNull();
      }
      // Every item but free text is given.
      for (const item of items.values()) if (item.type !== 'text') expect(values[item.id], item.id).toBeDefined();
      const shares = SOURCING.map((id) => values[id] as number);
      expect(shares.every((s) => Number.isInteger(s) && s >= 0)).toBe(true);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
      expect(values['figures-year']).toBe(2025);
      expect(values['ict-spending']).toMatchObject({ currency: 'USD' });
    }
  });

  it('spread over several archetypes, kinds, arrangements and sizes', () => {
    const sample = organizations(20, 2);
    expect(new Set(sample.map((o) => o.archetype.id)).size).toBe(ARCHETYPES.length);
    expect(new Set(sample.map((o) => o.profile['organization-kind'])).size).toBeGreaterThanOrEqual(4);
    expect(new Set(sample.map((o) => o.profile['decision-rights'])).size).toBeGreaterThanOrEqual(3);
    expect(new Set(sample.map((o) => o.profile['cio-reporting-line'])).size).toBeGreaterThanOrEqual(2);
    const staff = sample.map((o) => o.profile.staff as number);
    expect(Math.min(...staff)).toBeLessThan(600);
    expect(Math.max(...staff)).toBeGreaterThan(5000);
    // A fund or programme is federated far more often than not, and has many field offices.
    const funds = organizations(100, 3).filter((o) => o.archetype.id === 'fund-programme-federated');
    expect(funds.filter((o) => o.profile['decision-rights'] === 'federated').length).toBeGreaterThan(funds.length / 2);
    expect(funds.every((o) => (o.profile['field-offices'] as number) >= 80)).toBe(true);
    // A small related organization relies mostly on UNICC.
    const small = organizations(100, 3).filter((o) => o.archetype.id === 'small-related-unicc');
    expect(small.filter((o) => SOURCING.every((id) => (o.profile['sourcing-unicc'] as number) >= (o.profile[id] as number))).length).toBeGreaterThan(small.length / 2);
  });

  it('lean weakly with maturity: the ICT share and the instruments in force rise with it, the size does not decide it', () => {
    const sample = organizations(500, 4);
    const maturity = sample.map((o) => o.maturity);
    const share = correlation(maturity, sample.map((o) => o.profile['ict-share-of-expenditure'] as number));
    const instruments = correlation(maturity, sample.map((o) => (o.profile['formal-instruments'] as string[]).filter((id) => id !== 'none').length));
    const staff = correlation(maturity, sample.map((o) => Math.log(o.profile.staff as number)));
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.6);
    expect(instruments).toBeGreaterThan(0.1);
    expect(instruments).toBeLessThan(0.8);
    expect(Math.abs(staff)).toBeLessThan(0.2);
  });

  it('never choose an option the profile lacks, and leave out items the profile does not have', () => {
    const narrowed = structuredClone(profile);
    const rights = narrowed.sections.flatMap((s) => s.items).find((item) => item.id === 'decision-rights')!;
    rights.options = rights.options!.filter((o) => o.id !== 'centralized' && o.id !== 'federated');
    narrowed.sections = narrowed.sections.map((s) => ({ ...s, items: s.items.filter((item) => item.id !== 'staff') }));
    for (let i = 0; i < 30; i += 1) {
      const values = sampleProfile(narrowed, { archetype: archetypeOf(i), maturity: 0.5, year: 2026 }, seededRandom(i));
      expect(['decentralized', 'hybrid']).toContain(values['decision-rights']);
      expect(values).not.toHaveProperty('staff');
    }
  });

  it('make whole shares that sum to exactly 100', () => {
    expect(sharesOf100([1, 1, 1])).toEqual([34, 33, 33]);
    expect(sharesOf100([55, 20, 5, 20])).toEqual([55, 20, 5, 20]);
    expect(sharesOf100([0.3, 0.3, 0.4, 0]).reduce((a, b) => a + b, 0)).toBe(100);
  });
});
