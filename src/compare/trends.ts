/**
 * Scores over time: one organization's results period by period, and the
 * network's median period by period. Periods are ordered as people read
 * them ("2024" < "2024-Q2" < "2025", see `comparePeriods`), and results of
 * one period by when they last changed.
 */
import { cellsOf, comparePeriods, organizationKey, type ComparedResult, type ScoreCells } from './matrix.ts';
import { networkMedian, type MedianCheck, type StatisticsOptions } from './network.ts';

function byPeriodThenChange(a: ComparedResult, b: ComparedResult): number {
  return (
    comparePeriods(a.period, b.period) ||
    (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0) ||
    (a.assessmentId < b.assessmentId ? -1 : a.assessmentId > b.assessmentId ? 1 : 0)
  );
}

/** Each organization's latest result: the latest period, and within it the latest change. */
export function latestPerOrganization<R extends ComparedResult>(results: readonly R[]): R[] {
  const latest = new Map<string, R>();
  for (const result of [...results].sort(byPeriodThenChange)) latest.set(organizationKey(result.organization), result);
  return [...latest.values()];
}

export interface TrendPoint extends ScoreCells {
  period: string;
  assessmentId: string;
  updatedAt: string;
  modelVersion: string;
}

/**
 * The results of the organization with `key` (see `organizationKey`), oldest
 * period first; two results of one period both appear, the one changed
 * first first.
 */
export function organizationTrend(results: readonly ComparedResult[], key: string): TrendPoint[] {
  return results
    .filter((r) => organizationKey(r.organization) === key)
    .sort(byPeriodThenChange)
    .map((r) => ({ period: r.period, assessmentId: r.assessmentId, updatedAt: r.updatedAt, modelVersion: r.model.version, ...cellsOf(r.report) }));
}

export type NetworkTrendPoint = { period: string; organizations: number } & MedianCheck;

/**
 * The network's median per period (overall, per domain, per element), each
 * organization counted once per period with its latest result there. In
 * anonymised mode a period with fewer than MIN_GROUP_SIZE organizations
 * comes with the reason it gives no median (`statistics.period.too-few`).
 */
export function networkTrend(results: readonly ComparedResult[], options: StatisticsOptions = {}): NetworkTrendPoint[] {
  const byPeriod = new Map<string, ComparedResult[]>();
  for (const result of results) byPeriod.set(result.period, [...(byPeriod.get(result.period) ?? []), result]);
  return [...byPeriod.keys()].sort(comparePeriods).map((period) => {
    const latest = latestPerOrganization(byPeriod.get(period)!);
    return { period, organizations: latest.length, ...networkMedian(latest, options, { kind: 'period', period }) };
  });
}
