import { useMemo, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { anonymiseMatrix, anonymousCodes } from '../../compare/anonymise.ts';
import { matrixCsvRows, statisticsCsvRows } from '../../compare/comparison-csv.ts';
import {
  domainMatrix,
  elementMatrix,
  filterOptions,
  filterResults,
  groupByModel,
  sortRows,
  type Cell,
  type Matrix,
  type MatrixRowBase,
  type SortDirection,
  type SortKey,
} from '../../compare/matrix.ts';
import { groupStatistics, networkMedian, networkStatistics, type ColumnStatistics } from '../../compare/network.ts';
import type { Spread } from '../../compare/statistics.ts';
import { latestPerOrganization, networkTrend, organizationTrend } from '../../compare/trends.ts';
import { toCsv } from '../../exchange/csv.ts';
import { formatScore, t } from '../../i18n/index.ts';
import type { MaturityModel } from '../../model/schema.ts';
import type { StoredResult } from '../../storage/db.ts';
import { downloadFile } from '../download.ts';
import { useLoaded } from '../hooks.ts';
import { modelText } from '../model-text.ts';
import { Chart } from '../results/charts/Chart.tsx';

interface Props {
  setId: string;
  setName: string;
  stored: StoredResult[];
  models: MaturityModel[];
  onRemove: (assessmentId: string) => Promise<void>;
}

/** Radar overlays beyond this many organizations are unreadable. */
const MAX_RADAR_ORGANIZATIONS = 5;
const SERIES_COLOURS = ['#0b5cad', '#a4262c', '#1e6b34', '#8a4b00', '#5c2d91'];
const MEDIAN_COLOUR = '#4a535e';

function cellText(cell: Cell | undefined): string {
  return cell && cell.score !== null ? formatScore(cell.score) : t('results.none');
}

export function ComparisonViews({ setId, setName, stored, models, onRemove }: Props) {
  const lookup = (id: string, version: string) => models.find((m) => m.id === id && m.version === version);
  const byModel = useMemo(() => groupByModel(stored.map((s) => s.result), lookup), [stored, models]);
  const choices = byModel.flatMap((g) => g.sets.map((set) => ({ key: `${set.modelId}@${set.versions.join(',')}`, set })));
  const [choiceKey, setChoiceKey] = useState(choices[0]?.key ?? '');
  const choice = choices.find((c) => c.key === choiceKey) ?? choices[0];
  const [region, setRegion] = useState('');
  const [type, setType] = useState('');
  const [period, setPeriod] = useState('');
  const [anonymised, setAnonymised] = useState(false);
  const [scope, setScope] = useState('domains');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: { by: 'name' }, direction: 'asc' });
  const [chosen, setChosen] = useState<string[]>([]);
  const [trendKey, setTrendKey] = useState('');
  // Codes salted with the set's id: stable within the set, whatever the import order, and not guessable from a list of names.
  const [codes] = useLoaded(() => anonymousCodes(stored.map((s) => s.result), setId), [setId, stored]);

  if (!choice) return null;
  const set = choice.set;
  const newest = set.versions[set.versions.length - 1]!;
  const model = lookup(set.modelId, newest);
  if (!model) return <p role="alert">{t('compare.modelMissing', { id: set.modelId, version: newest })}</p>;
  const text = modelText(model);

  const options = filterOptions(set.results);
  const shown = filterResults(set.results, { region, type, period });
  // Statistics count each organization once, with its latest result among those shown.
  const latest = latestPerOrganization(shown);
  const domain = model.domains.find((d) => `elements:${d.id}` === scope);
  const named: Matrix = domain ? elementMatrix(shown, domain.id) : domainMatrix(shown);
  const anonymous = anonymised && codes.state === 'ready';
  const shared = anonymous ? anonymiseMatrix(named, codes.value) : null;
  const matrix = shared ? { ...shared, rows: sortRows(shared.rows, sort.key, sort.direction) } : { ...named, rows: sortRows(named.rows, sort.key, sort.direction) };
  const rows: (MatrixRowBase & { assessmentId?: string })[] = matrix.rows;
  const columnTitle = (id: string) => {
    const d = model.domains.find((x) => x.id === id);
    if (d) return text(d.title);
    const e = model.domains.flatMap((x) => x.elements).find((x) => x.id === id);
    return e ? text(e.title) : id;
  };
  const totalTitle = domain ? text(domain.title) : t('compare.column.overall');

  const network = networkStatistics(latest, { anonymised });
  const columnStatistics: ColumnStatistics[] = !network.ok
    ? []
    : domain
      ? (() => {
          const d = network.statistics.domains.find((x) => x.id === domain.id);
          return d ? [d, ...d.elements] : [];
        })()
      : [network.statistics.overall, ...network.statistics.domains];
  const spreads = columnStatistics.map((c, i) => ({ id: c.id, title: i === 0 ? totalTitle : columnTitle(c.id), spread: c.spread, organizations: c.organizations }));
  const groups = [...groupStatistics(latest, 'region', { anonymised }), ...groupStatistics(latest, 'type', { anonymised })].filter((g) => g.group !== null);

  const sortBy = (key: SortKey) =>
    setSort((now) => ({ key, direction: JSON.stringify(now.key) === JSON.stringify(key) && now.direction === 'asc' ? 'desc' : 'asc' }));
  const ariaSort = (key: SortKey) => (JSON.stringify(sort.key) === JSON.stringify(key) ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const header = (key: SortKey, title: string) => (
    <th scope="col" aria-sort={ariaSort(key)}>
      <button type="button" class="link sort" onClick={() => sortBy(key)} aria-label={t('compare.sortBy', { column: title })}>
        {title}
      </button>
    </th>
  );

  const exportMatrix = () => downloadFile(`${setName}-scores.csv`, toCsv(matrixCsvRows(matrix)), 'text/csv;charset=utf-8');
  const exportStatistics = () => downloadFile(`${setName}-statistics.csv`, toCsv(statisticsCsvRows(network, groups)), 'text/csv;charset=utf-8');

  // The radar: chosen organizations' latest results by domain, on the network median.
  const latestRows = domainMatrix(latest).rows;
  const label = (row: { organizationKey: string; label: string }) => (anonymous ? (codes.value.get(row.organizationKey) ?? row.label) : row.label);
  const organizations = latestRows.map((row) => ({ key: row.organizationKey, label: label(row), row })).sort((a, b) => a.label.localeCompare(b.label));
  const picked = organizations.filter((o) => chosen.includes(o.key)).slice(0, MAX_RADAR_ORGANIZATIONS);
  const median = networkMedian(latest, { anonymised });
  const radar: ChartConfiguration = {
    type: 'radar',
    data: {
      labels: model.domains.map((d) => text(d.title)),
      datasets: [
        ...(median.ok
          ? [{ label: t('compare.median'), data: model.domains.map((d) => median.median.domains[d.id] ?? null), borderColor: MEDIAN_COLOUR, backgroundColor: 'rgba(74,83,94,0.12)', borderDash: [6, 4] }]
          : []),
        ...picked.map((o, i) => ({
          label: o.label,
          data: model.domains.map((d) => o.row.cells[d.id]?.score ?? null),
          borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
          backgroundColor: 'transparent',
        })),
      ],
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { r: { min: 0, max: 5, ticks: { stepSize: 1 } } } },
  };

  const spreadChart: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: spreads.map((s) => s.title),
      datasets: [
        { label: `${t('compare.spread.min')}–${t('compare.spread.max')}`, data: spreads.map((s) => (s.spread ? [s.spread.min, s.spread.max] : null)) as never, backgroundColor: 'rgba(11,92,173,0.18)', barPercentage: 0.35, grouped: false },
        { label: `${t('compare.spread.q1')}–${t('compare.spread.q3')}`, data: spreads.map((s) => (s.spread ? [s.spread.q1, s.spread.q3] : null)) as never, backgroundColor: 'rgba(11,92,173,0.55)', barPercentage: 0.7, grouped: false },
        { type: 'line', label: t('compare.spread.median'), data: spreads.map((s) => s.spread?.median ?? null), borderColor: '#a4262c', backgroundColor: '#a4262c', showLine: false, pointStyle: 'line', pointRadius: 12, pointBorderWidth: 3 } as never,
      ],
    },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { min: 0, max: 5 }, y: { ticks: { autoSkip: false } } } },
  };

  // The trend: an organization's overall score by period, beside the network median of each period (every period, whatever the period filter).
  const overTime = filterResults(set.results, { region, type });
  const periods = options.periods;
  const trendOrganization = organizations.find((o) => o.key === trendKey) ?? organizations[0];
  const own = trendOrganization ? organizationTrend(overTime, trendOrganization.key) : [];
  const networkByPeriod = new Map(networkTrend(overTime, { anonymised }).map((p) => [p.period, p.ok ? p.median.overall : null]));
  const trend = periods.map((p) => ({ period: p, own: own.filter((x) => x.period === p).pop()?.overall.score ?? null, median: networkByPeriod.get(p) ?? null }));
  const trendChart: ChartConfiguration = {
    type: 'line',
    data: {
      labels: periods,
      datasets: [
        { label: trendOrganization?.label ?? '', data: trend.map((x) => x.own), borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], spanGaps: true },
        { label: t('compare.median'), data: trend.map((x) => x.median), borderColor: MEDIAN_COLOUR, backgroundColor: MEDIAN_COLOUR, borderDash: [6, 4], spanGaps: true },
      ],
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { min: 0, max: 5 } } },
  };

  return (
    <div class="comparison">
      {choices.length > 1 && (
        <div class="field inline no-print">
          <label for="compare-model">{t('compare.model')}</label>
          <select id="compare-model" value={choice.key} onChange={(e) => setChoiceKey(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.set.modelId} {c.set.versions.join(', ')}
              </option>
            ))}
          </select>
        </div>
      )}
      {set.versions.length > 1 && <p class="notice">{t('compare.versionsNote', { versions: set.versions.join(', ') })}</p>}

      <fieldset class="filters no-print">
        <legend>{t('compare.filters')}</legend>
        <FilterSelect id="filter-region" label={t('compare.region')} value={region} values={options.regions} onChange={setRegion} />
        <FilterSelect id="filter-type" label={t('compare.type')} value={type} values={options.types} onChange={setType} />
        <FilterSelect id="filter-period" label={t('compare.period')} value={period} values={options.periods} onChange={setPeriod} />
        <div class="field inline">
          <label for="compare-scope">{t('compare.view')}</label>
          <select id="compare-scope" value={scope} onChange={(e) => setScope(e.currentTarget.value)}>
            <option value="domains">{t('compare.view.domains')}</option>
            {model.domains.map((d) => (
              <option key={d.id} value={`elements:${d.id}`}>
                {t('compare.view.elements', { domain: text(d.title) })}
              </option>
            ))}
          </select>
        </div>
        <div class="field checkbox">
          <input id="compare-anonymise" type="checkbox" checked={anonymised} onChange={(e) => setAnonymised(e.currentTarget.checked)} />
          <label for="compare-anonymise">{t('compare.anonymise')}</label>
        </div>
      </fieldset>

      <div class="results-actions no-print">
        <button type="button" onClick={exportMatrix}>
          {t('compare.csv.matrix')}
        </button>
        <button type="button" onClick={exportStatistics}>
          {t('compare.csv.statistics')}
        </button>
        <button type="button" onClick={() => print()}>
          {t('compare.print')}
        </button>
      </div>

      <h3 id="matrix-heading">{t('compare.matrix')}</h3>
      <div class="table-scroll" role="region" aria-labelledby="matrix-heading" tabIndex={0}>
        <table class="heat-map" data-testid="compare-matrix">
          <caption>{t('compare.matrix.caption')}</caption>
          <thead>
            <tr>
              {header({ by: 'name' }, t('compare.column.organization'))}
              {header({ by: 'period' }, t('compare.column.period'))}
              {header({ by: 'total' }, totalTitle)}
              {matrix.columns.map((id) => header({ by: 'column', column: id }, columnTitle(id)))}
              {!anonymous && <td class="no-print" />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.assessmentId ?? `${row.label}-${row.period}`}>
                <th scope="row">
                  <bdi>{row.label}</bdi>
                </th>
                <td>
                  <bdi>{row.period}</bdi>
                </td>
                <HeatCell cell={row.total} />
                {matrix.columns.map((id) => (
                  <HeatCell key={id} cell={row.cells[id]} />
                ))}
                {!anonymous && row.assessmentId && (
                  <td class="no-print">
                    <button
                      type="button"
                      class="link"
                      onClick={() => void onRemove(row.assessmentId!)}
                      aria-label={t('compare.removeResultLabel', { name: row.label, period: row.period })}
                    >
                      {t('compare.removeResult')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

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
                <td>{s.spread ? formatScore(s.spread.min) : anonymised && s.organizations > 0 ? t('compare.groups.tooSmall') : t('results.none')}</td>
                <td>{s.spread ? formatScore(s.spread.q1) : t('results.none')}</td>
                <td data-cell="median">{s.spread ? formatScore(s.spread.median) : t('results.none')}</td>
                <td>{s.spread ? formatScore(s.spread.q3) : t('results.none')}</td>
                <td>{s.spread ? formatScore(s.spread.max) : t('results.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="chart-box tall">
        <Chart config={spreadChart} label={t('compare.spread.chartLabel')} />
      </div>

      {groups.length > 0 && (
        <>
          <h3 id="groups-heading">{t('compare.groups')}</h3>
          <table class="groups" data-testid="compare-groups">
            <caption>{t('compare.groups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.groups.group')}</th>
                <th scope="col">{t('compare.spread.count')}</th>
                <th scope="col">{t('compare.spread.median')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => {
                const spread: Spread | null | undefined = g.ok ? g.statistics.overall.spread : null;
                return (
                  <tr key={`${g.dimension}:${g.group}`}>
                    <th scope="row">
                      {g.dimension === 'region' ? t('compare.region') : t('compare.type')}: <bdi>{g.group}</bdi>
                    </th>
                    <td>{g.ok ? g.statistics.organizations : t('results.none')}</td>
                    <td>{!g.ok ? t('compare.groups.tooSmall') : spread ? formatScore(spread.median) : t('results.none')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}

      <h3 id="radar-heading">{t('compare.radar')}</h3>
      <fieldset class="radar-choice no-print">
        <legend>{t('compare.radar.choose')}</legend>
        {organizations.map((o) => (
          <div class="field checkbox" key={o.key}>
            <input
              id={`radar-${o.row.assessmentId}`}
              type="checkbox"
              checked={chosen.includes(o.key)}
              disabled={!chosen.includes(o.key) && picked.length >= MAX_RADAR_ORGANIZATIONS}
              onChange={(e) => setChosen((now) => (e.currentTarget.checked ? [...now, o.key] : now.filter((k) => k !== o.key)))}
            />
            <label for={`radar-${o.row.assessmentId}`}>
              <bdi>{o.label}</bdi>
            </label>
          </div>
        ))}
      </fieldset>
      <div class="chart-box">
        <Chart config={radar} label={t('compare.radar.chartLabel')} />
      </div>

      {periods.length > 1 && trendOrganization && (
        <>
          <h3 id="trend-heading">{t('compare.trend')}</h3>
          <div class="field inline no-print">
            <label for="trend-organization">{t('compare.trend.organization')}</label>
            <select id="trend-organization" value={trendOrganization.key} onChange={(e) => setTrendKey(e.currentTarget.value)}>
              {organizations.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div class="chart-box">
            <Chart config={trendChart} label={t('compare.trend.chartLabel')} />
          </div>
          <table class="trend" data-testid="compare-trend">
            <thead>
              <tr>
                <th scope="col">{t('compare.column.period')}</th>
                <th scope="col">
                  <bdi>{trendOrganization.label}</bdi>
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
                  <td>{x.own === null ? t('results.none') : formatScore(x.own)}</td>
                  <td>{x.median === null ? t('results.none') : formatScore(x.median)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function HeatCell({ cell }: { cell: Cell | undefined }) {
  const level = cell?.achievedLevel;
  return (
    <td class={`heat level-${level ?? 'none'}`} data-score={cell?.score ?? ''}>
      {cellText(cell)}
    </td>
  );
}

function FilterSelect({ id, label, value, values, onChange }: { id: string; label: string; value: string; values: string[]; onChange: (v: string) => void }) {
  if (values.length === 0) return null;
  return (
    <div class="field inline">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('compare.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}
