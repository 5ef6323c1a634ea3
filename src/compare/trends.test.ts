import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problem-text.ts';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given } from '../scoring/answers.fixture.ts';
import { scoreAssessment } from '../scoring/score.ts';
import { organizationKey, type ComparedResult } from './matrix.ts';
import { latestPerOrganization, networkTrend, organizationTrend } from './trends.ts';

const model = MaturityModelSchema.parse(smallModel());

let made = 0;
function result(name: string, period: string, level: 0 | 1 | 2 | 3 | 4 | 5, updatedAt = '2025-01-01T00:00:00.000Z'): ComparedResult {
  made += 1;
  return {
    assessmentId: `a-${made}`,
    updatedAt,
    organization: { name, unit: '' },
    period,
    model: { id: model.id, version: model.version },
    report: scoreAssessment(model, given(model, { 'risk.register.exists': level, 'risk.register.used': level })),
  };
}

/** A fixed shuffle (Fisher–Yates on a small generator), so the order given is never the order expected. */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('organizationTrend', () => {
  const health = [
    result('Health', '2025', 4),
    result('Health', '2024-Q2', 3, '2024-07-01T00:00:00.000Z'),
    result('Health', '2024', 1),
    result('Health', '2024-Q2', 2, '2024-05-01T00:00:00.000Z'),
    result('Health', '2024-Q10', 3),
  ];
  const others = [result('Food', '2023', 5), result('health ', '2026', 5)];

  it('orders periods naturally and a period’s results by when they changed', () => {
    expect(shuffled([...health, ...others])).not.toEqual([...health, ...others]);
    const trend = organizationTrend(shuffled([...health, ...others]), organizationKey({ name: 'Health' }));
    expect(trend.map((p) => `${p.period}:${p.domains.risk!.score}`)).toEqual(['2024:1', '2024-Q2:2', '2024-Q2:3', '2024-Q10:3', '2025:4', '2026:5']);
    // Only risk is answered: the strategy elements, not rated yet, hold the organization at 0 until they are.
    expect(trend[0]).toMatchObject({ overall: { score: 1, achievedLevel: 0 }, elements: { 'risk.register': { score: 1, achievedLevel: 1 } } });
  });
});

describe('latestPerOrganization', () => {
  it('keeps the latest period of each organization, and its latest change', () => {
    const latest = latestPerOrganization(
      shuffled([result('A', '2024', 1), result('A', '2025', 2, '2025-01-01T00:00:00.000Z'), result('A', '2025', 3, '2025-03-01T00:00:00.000Z'), result('B', '2024-Q4', 4)]),
    );
    expect(latest.map((r) => `${r.organization.name} ${r.period} ${r.report.overall.score}`).sort()).toEqual(['A 2025 3', 'B 2024-Q4 4']);
  });
});

describe('networkTrend', () => {
  const results = [
    result('A', '2024', 1),
    result('B', '2024', 2),
    result('C', '2024', 4),
    result('A', '2025', 2),
    result('B', '2025', 3),
    result('B', '2025', 5, '2025-09-01T00:00:00.000Z'),
    result('C', '2025', 4),
    result('D', '2025', 1),
    result('A', '2025-Q3', 3),
  ];

  it('gives the median per period, each organization once with its latest result there', () => {
    const trend = networkTrend(shuffled(results));
    expect(trend.map((p) => p.period)).toEqual(['2024', '2025', '2025-Q3']);
    expect(trend.map((p) => p.organizations)).toEqual([3, 4, 1]);
    // 2025: A 2, B 5 (its later result), C 4, D 1 → median (2 + 4) / 2.
    expect(trend.map((p) => (p.ok ? p.median.domains.risk : null))).toEqual([2, 3, 3]);
  });

  it('in anonymised mode withholds a period with fewer than three organizations', () => {
    const last = networkTrend(results, { anonymised: true })[2]!;
    expect(last).toEqual({ period: '2025-Q3', organizations: 1, ok: false, problem: { code: 'statistics.period.too-few', params: { period: '2025-Q3', minimum: 3 } } });
    expect(last && !last.ok && problemText(last.problem)).toMatch(/^The network in 2025-Q3 has fewer than 3 organizations/);
  });
});
