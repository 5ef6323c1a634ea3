import type { ChartConfiguration } from 'chart.js';
import type { Spread } from '../../compare/statistics.ts';
import { useMemo } from 'preact/hooks';
import { currentLanguage, formatScore, t } from '../../i18n/index.ts';
import { Chart } from '../components/Chart.tsx';

const pair = (a: number | null | undefined, b: number | null | undefined) => (a != null && b != null ? [a, b] : null);

export interface ColumnSpread {
  id: string;
  title: string;
  organizations: number;
  /** Null when no organization has a score here, or (anonymised) when too few do. */
  spread: Spread | null;
}

/** Lowest, quartiles, median and highest per column: a table, and the same figures as floating bars. */
/** `axis`: the model's scale, which the figures are on. */
export function SpreadView({ spreads, anonymised, axis }: { spreads: ColumnSpread[]; anonymised: boolean; axis: { min: number; max: number } }) {
  const figure = (s: ColumnSpread, value: (spread: Spread) => number | null) => {
    const n = s.spread ? value(s.spread) : null;
    return n !== null ? formatScore(n) : s.spread ? t('compare.anonymised.withheld') : t('results.none');
  };
  // Made again only when the figures are new (or the language): a re-render of the page leaves the chart as it is.
  const chart = useMemo((): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: spreads.map((s) => s.title),
      datasets: [
        { label: `${t('compare.spread.min')}–${t('compare.spread.max')}`, data: spreads.map((s) => pair(s.spread?.min, s.spread?.max)) as never, backgroundColor: 'rgba(11,92,173,0.18)', barPercentage: 0.35, grouped: false },
        { label: `${t('compare.spread.q1')}–${t('compare.spread.q3')}`, data: spreads.map((s) => pair(s.spread?.q1, s.spread?.q3)) as never, backgroundColor: 'rgba(11,92,173,0.55)', barPercentage: 0.7, grouped: false },
        { type: 'line', label: t('compare.spread.median'), data: spreads.map((s) => s.spread?.median ?? null), borderColor: '#a4262c', backgroundColor: '#a4262c', showLine: false, pointStyle: 'line', pointRadius: 12, pointBorderWidth: 3 } as never,
      ],
    },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { ...axis }, y: { ticks: { autoSkip: false } } } },
  }), [spreads, axis, currentLanguage()]);
  return (
    <>
      <h3 id="spread-heading">{t('compare.spread')}</h3>
      <div class="table-scroll" role="region" aria-labelledby="spread-heading" tabIndex={0}>
        <table class="spread" data-testid="compare-spread">
          <caption>{t('compare.spread.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.column.area')}</th>
              <th scope="col">{t('compare.spread.count')}</th>
              <th scope="col">{t('compare.spread.min')}</th>
              <th scope="col">{t('compare.spread.q1')}</th>
              <th scope="col">{t('compare.spread.median')}</th>
              <th scope="col">{t('compare.spread.q3')}</th>
              <th scope="col">{t('compare.spread.max')}</th>
            </tr>
          </thead>
          <tbody>
            {spreads.map((s) => (
              <tr key={s.id} data-column={s.id}>
                <th scope="row">{s.title}</th>
                <td>{s.organizations}</td>
                <td>{!s.spread && anonymised && s.organizations > 0 ? t('compare.groups.tooSmall') : figure(s, (x) => x.min)}</td>
                <td>{figure(s, (x) => x.q1)}</td>
                <td data-cell="median">{figure(s, (x) => x.median)}</td>
                <td>{figure(s, (x) => x.q3)}</td>
                <td>{figure(s, (x) => x.max)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="chart-box tall">
        <Chart config={chart} label={t('compare.spread.chartLabel')} />
      </div>
    </>
  );
}
