/**
 * The Word report, made in the browser: the report's blocks in the
 * interface's language, its charts drawn by chart.js on canvases that are
 * never shown, and the .docx written by `docx`. Loaded only when the person
 * asks for the document (see ResultsView), so neither `docx` nor this
 * module weighs on the results page or the questionnaire.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { renderDocx, type ChartImage } from '../../report/docx.ts';
import { reportDocument, type ChartData, type ReportInput } from '../../report/report-document.ts';
import { loadWording } from '../../report/wording.ts';
import { inDirection } from '../components/Chart.tsx';
import { SCORE_COLOUR, TARGET_COLOUR, wrapLabel } from './ResultCharts.tsx';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Size of a chart on the page, in CSS pixels (96 to the inch): about 16 cm wide. */
const CHART_WIDTH = 600;
/** Drawn at twice that, so the picture stays sharp when printed. */
const PIXEL_RATIO = 2;

// A transparent picture would take the colour of whatever is behind it in Word.
const whiteBackground: Plugin = {
  id: 'white-background',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** The chart.js configuration of a report chart: the same kinds, colours and scale as the results page. */
function configOf(data: ChartData): ChartConfiguration {
  const colour = (role: 'achieved' | 'target') => (role === 'achieved' ? SCORE_COLOUR : TARGET_COLOUR);
  const scale = { min: data.min, max: data.max, ticks: { stepSize: 1 } };
  const common = { animation: false as const, responsive: false, devicePixelRatio: PIXEL_RATIO };
  if (data.kind === 'radar') {
    return {
      type: 'radar',
      data: {
        labels: data.labels.map((l) => wrapLabel(l)),
        datasets: data.series.map((s) => ({
          label: s.label,
          data: s.values,
          borderColor: colour(s.role),
          backgroundColor: s.role === 'achieved' ? 'rgba(11,92,173,0.15)' : 'transparent',
          fill: s.role === 'achieved',
          ...(s.role === 'target' ? { borderDash: [6, 4] } : {}),
        })),
      },
      options: { ...common, scales: { r: { ...scale, pointLabels: { font: { size: 11 } } } } },
      plugins: [whiteBackground],
    };
  }
  return {
    type: 'bar',
    data: {
      labels: data.labels.map((l) => wrapLabel(l, 28)),
      datasets: data.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: colour(s.role) })),
    },
    options: { ...common, indexAxis: 'y', scales: { x: scale, y: { ticks: { autoSkip: false } } } },
    plugins: [whiteBackground],
  };
}

/** Draws one chart as a PNG, on a canvas that is never attached to the page. */
export async function drawChart(data: ChartData): Promise<ChartImage | null> {
  const { Chart } = await import('../components/chartjs.ts');
  const height = data.kind === 'radar' ? 460 : Math.max(200, 70 + data.labels.length * data.series.length * 26);
  const canvas = document.createElement('canvas');
  canvas.width = CHART_WIDTH;
  canvas.height = height;
  const chart = new Chart(canvas, inDirection(configOf(data)));
  try {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? { png: new Uint8Array(await blob.arrayBuffer()), width: CHART_WIDTH, height } : null;
  } finally {
    chart.destroy();
  }
}

/** The whole report as a .docx file, in the interface's language. */
export async function wordReport(input: ReportInput): Promise<Blob> {
  const document = reportDocument(input, await loadWording(input.model));
  return new Blob([(await renderDocx(document, drawChart)) as BlobPart], { type: DOCX_TYPE });
}
