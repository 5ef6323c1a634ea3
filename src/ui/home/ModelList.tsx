import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { FileButton } from '../components/FileButton.tsx';
import { FileDrop } from '../components/FileDrop.tsx';
import { errorMessage } from '../hooks.ts';
import { modelText } from '../model-text.ts';
import { problemMessage } from '../problem.ts';
import type { ModelEntry } from '../model-entries.ts';
import { modelKeyOf } from '../../model/key.ts';
import type { HomeActions, ModelFileProblem } from './index.tsx';

interface Props {
  models: readonly ModelEntry[];
  onChanged: () => void;
  actions: Pick<HomeActions, 'addModelFile' | 'removeModel'>;
}

type Loading =
  | { step: 'idle' }
  | { step: 'loaded'; title: string; version: string }
  | { step: 'invalid'; file: string; problems: ModelFileProblem[] }
  | { step: 'failed'; message: string };

/** Every model on this device, each readable in full; models loaded from files can be removed, new ones loaded. */
export function ModelList({ models, onChanged, actions }: Props) {
  const [loading, setLoading] = useState<Loading>({ step: 'idle' });
  const [removing, setRemoving] = useState<ModelEntry | null>(null);
  const [removeError, setRemoveError] = useState('');

  const load = async (file: File) => {
    try {
      const checked = await actions.addModelFile(file);
      if (!checked.ok) {
        setLoading({ step: 'invalid', file: file.name, problems: checked.problems });
        return;
      }
      setLoading({ step: 'loaded', title: modelText(checked.model)(checked.model.title), version: checked.model.version });
      onChanged();
    } catch (error) {
      setLoading({ step: 'failed', message: errorMessage(error) });
    }
  };

  const remove = async (entry: ModelEntry) => {
    setRemoving(null);
    try {
      await actions.removeModel(entry.id, entry.version);
      setRemoveError('');
      onChanged();
    } catch (error) {
      setRemoveError(errorMessage(error));
    }
  };

  return (
    <div class="models">
      <ul class="model-list">
        {models.map((entry) => {
          const model = entry;
          const text = modelText(model);
          const title = text(model.title);
          return (
            <li class="card" key={modelKeyOf(model)} data-model={modelKeyOf(model)}>
              <h3>{title}</h3>
              <p class="meta">
                {t('model.version', { version: model.version })} ·{' '}
                {t('model.size', { domains: model.domains, elements: model.elements, questions: model.questions })} ·{' '}
                {entry.source === 'shipped' ? t('models.shipped') : t('models.loadedFrom', { file: entry.fileName })}
              </p>
              <p>{text(model.description)}</p>
              <div class="actions">
                <a class="button" href={`/models/${encodeURIComponent(model.id)}/${encodeURIComponent(model.version)}`} aria-label={t('models.readLabel', { title, version: model.version })}>
                  {t('models.read')}
                </a>
                {entry.source === 'loaded' && (
                  <button type="button" class="danger" onClick={() => setRemoving(entry)} aria-label={t('models.removeLabel', { title, version: model.version })}>
                    {t('models.remove')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {removeError && <p role="alert">{removeError}</p>}
      {removing && (
        <ConfirmDialog
          title={t('models.removeTitle')}
          body={t('models.removeBody', { title: modelText(removing)(removing.title), version: removing.version })}
          confirmLabel={t('models.remove')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}

      <FileDrop
        onFiles={(files) => {
          if (files[0]) void load(files[0]);
        }}
      >
        <FileButton
          id="model-file"
          label={t('models.load')}
          accept="application/json,.json"
          describedBy="model-file-hint"
          onFiles={(files) => {
            if (files[0]) void load(files[0]);
          }}
        />
        <p class="hint" id="model-file-hint">
          {t('models.loadHint')}
        </p>
      </FileDrop>
      <div role="status">{loading.step === 'loaded' && <p>{t('models.loadedOk', { title: loading.title, version: loading.version })}</p>}</div>
      {loading.step === 'failed' && <p role="alert">{loading.message}</p>}
      {loading.step === 'invalid' && (
        <div role="alert" class="notice model-problems">
          <p>{t('models.invalid', { file: loading.file, count: loading.problems.length })}</p>
          <ul>
            {loading.problems.map((p, i) => (
              <li key={i}>
                <code dir="ltr">{p.path}</code>: {problemMessage(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
