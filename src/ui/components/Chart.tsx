import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentDirection, currentLanguage } from '../../i18n/index.ts';
import { drawEveryPart } from './Later.tsx';

/**
 * The chart in the interface's language and direction: numbers formatted
 * for the language; right to left, legends and tooltips read from the right,
 * and horizontal bars grow from the right with their labels on that side.
 */
export function inDirection(config: ChartConfiguration): ChartConfiguration {
  // chart.js types its options per chart type; this shallow merge only sets keys every chart type has.
  const options = { ...config.options, locale: currentLanguage() } as Record<string, any>;
  if (currentDirection() === 'rtl') {
    const plugins = options.plugins ?? {};
    options.plugins = {
      ...plugins,
      legend: { ...plugins.legend, rtl: true, textDirection: 'rtl' },
      tooltip: { ...plugins.tooltip, rtl: true, textDirection: 'rtl' },
    };
    if (options.indexAxis === 'y' && options.scales) {
      options.scales = { ...options.scales, x: { ...options.scales.x, reverse: true }, y: { ...options.scales.y, position: 'right' } };
    }
  }
  return { ...config, options } as ChartConfiguration;
}

/** A chart is drawn when it comes this close to the viewport: chart.js is loaded and run only for charts someone will see. */
const DRAW_MARGIN = '50% 0px';

/** Charts not drawn yet, by their "draw now": printing draws them all first (see `drawEveryChart`). */
const waiting = new Set<() => Promise<void>>();

/**
 * Draws every chart of the page that is not drawn yet (they are drawn as
 * they come into view): a printout has them all. The page's Print button
 * waits for it; a print started otherwise starts it (`beforeprint`).
 */
export async function drawEveryChart(): Promise<void> {
  await Promise.all([...waiting].map((draw) => draw()));
}
if (typeof addEventListener === 'function') addEventListener('beforeprint', () => void drawEveryPart().then(drawEveryChart));

/** Prints the page once every part of it (see Later.tsx) and every chart is drawn. */
export async function printWithCharts(): Promise<void> {
  await drawEveryPart();
  await drawEveryChart();
  print();
}

/**
 * A chart drawn by chart.js, loaded when the chart first comes near the
 * viewport (or the page is printed), so a page's first visit does not
 * load and run it for charts below the fold. The canvas is an image to
 * assistive technology (`label` says what it shows); every chart on the
 * results page has a table or text with the same figures beside it.
 */
type ChartJsInstance = InstanceType<typeof import('./chartjs.ts').Chart>;

export function Chart({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJsInstance | null>(null);
  const [near, setNear] = useState(false);
  // Resolved once the chart is first on its canvas (the second effect draws it).
  const [onCanvas] = useState(() => {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve: () => resolve() };
  });

  useEffect(() => {
    if (near || !canvas.current) return;
    let done = false;
    const now = () => {
      if (!done) {
        done = true;
        observer.disconnect();
        waiting.delete(now);
        setNear(true);
      }
      return onCanvas.promise;
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void now(), { rootMargin: DRAW_MARGIN });
    observer.observe(canvas.current);
    waiting.add(now);
    return () => {
      observer.disconnect();
      waiting.delete(now);
    };
  }, [near]);

  // New figures update the chart that is drawn (chart.update()); it is made only once, or anew when its type changes.
  useEffect(() => {
    if (!near) return;
    let current = true;
    const next = inDirection(config);
    void import('./chartjs.ts').then(({ Chart: ChartJs }) => {
      draw(ChartJs);
      onCanvas.resolve();
    });
    const draw = (ChartJs: typeof import('./chartjs.ts').Chart) => {
      if (!current || !canvas.current) return;
      const drawnChart = chart.current;
      if (drawnChart && (drawnChart.config as { type?: unknown }).type === next.type) {
        drawnChart.data = next.data;
        drawnChart.options = next.options ?? {};
        drawnChart.update();
      } else {
        drawnChart?.destroy();
        chart.current = new ChartJs(canvas.current, next);
      }
    };
    return () => {
      current = false;
    };
  }, [config, near]);
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
