import { useEffect, useState } from 'preact/hooks';
import { formatNumber, formatPercent, t } from '../../i18n/index.ts';
import { catalogueOf } from '../../exchange/model-identity.ts';
import type { Backup, BackupProblem, RestorePlan } from '../../exchange/backup-file.ts';
import type { HomeActions } from './index.tsx';
import { FileButton } from '../components/FileButton.tsx';
import { downloadFile } from '../download.ts';
import { problemMessage } from '../problem.ts';
import { errorMessage } from '../hooks.ts';

interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStorageState(): Promise<StorageState> {
  const storage = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

function megabytes(bytes: number): string {
  return formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 });
}

function download(backup: Backup): void {
  downloadFile(`ict-governance-backup-${backup.createdAt.slice(0, 10)}.json`, JSON.stringify(backup, null, 1), 'application/json');
}

type Restore =
  | { step: 'idle' }
  | { step: 'invalid'; file: string; problems: BackupProblem[] }
  | { step: 'confirm'; file: string; backup: Backup; plan: RestorePlan }
  | { step: 'done'; plan: RestorePlan }
  | { step: 'failed'; message: string };

/** This device: whether its storage is kept, how much is used, and a backup to move or keep everything. */
export function DevicePanel({ onRestored, actions }: { onRestored: () => void; actions: HomeActions['backup'] }) {
  const [storage, setStorage] = useState<StorageState | null>(null);
  const [restore, setRestore] = useState<Restore>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [passphrase, setPassphrase] = useState('');

  useEffect(() => {
    void readStorageState().then(setStorage);
  }, [restore.step]);

  const backUp = async () => {
    setBusy(true);
    try {
      download(await actions.createBackup(__APP_VERSION__));
    } catch (error) {
      setRestore({ step: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > actions.maxBytes) {
      setRestore({ step: 'invalid', file: file.name, problems: [{ code: 'backup.too-large', path: '$' }] });
      return;
    }
    const checked = await actions.parseBackup(await file.text());
    if (!checked.ok) {
      setRestore({ step: 'invalid', file: file.name, problems: checked.problems });
      return;
    }
    const conflicts = await actions.checkBackupModels(checked.backup, catalogueOf(await actions.loadAvailableModels()));
    if (conflicts.length) {
      setRestore({ step: 'invalid', file: file.name, problems: conflicts });
      return;
    }
    setPassphrase('');
    setRestore({ step: 'confirm', file: file.name, backup: checked.backup, plan: await actions.planRestore(checked.backup) });
  };

  const confirm = async (backup: Backup, plan: RestorePlan) => {
    setBusy(true);
    try {
      await actions.applyRestore(backup, passphrase || undefined);
      setRestore({ step: 'done', plan });
      onRestored();
    } catch (error) {
      setRestore({ step: 'failed', message: actions.isWrongPassphrase(error) ? t('device.keysWrong') : errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="device-panel">
      {storage ? (
        <p data-testid="storage-status">
          {storage.persisted ? t('device.persisted') : t('device.notPersisted')}{' '}
          {storage.usage !== null &&
            storage.quota !== null &&
            t('device.usage', {
              used: megabytes(storage.usage),
              quota: megabytes(storage.quota),
              percent: formatPercent(storage.quota ? storage.usage / storage.quota : 0),
            })}
        </p>
      ) : (
        // Until the browser answers, the same sentence holds the place, unseen, so that nothing below moves when it comes.
        <p class="placeholder" aria-hidden="true">
          {t('device.notPersisted')} {t('device.usage', { used: megabytes(0), quota: megabytes(0), percent: formatPercent(0) })}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={backUp} disabled={busy}>
          {t('device.backup')}
        </button>
        <FileButton id="restore-file" label={t('device.restore')} accept="application/json,.json" onFiles={(files) => void chooseFile(files[0])} />
      </div>
      <p class="hint">{t('device.backupHint')}</p>
      <div role="status">
        {restore.step === 'done' && <p>{t('device.restored', { ...restore.plan })}</p>}
      </div>
      {restore.step === 'failed' && <p role="alert">{restore.message}</p>}
      {restore.step === 'invalid' && (
        <div role="alert" class="notice">
          <p>{t('device.invalid', { file: restore.file })}</p>
          <ul>
            {restore.problems.map((p, i) => (
              <li key={i}>
                <code dir="ltr">{p.path}</code>: {problemMessage(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {restore.step === 'confirm' && (
        <div class="notice restore-preview" role="group" aria-labelledby="restore-heading">
          <h3 id="restore-heading">{t('device.previewTitle', { file: restore.file })}</h3>
          <p>{t('device.preview', { ...restore.plan })}</p>
          {restore.plan.keys > 0 && (
            <div class="field">
              <label for="restore-passphrase">{t('device.keysPassphrase', { count: restore.plan.keys })}</label>
              <input id="restore-passphrase" type="password" autocomplete="current-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
            </div>
          )}
          <div class="actions">
            <button type="button" onClick={() => setRestore({ step: 'idle' })}>
              {t('common.cancel')}
            </button>
            <button type="button" class="primary" disabled={busy} onClick={() => void confirm(restore.backup, restore.plan)}>
              {t('device.restoreConfirm')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
