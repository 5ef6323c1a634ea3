import { describe, expect, it } from 'vitest';
import { organizationGroups, sameOrganization } from '../assessment/organization.ts';
import { MaturityModelSchema, type Level, type MaturityModel } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given } from '../scoring/answers.fixture.ts';
import { scoreAssessment } from '../scoring/score.ts';
import { rollUpOrganization, type RollupInput, type UnitResult } from './rollup.ts';

const model: MaturityModel = MaturityModelSchema.parse(smallModel());

/** Every question of each domain answered at the level given for it; a domain left out stays unanswered. */
function unit(name: string, levels: Record<string, Level | 'na'>, extra: Partial<UnitResult> = {}, of: MaturityModel = model): UnitResult {
  const answers: Record<string, Level | 'na'> = {};
  for (const domain of of.domains) {
    const level = levels[domain.id];
    if (level === undefined) continue;
    for (const element of domain.elements) for (const q of element.questions) answers[q.id] = level === 'na' && !q.allowNotApplicable ? 0 : level;
  }
  return {
    assessmentId: `a-${name}`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    organization: { name: 'Health Org', unit: name },
    period: '2026',
    model: { id: of.id, version: of.version },
    report: scoreAssessment(of, given(of, answers)),
    ...extra,
  };
}

const input = (extra: Partial<RollupInput> = {}): RollupInput => ({
  organization: 'Health Org',
  period: '2026',
  model,
  models: () => undefined,
  ...extra,
});

const domain = (rollup: ReturnType<typeof rollUpOrganization>, id: string) => rollup.domains.find((d) => d.id === id)!;
const label = (rollup: ReturnType<typeof rollUpOrganization>, key: string | undefined) => rollup.units.find((u) => u.key === key)?.label;

