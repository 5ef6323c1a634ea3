import { useEffect, useRef, useState } from 'preact/hooks';
import { formatFingerprint } from '../../exchange/keys.ts';
import type { KnownModel } from '../../exchange/model-identity.ts';
import type { SealingKey } from '../../exchange/seal.ts';
import { signatureStatus, type TrustedKey } from '../../exchange/trust.ts';
import { t } from '../../i18n/index.ts';
import type { StoredResult } from '../../exchange/import.ts';
import type { CompareActions } from './index.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { FileButton } from '../components/FileButton.tsx';
import { FileDrop } from '../components/FileDrop.tsx';
import { errorMessage } from '../hooks.ts';
import { ImportStoppedError, importInWorker } from './import-bridge.ts';
import { modelKeyOf } from '../../model/key.ts';
import type { FileOutcome, NewModel } from './import-worker.ts';
import { problemText } from '../problem.ts';
import { refusalText } from './refusal.ts';

interface Props {
  setId: string;
  known: StoredResult[];
  models: KnownModel[];
  /** The signing keys trusted on this device, by fingerprint. */
  trusted: ReadonlyMap<string, TrustedKey>;
  /** This device's key for sealed files, when it has one. */
  sealingKey?: SealingKey;
  onImported: () => void;
  /** Called after the coordinator trusted a key from a signed file. */
  onTrusted: () => void;
  actions: Pick<CompareActions, 'saveImportedResults' | 'trustKey'>;
}

type Run =
  | { step: 'idle' }
  | { step: 'running'; total: number; done: number; outcomes: FileOutcome[] }
  | { step: 'finished' | 'cancelled'; total: number; outcomes: FileOutcome[] }
  | { step: 'failed'; message: string; outcomes: FileOutcome[] };

const isResultFile = (file: File) => /\.json$/i.test(file.name);

