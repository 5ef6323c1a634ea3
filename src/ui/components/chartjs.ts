/**
 * chart.js with only the parts the results charts use, registered once.
 * Imported lazily (see ./Chart.tsx), so chart.js is never loaded on the
 * questionnaire.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
);

export { Chart };
export type { ChartConfiguration } from 'chart.js';