describe('the roll-up of units (N/P/L/F over units)', () => {
  it('reaches a level where its units are Largely at it and Fully below, and names the unit holding it down', () => {
    // Three units at 3, 3 and 1 (the README's worked example).
    const rollup = rollUpOrganization([unit('North', { strategy: 3, risk: 3 }), unit('South', { strategy: 3, risk: 3 }), unit('East', { strategy: 1, risk: 3 })], input());
    const strategy = domain(rollup, 'strategy');
    // Level 2: 67 % Largely, level 1: 100 % Fully → 2. Level 3: 67 % Largely but level 2 is only Largely → stops at 2.
    expect(strategy.level).toBe(2);
    expect(label(rollup, strategy.holding?.unitKey)).toBe('East');
    expect(strategy.holding?.level).toBe(1);
    expect(strategy.median).toBe(3);
    expect([strategy.min, strategy.max]).toEqual([1, 3]);
    expect(domain(rollup, 'risk').level).toBe(3);
    expect(rollup.rule).toBe('nplf');
  });

  it("follows the model's declared rule: `all` is the weakest unit", () => {
    const all = MaturityModelSchema.parse({ ...smallModel(), rating: { rollup: 'all' } });
    const units = [unit('North', { strategy: 4, risk: 4 }, {}, all), unit('South', { strategy: 4, risk: 4 }, {}, all), unit('East', { strategy: 4, risk: 4 }, {}, all), unit('West', { strategy: 2, risk: 4 }, {}, all)];
    expect(domain(rollUpOrganization(units, input({ model: all })), 'strategy').level).toBe(2);
    // Under nplf, 75 % reach 4 (Largely) but 3 is not Fully (75 %): the organization is at 3.
    expect(domain(rollUpOrganization(units, input({ model })), 'strategy').level).toBe(3);
  });

  it('counts a unit not rated yet as reaching nothing, and reports coverage', () => {
    const rollup = rollUpOrganization([unit('North', { strategy: 3, risk: 3 }), unit('South', { strategy: 3, risk: 3 }), unit('East', { risk: 3 })], input());
    const strategy = domain(rollup, 'strategy');
    expect(strategy.counted).toBe(3);
    expect(strategy.rated).toBe(2);
    // Level 1: 67 % Largely (enough at the first level above the lowest); level 2 would need level 1 Fully.
    expect(strategy.level).toBe(1);
    expect(label(rollup, strategy.holding?.unitKey)).toBe('East');
    expect(strategy.holding?.level).toBeNull();
    expect(strategy.units.find((u) => u.unitKey === 'east')?.coverage).toBe(0);
    // A missing unit never raises the level: without East's strategy answers the level is no higher than with East at 0.
    const withZero = rollUpOrganization([unit('North', { strategy: 3, risk: 3 }), unit('South', { strategy: 3, risk: 3 }), unit('East', { strategy: 0, risk: 3 })], input());
    expect(strategy.level!).toBeLessThanOrEqual(domain(withZero, 'strategy').level!);
  });

  it('leaves a unit marked not applicable out of that domain and its key elements, with the reason kept', () => {
    const rollup = rollUpOrganization(
      [unit('North', { strategy: 3, risk: 3 }), unit('South', { strategy: 3, risk: 3 }), unit('East', { strategy: 0, risk: 3 }, { notApplicableDomains: ['strategy'] })],
      input(),
    );
    const strategy = domain(rollup, 'strategy');
    expect(strategy.level).toBe(3);
    expect(strategy.counted).toBe(2);
    expect(strategy.units.find((u) => u.unitKey === 'east')?.excluded).toBe('markedNotApplicable');
    expect(strategy.elements.every((e) => e.units.find((u) => u.unitKey === 'east')?.excluded === 'markedNotApplicable')).toBe(true);
    expect(label(rollup, strategy.holding?.unitKey)).not.toBe('East');
    // Other domains still count it.
    expect(domain(rollup, 'risk').counted).toBe(3);
  });

  it('weights units by staff; a unit without a size weighs the median size, and is listed', () => {
    const units = [unit('HQ', { strategy: 4, risk: 4 }, { staff: 900 }), unit('Office A', { strategy: 1, risk: 1 }, { staff: 50 }), unit('Office B', { strategy: 1, risk: 1 }, { staff: 50 })];
    expect(domain(rollUpOrganization(units, input()), 'strategy').level).toBe(1);
    const weighted = rollUpOrganization(units, input({ weighting: 'staff' }));
    // 900 of 1,000 staff at 4 (90 %: Fully): the organization is at 4.
    expect(domain(weighted, 'strategy').level).toBe(4);
    expect(weighted.units.map((u) => u.weight)).toEqual([900, 50, 50]);

    const unsized = rollUpOrganization([...units, unit('Office C', { strategy: 1, risk: 1 })], input({ weighting: 'staff' }));
    expect(unsized.units.find((u) => u.label === 'Office C')?.weight).toBe(50);
    expect(unsized.problems).toContainEqual(expect.objectContaining({ code: 'rollup.sizeMissing', params: { unit: 'Office C', weight: 50 } }));

    const none = rollUpOrganization([unit('A', { strategy: 2 }), unit('B', { strategy: 3 })], input({ weighting: 'staff' }));
    expect(none.units.map((u) => u.weight)).toEqual([1, 1]);
  });

  it('counts versions that ask the same questions together, and keeps others out with a code', () => {
    const v2 = MaturityModelSchema.parse({ ...smallModel(), version: '1.1.0' });
    const changed = smallModel();
    changed.version = '2.0.0';
    changed.domains[1]!.elements[0]!.questions.pop();
    const v3 = MaturityModelSchema.parse(changed);
    const lookup = (id: string, version: string) => [model, v2, v3].find((m) => m.id === id && m.version === version);
    const rollup = rollUpOrganization(
      [unit('North', { strategy: 3, risk: 3 }), unit('South', { strategy: 3, risk: 3 }, {}, v2), unit('East', { strategy: 3, risk: 3 }, {}, v3)],
      input({ model: v2, models: lookup }),
    );
    expect(rollup.versions).toEqual(['1.0.0', '1.1.0']);
    expect(rollup.units.map((u) => u.label)).toEqual(['North', 'South']);
    expect(rollup.problems).toContainEqual(expect.objectContaining({ code: 'rollup.otherVersion', params: { assessmentId: 'a-East', version: '2.0.0' } }));
  });

  it('never mixes models, organizations or periods', () => {
    const other = MaturityModelSchema.parse({ ...smallModel(), id: 'other' });
    const rollup = rollUpOrganization(
      [
        unit('North', { strategy: 3, risk: 3 }),
        unit('South', { strategy: 0, risk: 0 }, {}, other),
        unit('West', { strategy: 0, risk: 0 }, { organization: { name: 'Other Org', unit: 'West' } }),
        unit('East', { strategy: 0, risk: 0 }, { period: '2025' }),
      ],
      input(),
    );
    expect(rollup.units.map((u) => u.label)).toEqual(['North']);
    expect(rollup.problems.map((p) => p.code).sort()).toEqual(['rollup.otherModel', 'rollup.otherOrganization', 'rollup.otherPeriod']);
    expect(domain(rollup, 'strategy').level).toBe(3);
  });

  it('counts one result per unit (the latest), matching names and units as one organization', () => {
    const older = unit('North', { strategy: 1, risk: 1 }, { assessmentId: 'old', updatedAt: '2025-01-01T00:00:00.000Z' });
    const newer = unit('  north ', { strategy: 4, risk: 4 }, { organization: { name: 'health  ORG', unit: '  north ' } });
    const rollup = rollUpOrganization([older, newer], input());
    expect(rollup.units).toHaveLength(1);
    expect(domain(rollup, 'strategy').level).toBe(4);
    expect(rollup.problems).toContainEqual(expect.objectContaining({ code: 'rollup.duplicateUnit', params: expect.objectContaining({ assessmentId: 'old' }) }));
    expect(sameOrganization('Health Org', ' health  org')).toBe(true);
  });

  it('groups results by organization, period and model, counting distinct units', () => {
    const groups = organizationGroups([unit('North', {}), unit('south', {}), unit('South', {}), unit('North', {}, { period: '2025' })]);
    expect(groups.map((g) => [g.period, g.units])).toEqual([
      ['2026', 2],
      ['2025', 1],
    ]);
  });
});

