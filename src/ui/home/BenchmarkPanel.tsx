import type { BenchmarkFile } from '../../exchange/benchmark-file.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { FileButton } from '../components/FileButton.tsx';

export interface LoadedBenchmark {
  fileName: string;
  benchmark: BenchmarkFile;
}

interface Props {
  /** The benchmark kept on this device, checked again as it was read; null when there is none. */
  loaded: LoadedBenchmark | null;
  /** The refusal of the last file chosen, worded; empty when none. */
  refusal: string;
  onFile: (file: File) => void;
  onRemove: () => void;
}

/** Loading a coordinator's benchmark file: what is kept, and the chooser. */
export function BenchmarkPanel({ loaded, refusal, onFile, onRemove }: Props) {
  return (
    <div class="benchmark-panel" data-testid="benchmark-panel">
      <p>{t('benchmark.intro')}</p>
      {loaded && (
        <p data-testid="benchmark-loaded">
          <bdi>
            {t('benchmark.loaded', {
              file: loaded.fileName,
              model: loaded.benchmark.model.id,
              version: loaded.benchmark.model.versions.join(', '),
              date: loaded.benchmark.set.date,
              count: formatNumber(loaded.benchmark.set.organizations),
            })}
          </bdi>
        </p>
      )}
      <div class="actions">
        <FileButton id="benchmark-file" label={t('benchmark.load')} accept="application/json,.json" onFiles={(files) => files[0] && onFile(files[0])} />
        {loaded && (
          <button type="button" onClick={onRemove}>
            {t('benchmark.remove')}
          </button>
        )}
      </div>
      {refusal && <p role="alert">{refusal}</p>}
    </div>
  );
}