/** Many files, a folder, or a drop: imported off the main thread, with progress, a cancel button and a line per file. */
export function ImportPanel({ setId, known, models, trusted, sealingKey, onImported, onTrusted, actions }: Props) {
  const [run, setRun] = useState<Run>({ step: 'idle' });
  const [trusting, setTrusting] = useState<Extract<FileOutcome, { result: unknown }> | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page, or switching to another set (the panel is keyed by set), cancels an import under way: it keeps nothing.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (chosen: File[]) => {
    const files = chosen.filter(isResultFile);
    if (files.length === 0) return;
    const abort = new AbortController();
    controller.current = abort;
    const outcomes: FileOutcome[] = [];
    const newModels = new Map<string, NewModel>();
    setRun({ step: 'running', total: files.length, done: 0, outcomes });
    try {
      await importInWorker(
        {
          files,
          models,
          known: known.map((k) => [k.assessmentId, { hash: k.result.hash, updatedAt: k.result.updatedAt }]),
          ...(sealingKey ? { sealingKey } : {}),
        },
        (batch, done, models) => {
          for (const entry of models) newModels.set(modelKeyOf(entry.model), entry);
          outcomes.push(...batch);
          setRun({ step: 'running', total: files.length, done, outcomes: [...outcomes] });
        },
        abort.signal,
      );
      // Kept all together, after every file was read: a cancelled import keeps nothing.
      const kept = outcomes.flatMap((o) => (o.status === 'accepted' || o.status === 'updated' ? [o] : []));
      // The models this device lacked, kept with the results that use them (a cancelled import keeps none).
      const used = new Set(kept.map((o) => o.modelKey));
      await actions.saveImportedResults(
        setId,
        kept.map((o) => ({ result: o.result, fileName: o.file })),
        [...newModels]
          .filter(([key]) => used.has(key))
          .map(([key, { model, json }]) => ({ id: model.id, version: model.version, json, fileName: kept.find((o) => o.modelKey === key)!.file })),
      );
      setRun({ step: 'finished', total: files.length, outcomes });
      onImported();
    } catch (error) {
      if (abort.signal.aborted) setRun({ step: 'cancelled', total: files.length, outcomes });
      else setRun({ step: 'failed', message: error instanceof ImportStoppedError ? problemText(error.problem) : errorMessage(error), outcomes });
    } finally {
      controller.current = null;
    }
  };

  const counts = (outcomes: FileOutcome[]) => ({
    accepted: outcomes.filter((o) => o.status === 'accepted').length,
    updated: outcomes.filter((o) => o.status === 'updated').length,
    duplicate: outcomes.filter((o) => o.status === 'duplicate').length,
    rejected: outcomes.filter((o) => o.status === 'rejected').length,
  });
  const running = run.step === 'running';
  const outcomes = run.step === 'idle' ? [] : run.outcomes;

  return (
    <FileDrop class="import-panel" disabled={running} onFiles={(files) => void start(files)}>
      <div class="actions">
        <FileButton
          id="import-files"
          label={t('compare.import.files')}
          multiple
          accept="application/json,.json"
          disabled={running}
          primary
          onFiles={(files) => void start(files)}
        />
        <FileButton id="import-folder" label={t('compare.import.folder')} folder disabled={running} onFiles={(files) => void start(files)} />
      </div>
      <p class="hint">{t('compare.import.hint')}</p>

      {running && (
        <div class="import-progress">
          <label for="import-progress">{t('compare.import.progress', { done: run.done, total: run.total })}</label>
          <progress id="import-progress" value={run.done} max={run.total} />
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('compare.import.cancel')}
          </button>
        </div>
      )}
      <div role="status" class="import-summary">
        {run.step === 'finished' && <p>{t('compare.import.done', { ...counts(outcomes), total: run.total })}</p>}
        {run.step === 'cancelled' && <p>{t('compare.import.cancelled')}</p>}
      </div>
      {run.step === 'failed' && <p role="alert">{run.message}</p>}

      {outcomes.length > 0 && (
        // On a phone the table scrolls in its own box, its file column frozen, rather than the page.
        <div class="table-scroll" role="region" tabIndex={0} aria-label={t('compare.import.table')}>
        <table class="import-outcomes">
          <caption>{t('compare.import.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.import.file')}</th>
              <th scope="col">{t('compare.import.status')}</th>
              <th scope="col">{t('compare.import.signature')}</th>
              <th scope="col">{t('compare.import.details')}</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((o, i) => (
              <tr key={`${i}-${o.file}`} data-status={o.status}>
                <th scope="row">
                  <bdi>{o.file}</bdi>
                </th>
                <td class={`outcome-${o.status}`}>{t(`compare.status.${o.status}`)}</td>
                <td data-testid="signature-status">{o.status !== 'rejected' && <SignatureCell outcome={o} trusted={trusted} onTrust={() => setTrusting(o)} />}</td>
                <td>
                  {o.status === 'rejected' ? (
                    <bdi>{refusalText(o)}</bdi>
                  ) : (
                    <bdi>
                      {o.result.organization.name}
                      {o.result.organization.unit ? ` — ${o.result.organization.unit}` : ''}, {o.result.period}
                    </bdi>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {trusting?.result.signature && (
        <ConfirmDialog
          title={t('compare.keys.trustTitle', { organization: trusting.result.organization.name })}
          body={t('compare.keys.trustBody', { organization: trusting.result.organization.name, fingerprint: formatFingerprint(trusting.result.signature.fingerprint) })}
          confirmLabel={t('compare.keys.trust')}
          onConfirm={() => {
            const { fingerprint, publicKey } = trusting.result.signature!;
            setTrusting(null);
            void actions.trustKey({ fingerprint, publicKey, organization: trusting.result.organization.name, via: 'first-use', addedAt: new Date().toISOString() }).then(onTrusted);
          }}
          onCancel={() => setTrusting(null)}
        />
      )}
    </FileDrop>
  );
}

/** Signed by a trusted key / by an unknown key (with "Trust this key") / unsigned; and whether the file came sealed. */
function SignatureCell({ outcome, trusted, onTrust }: { outcome: Extract<FileOutcome, { result: unknown }>; trusted: Props['trusted']; onTrust: () => void }) {
  const { result } = outcome;
  const status = signatureStatus(result, trusted);
  return (
    <>
      <span data-signature={status}>
        {status === 'trusted'
          ? t('compare.signature.trusted', { organization: trusted.get(result.signature!.fingerprint)!.organization })
          : t(`compare.signature.${status}`)}
      </span>
      {result.sealed && <span data-sealed="true"> · {t('compare.signature.sealed')}</span>}
      {status === 'unknown' && (
        <>
          {' '}
          <button type="button" aria-label={t('compare.keys.trustLabel', { file: outcome.file })} onClick={onTrust}>
            {t('compare.keys.trust')}
          </button>
        </>
      )}
    </>
  );
}