describe("the README's worked example", () => {
  it('three units at 3, 3 and 1: level 2 held down by the South Office; weighted by staff, level 3 held at Headquarters', () => {
    const units = [
      unit('Headquarters', { strategy: 3 }, { staff: 600 }),
      unit('North Office', { strategy: 3 }, { staff: 300 }),
      unit('South Office', { strategy: 1 }, { staff: 100 }),
    ];
    const plain = domain(rollUpOrganization(units, input()), 'strategy');
    expect([plain.level, plain.median, plain.min, plain.max, plain.holding?.level]).toEqual([2, 3, 1, 3, 1]);
    expect(plain.holding?.unitKey).toBe('south office');
    const weighted = domain(rollUpOrganization(units, input({ weighting: 'staff' })), 'strategy');
    expect(weighted.level).toBe(3);
    expect(weighted.holding).toEqual({ unitKey: 'headquarters', level: 3 });
  });
});

describe('properties of the roll-up', () => {
  // A small deterministic generator, so a failure can be replayed.
  function random(seed: number) {
    let s = seed;
    return () => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s / 2 ** 31;
    };
  }
  const levelsOf = (next: () => number) => Math.floor(next() * 6) as Level;

  it('adding a unit at or above the level never lowers the level or the median; the named unit is never above the level', () => {
    const next = random(7);
    for (let run = 0; run < 150; run += 1) {
      const count = 1 + Math.floor(next() * 6);
      const units = Array.from({ length: count }, (_, i) => unit(`U${i}`, { strategy: levelsOf(next), risk: levelsOf(next) }));
      const before = domain(rollUpOrganization(units, input()), 'strategy');
      expect(before.level).not.toBeNull();
      // The named unit holds the level: its own level is at most the organization's.
      expect(before.holding).not.toBeNull();
      expect(before.holding!.level ?? -1).toBeLessThanOrEqual(before.level!);
      expect(before.holding!.level).toBe(before.units.find((u) => u.unitKey === before.holding!.unitKey)!.level);

      const higher = Math.max(before.level!, Math.ceil(before.median!)) + Math.floor(next() * (6 - Math.max(before.level!, Math.ceil(before.median!))));
      const after = domain(rollUpOrganization([...units, unit('Added', { strategy: higher as Level, risk: 0 })], input()), 'strategy');
      expect(after.level!).toBeGreaterThanOrEqual(before.level!);
      expect(after.median!).toBeGreaterThanOrEqual(before.median!);
    }
  });

  it('raising the named unit to the next level never lowers the organization, and the order of units never matters', () => {
    const next = random(11);
    for (let run = 0; run < 100; run += 1) {
      const units = Array.from({ length: 2 + Math.floor(next() * 5) }, (_, i) => unit(`U${i}`, { strategy: levelsOf(next), risk: 3 }));
      const rollup = rollUpOrganization(units, input());
      const before = domain(rollup, 'strategy');
      expect(domain(rollUpOrganization([...units].reverse(), input()), 'strategy')).toEqual(before);
      const weakest = rollup.units.find((u) => u.key === before.holding!.unitKey)!;
      if (before.holding!.level === 5) continue;
      const raised = units.map((u) => (u.assessmentId === weakest.assessmentId ? unit(weakest.label, { strategy: ((before.holding!.level ?? 0) + 1) as Level, risk: 3 }) : u));
      expect(domain(rollUpOrganization(raised, input()), 'strategy').level!).toBeGreaterThanOrEqual(before.level!);
    }
  });
});

describe('the roll-up as CSV', () => {
  it('has a row per unit and column and the organization rows naming the unit holding each level down', async () => {
    const { rollupCsvRows, ROLLUP_CSV_COLUMNS } = await import('./rollup-csv.ts');
    const rollup = rollUpOrganization([unit('North', { strategy: 3, risk: 3 }), unit('South', { strategy: 3, risk: 3 }), unit('East', { strategy: 1, risk: 3 }, { notApplicableDomains: ['risk'] })], input());
    const rows = rollupCsvRows(rollup);
    expect(rows[0]).toEqual([...ROLLUP_CSV_COLUMNS]);
    const columns = 1 + model.domains.length + model.domains.reduce((n, d) => n + d.elements.length, 0);
    expect(rows).toHaveLength(1 + columns * 4);
    const at = (name: string) => ROLLUP_CSV_COLUMNS.indexOf(name as (typeof ROLLUP_CSV_COLUMNS)[number]);
    const strategy = rows.find((r) => r[at('row')] === 'organization' && r[at('column_id')] === 'strategy')!;
    expect([strategy[at('level')], strategy[at('holding_unit')], strategy[at('holding_level')], strategy[at('median')]]).toEqual([2, 'East', 1, 3]);
    const eastRisk = rows.find((r) => r[at('unit')] === 'East' && r[at('column_id')] === 'risk')!;
    expect(eastRisk[at('excluded')]).toBe('marked-not-applicable');
  });
});
