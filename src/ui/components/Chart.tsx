import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { currentDirection, currentLanguage } from '../../i18n/index.ts';

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

/**
 * A chart drawn by chart.js, loaded on first use. The canvas is an image to
 * assistive technology (`label` says what it shows); every chart on the
 * results page has a table or text with the same figures beside it.
 */
type ChartJsInstance = InstanceType<typeof import('./chartjs.ts').Chart>;

export function Chart({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJsInstance | null>(null);
  // New figures update the chart that is drawn (chart.update()); it is made only once, or anew when its type changes.
  useEffect(() => {
    let current = true;
    const next = inDirection(config);
    void import('./chartjs.ts').then(({ Chart: ChartJs }) => {
      if (!current || !canvas.current) return;
      const drawn = chart.current;
      if (drawn && (drawn.config as { type?: unknown }).type === next.type) {
        drawn.data = next.data;
        drawn.options = next.options ?? {};
        drawn.update();
      } else {
        drawn?.destroy();
        chart.current = new ChartJs(canvas.current, next);
      }
    });
    return () => {
      current = false;
    };
  }, [config]);
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
