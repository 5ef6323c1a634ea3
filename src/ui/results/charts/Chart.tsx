import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A chart drawn by chart.js, loaded on first use. The canvas is an image to
 * assistive technology (`label` says what it shows); every chart on the
 * results page has a table or text with the same figures beside it.
 */
export function Chart({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('./chartjs.ts').then(({ Chart: ChartJs }) => {
      if (!cancelled && canvas.current) chart = new ChartJs(canvas.current, config);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
