/**
 * chart.js with only the parts the results charts use, registered once.
 * Imported lazily (see ./Chart.tsx), so chart.js is never loaded on the
 * questionnaire.
 */
import * as chartjs from 'chart.js';

chartjs.Chart.register(
  chartjs.BarController,
  chartjs.BarElement,
  chartjs.CategoryScale,
  chartjs.Filler,
  chartjs.Legend,
  chartjs.LineController,
  chartjs.LineElement,
  chartjs.LinearScale,
  chartjs.PointElement,
  chartjs.RadarController,
  chartjs.RadialLinearScale,
  chartjs.Tooltip,
);

export const Chart = chartjs.Chart;
export type { ChartConfiguration } from 'chart.js';
