import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { currentLanguage, formatScore, t } from '../../i18n/index.ts';
import { Chart } from '../components/Chart.tsx';
import { MEDIAN_COLOUR, SERIES_COLOURS } from './colours.ts';
import type { ShownOrganization } from './RadarView.tsx';

export interface TrendRow {
  period: string;
  /** The organization's overall score in that period; null when it has no result then. */
  own: number | null;
  /** The network median that period; null when withheld or there is none. */
  median: number | null;
}

interface Props {
  organizations: ShownOrganization[];
  organization: ShownOrganization;
  onOrganization: (key: string) => void;
  trend: TrendRow[];
  /** The model's scale, which the figures are on. */
  axis: { min: number; max: number };
}

/** One organization's overall score by period beside the network's median: a line chart and its table. */
export function TrendView({ organizations, organization, onOrganization, trend, axis }: Props) {
  // Made again only when the figures change: a re-render of the page leaves the chart as it is.
  const chart = useMemo((): ChartConfiguration => ({
    type: 'line',
    data: {
      labels: trend.map((x) => x.period),
      datasets: [
        { label: organization.label, data: trend.map((x) => x.own), borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], spanGaps: true },
        { label: t('compare.median'), data: trend.map((x) => x.median), borderColor: MEDIAN_COLOUR, backgroundColor: MEDIAN_COLOUR, borderDash: [6, 4], spanGaps: true },
      ],
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { ...axis } } },
  }), [trend, organization.label, axis, currentLanguage()]);
  const score = (value: number | null) => (value === null ? t('results.none') : formatScore(value));
  return (
    <>
      <h3 id="trend-heading">{t('compare.trend')}</h3>
      <div class="field inline no-print">
        <label for="trend-organization">{t('compare.trend.organization')}</label>
        <select id="trend-organization" value={organization.key} onChange={(e) => onOrganization(e.currentTarget.value)}>
          {organizations.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div class="chart-box">
        <Chart config={chart} label={t('compare.trend.chartLabel')} />
      </div>
      <table class="trend" data-testid="compare-trend">
        <thead>
          <tr>
            <th scope="col">{t('compare.column.period')}</th>
            <th scope="col">
              <bdi>{organization.label}</bdi>
            </th>
            <th scope="col">{t('compare.trend.network')}</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((x) => (
            <tr key={x.period}>
              <th scope="row">
                <bdi>{x.period}</bdi>
              </th>
              <td>{score(x.own)}</td>
              <td>{score(x.median)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
