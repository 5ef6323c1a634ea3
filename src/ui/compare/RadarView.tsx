import type { ChartConfiguration } from 'chart.js';
import type { MatrixRow } from '../../compare/matrix.ts';
import type { MedianCheck } from '../../compare/network.ts';
import { useMemo } from 'preact/hooks';
import { currentLanguage, t } from '../../i18n/index.ts';
import { highestLevel, lowestLevel, type MaturityModel } from '../../model/schema.ts';
import { modelText } from '../model-text.ts';
import { Chart } from '../components/Chart.tsx';
import { MEDIAN_COLOUR, SERIES_COLOURS } from './colours.ts';

/** An organization as the comparison shows it: its latest result, and its name or code. */
export interface ShownOrganization {
  key: string;
  label: string;
  row: MatrixRow;
}

/** Radar overlays beyond this many organizations are unreadable. */
const MAX_RADAR_ORGANIZATIONS = 5;

interface Props {
  model: MaturityModel;
  organizations: ShownOrganization[];
  median: MedianCheck;
  chosen: string[];
  onChosen: (keys: string[]) => void;
}

/** Chosen organizations' domain scores over the network median. */
export function RadarView({ model, organizations, median, chosen, onChosen }: Props) {
  const text = modelText(model);
  const picked = organizations.filter((o) => chosen.includes(o.key)).slice(0, MAX_RADAR_ORGANIZATIONS);
  // Made again only when what it shows changes: a re-render of the page (a sort) leaves the chart as it is.
  const radar = useMemo((): ChartConfiguration => ({
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
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { r: { min: lowestLevel(model), max: highestLevel(model), ticks: { stepSize: 1 } } } },
  }), [model, organizations, median, chosen, currentLanguage()]);
  return (
    <>
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
              onChange={(e) => onChosen(e.currentTarget.checked ? [...chosen, o.key] : chosen.filter((k) => k !== o.key))}
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
    </>
  );
}
