import { describe, expect, it } from 'vitest';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given, type GivenLevels } from '../scoring/answers.fixture.ts';
import { scoreAssessment } from '../scoring/score.ts';
import type { ComparedResult } from './matrix.ts';
import { groupStatistics, networkMedian, networkStatistics, type StatisticsCheck } from './network.ts';

const model = MaturityModelSchema.parse(smallModel());

let made = 0;
function result(name: string, answers: GivenLevels, details: { country?: string; type?: string; period?: string } = {}): ComparedResult {
  made += 1;
  return {
    assessmentId: `a-${made}`,
    updatedAt: '2025-06-01T00:00:00.000Z',
    organization: { name, unit: '', country: details.country, type: details.type },
    period: details.period ?? '2025',
    model: { id: model.id, version: model.version },
    report: scoreAssessment(model, given(model, answers)),
  };
}

/** Both risk questions at `level`, so the risk domain scores exactly `level`. */
const risk = (level: 0 | 1 | 2 | 3 | 4 | 5): GivenLevels => ({ 'risk.register.exists': level, 'risk.register.used': level });

function statistics(check: StatisticsCheck) {
  if (!check.ok) throw new Error(check.problem.code);
  return check.statistics;
}

const domain = (check: StatisticsCheck, id: string) => statistics(check).domains.find((d) => d.id === id)!;

describe('networkStatistics', () => {
  it('takes the middle value of an odd count as the median', () => {
    const results = [result('A', risk(1)), result('B', risk(4)), result('C', risk(2))];
    expect(domain(networkStatistics(results), 'risk').spread).toMatchObject({ count: 3, min: 1, median: 2, max: 4 });
  });

  it('takes the mean of the two middle values of an even count, with spreadsheet quartiles', () => {
    const results = [result('A', risk(1)), result('B', risk(4)), result('C', risk(2)), result('D', risk(3))];
    expect(domain(networkStatistics(results), 'risk').spread).toEqual({ count: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, mean: 2.5 });
  });

  it('summarises each key element, leaving out results without a score there', () => {
    const results = [result('A', { 'strategy.people.trained': 2 }), result('B', { 'strategy.people.trained': 'na' }), result('C', {})];
    const people = domain(networkStatistics(results), 'strategy').elements.find((e) => e.id === 'strategy.people')!;
    expect(people).toMatchObject({ organizations: 1, spread: { count: 1, median: 2 } });
  });

  it('in anonymised mode gives nothing for fewer than three organizations, and says why', () => {
    const two = [result('A', risk(1)), result('B', risk(4))];
    expect(networkStatistics(two).ok).toBe(true);
    expect(networkStatistics(two, { anonymised: true })).toEqual({
      ok: false,
      problem: { code: 'statistics.network.too-few', params: { minimum: 3 } },
    });
  });

  it('counts organizations, not results: one organization over three periods is one', () => {
    const periods = ['2023', '2024', '2025'].map((period) => result('Health', risk(2), { period }));
    expect(networkStatistics(periods, { anonymised: true }).ok).toBe(false);
    expect(networkStatistics([...periods, result('Food', risk(3)), result('Trade', risk(4))], { anonymised: true }).ok).toBe(true);
  });

  it('in anonymised mode withholds a figure fewer than three organizations have a score for', () => {
    const results = [result('A', { ...risk(1), 'strategy.people.trained': 3 }), result('B', { ...risk(2), 'strategy.people.trained': 4 }), result('C', risk(3))];
    const check = networkStatistics(results, { anonymised: true });
    expect(domain(check, 'risk').spread).toMatchObject({ median: 2 });
    expect(domain(check, 'strategy').elements.find((e) => e.id === 'strategy.people')).toEqual({ id: 'strategy.people', organizations: 2, spread: null });
  });
});

describe('networkMedian', () => {
  it('gives the median by domain and element id, for the radar', () => {
    const results = [result('A', risk(1)), result('B', risk(4)), result('C', risk(2))];
    const check = networkMedian(results);
    expect(check.ok && check.median.domains).toEqual({ strategy: null, risk: 2 });
    expect(check.ok && check.median.elements['risk.register']).toBe(2);
    expect(check.ok && check.median.overall).toBe(2);
  });
});

describe('groupStatistics', () => {
  const results = [
    result('A', risk(1), { country: 'Africa', type: 'Fund' }),
    result('B', risk(2), { country: 'Africa', type: 'Fund' }),
    result('C', risk(3), { country: 'Africa', type: 'Agency' }),
    result('D', risk(4), { country: 'Europe', type: 'Fund' }),
    result('E', risk(5), { type: 'Agency' }),
  ];

  it('summarises each region, the one not given last', () => {
    const groups = groupStatistics(results, 'region');
    expect(groups.map((g) => g.group)).toEqual(['Africa', 'Europe', null]);
    expect(groups.every((g) => g.ok)).toBe(true);
    expect(groups[1]!.ok && groups[1]!.statistics.domains[1]!.spread).toMatchObject({ count: 1, median: 4 });
  });

  it('in anonymised mode withholds groups of fewer than three organizations, saying why', () => {
    // Europe's one and the one whose region is not given: with a third beside them, Africa can be shown.
    const groups = groupStatistics([...results, result('F', risk(2), { type: 'Fund' })], 'region', { anonymised: true });
    expect(groups[0]).toMatchObject({ group: 'Africa', ok: true });
    expect(groups[1]).toEqual({ dimension: 'region', group: 'Europe', ok: false, problem: { code: 'statistics.group.too-few', params: { group: 'Europe', minimum: 3 } } });
    expect(groups[2]).toMatchObject({ group: null, ok: false, problem: { code: 'statistics.unstated.too-few' } });
  });

  it('groups by organization type likewise, withholding a group with a smaller one where the network less it would give the smaller away', () => {
    const groups = groupStatistics(results, 'type', { anonymised: true });
    // Agency has two; Fund's three shown beside the network of five would give Agency's two away.
    expect(groups.map((g) => [g.group, g.ok])).toEqual([
      ['Agency', false],
      ['Fund', false],
    ]);
    expect(groups[1]).toMatchObject({ problem: { code: 'statistics.group.withheld', params: { group: 'Fund' } } });
    const more = groupStatistics([...results, result('F', risk(0), { type: 'Other' })], 'type', { anonymised: true });
    expect(more.map((g) => [g.group, g.ok])).toEqual([
      ['Agency', false],
      ['Fund', true],
      ['Other', false],
    ]);
    const fund = more[1]!;
    expect(fund.ok && fund.statistics.domains[1]!.spread).toMatchObject({ count: 3, median: 2, min: null, max: null, mean: null, q1: null });
  });
});
