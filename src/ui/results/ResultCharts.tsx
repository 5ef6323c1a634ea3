import { useMemo, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { highestLevel, lowestLevel, type Level, type MaturityModel } from '../../model/schema.ts';
import type { ScoreReport } from '../../scoring/score.ts';
import { formatIndex, indexLabel, levelLabel, modelText } from '../model-text.ts';
import { Chart } from '../components/Chart.tsx';
import type { ChartConfiguration } from 'chart.js';

export const SCORE_COLOUR = '#0b5cad';
export const TARGET_COLOUR = '#c25e00';

interface Props {
  model: MaturityModel;
  report: ScoreReport;
  targets: ReadonlyMap<string, Level>;
}

/** Chart labels on several short lines, so long domain names stay readable in narrow charts. */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Domains against targets (radar), achieved level per domain, elements of one domain: each with its table. */
export function ResultCharts({ model, report, targets }: Props) {
  const text = modelText(model);
  const [domainId, setDomainId] = useState(model.domains[0]!.id);
  const rows = report.domains.map((d) => {
    const domain = model.domains.find((x) => x.id === d.domainId)!;
    return {
      id: d.domainId,
      title: text(domain.title),
      score: d.score,
      level: d.achievedLevel,
      target: mean(domain.elements.map((e) => targets.get(e.id) ?? e.defaultTarget)),
    };
  });
  // Levels are the statement; charts run over the model's own scale.
  const scale = { min: lowestLevel(model), max: highestLevel(model), ticks: { stepSize: 1 } };
  const unrated = lowestLevel(model);

  const radar = useMemo<ChartConfiguration>(
    () => ({
      type: 'radar',
      data: {
        labels: rows.map((r) => wrapLabel(r.title)),
        datasets: [
          { label: t('results.achievedLevel'), data: rows.map((r) => r.level ?? unrated), borderColor: SCORE_COLOUR, backgroundColor: 'rgba(11,92,173,0.15)', fill: true },
          { label: t('results.target'), data: rows.map((r) => r.target ?? unrated), borderColor: TARGET_COLOUR, borderDash: [6, 4], backgroundColor: 'transparent' },
        ],
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { r: { ...scale, pointLabels: { font: { size: 10 } } } } },
    }),
    [report, targets],
  );

  const levels = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => wrapLabel(r.title, 24)),
        datasets: [{ label: t('results.achievedLevel'), data: rows.map((r) => r.level ?? unrated), backgroundColor: SCORE_COLOUR }],
      },
      options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, scales: { x: scale, y: { ticks: { autoSkip: false } } } },
    }),
    [report],
  );

  const domain = model.domains.find((d) => d.id === domainId)!;
  const domainScore = report.domains.find((d) => d.domainId === domainId)!;
  const elementRows = domain.elements.map((e) => ({
    title: text(e.title),
    level: domainScore.elements.find((s) => s.elementId === e.id)?.achievedLevel ?? null,
    target: targets.get(e.id) ?? e.defaultTarget,
  }));
  const elements = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: elementRows.map((r) => wrapLabel(r.title, 24)),
        datasets: [
          { label: t('results.achievedLevel'), data: elementRows.map((r) => r.level ?? unrated), backgroundColor: SCORE_COLOUR },
          { label: t('results.target'), data: elementRows.map((r) => r.target), backgroundColor: TARGET_COLOUR },
        ],
      },
      options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, scales: { x: scale, y: { ticks: { autoSkip: false } } } },
    }),
    [report, targets, domainId],
  );

  const meanTarget = (value: number | null) => (value === null ? t('results.none') : formatIndex(value));

  return (
    <div class="charts">
      <figure class="chart-figure card">
        <figcaption>{t('results.chart.radar')}</figcaption>
        <Chart config={radar} label={t('results.chart.radarLabel')} />
        <div class="table-scroll" role="region" tabIndex={0} aria-label={t('results.chart.radar')}>
          <table class="scores compact">
          <thead>
            <tr>
              <th scope="col">{t('results.column.domain')}</th>
              <th scope="col">{t('results.achievedLevel')}</th>
              <th scope="col">{t('results.target')}</th>
              <th scope="col">{indexLabel(model)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.title}</th>
                <td>{r.level === null ? t('results.notRated') : levelLabel(model, r.level)}</td>
                <td>{meanTarget(r.target)}</td>
                <td>{formatIndex(r.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </figure>
      <figure class="chart-figure card">
        <figcaption>{t('results.chart.levels')}</figcaption>
        <Chart config={levels} label={t('results.chart.levelsLabel')} />
      </figure>
      <figure class="chart-figure card">
        <figcaption>
          <label for="chart-domain">{t('results.chart.elements')}</label>{' '}
          <select id="chart-domain" value={domainId} onChange={(e) => setDomainId(e.currentTarget.value)}>
            {model.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {text(d.title)}
              </option>
            ))}
          </select>
        </figcaption>
        <Chart config={elements} label={t('results.chart.elementsLabel', { domain: text(domain.title) })} />
        <div class="table-scroll" role="region" tabIndex={0} aria-label={t('results.chart.elementsLabel', { domain: text(domain.title) })}>
          <table class="scores compact">
          <thead>
            <tr>
              <th scope="col">{t('results.column.element')}</th>
              <th scope="col">{t('results.achievedLevel')}</th>
              <th scope="col">{t('results.target')}</th>
            </tr>
          </thead>
          <tbody>
            {elementRows.map((r) => (
              <tr key={r.title}>
                <th scope="row">{r.title}</th>
                <td>{r.level === null ? t('results.notRated') : levelLabel(model, r.level)}</td>
                <td>{r.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </figure>
    </div>
  );
}
