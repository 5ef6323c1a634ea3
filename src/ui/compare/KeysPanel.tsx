import { useState } from 'preact/hooks';
import type { TrustedKey } from '../../exchange/trust.ts';
import { t } from '../../i18n/index.ts';
import type { OwnKey } from '../../exchange/private-key.ts';
import type { CompareActions } from './index.tsx';
import { FileButton } from '../components/FileButton.tsx';
import { Fingerprint } from '../components/Fingerprint.tsx';
import { downloadFile } from '../download.ts';
import { errorMessage } from '../hooks.ts';
import { PASSPHRASE_MIN_LENGTH, downloadPublicKeyFile, readKeyFile, slug } from '../key-files.ts';

interface Props {
  trusted: TrustedKey[];
  sealing: OwnKey | undefined;
  onChanged: () => void;
  actions: Pick<CompareActions, 'createOwnKey' | 'removeTrustedKey' | 'trustKey'>;
}

/** A coordinator's keys: the organizations' signing keys trusted here, and this device's sealing key. */
export function KeysPanel({ trusted, sealing, onChanged, actions }: Props) {
  const [error, setError] = useState('');
  const [organization, setOrganization] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  const importKeyFile = async (files: File[]) => {
    for (const file of files) {
      const read = await readKeyFile(file, 'sign');
      if (!read.ok) return setError(t('compare.keys.badFile', { file: file.name, reason: read.reason }));
      const { fingerprint, organization: owner, publicKey } = read.keyFile;
      await actions.trustKey({ fingerprint, organization: owner, publicKey, via: 'key-file', addedAt: new Date().toISOString() });
    }
    setError('');
    onChanged();
  };

  const createSealing = async (event: Event) => {
    event.preventDefault();
    if (!organization.trim()) return setError(t('keys.organizationMissing'));
    if (passphrase && passphrase.length < PASSPHRASE_MIN_LENGTH) return setError(t('keys.passphraseShort'));
    setBusy(true);
    try {
      await actions.createOwnKey('seal', organization.trim(), passphrase || undefined);
      setPassphrase('');
      setError('');
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="keys-panel">
      <h3>{t('compare.keys.trusted')}</h3>
      {trusted.length === 0 ? (
        <p>{t('compare.keys.none')}</p>
      ) : (
        <table class="trusted-keys">
          <thead>
            <tr>
              <th scope="col">{t('compare.keys.organization')}</th>
              <th scope="col">{t('keys.fingerprint')}</th>
              <th scope="col">{t('compare.keys.via')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('compare.keys.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...trusted]
              .sort((a, b) => a.organization.localeCompare(b.organization))
              .map((key) => (
                <tr key={key.fingerprint}>
                  <th scope="row">
                    <bdi>{key.organization}</bdi>
                  </th>
                  <td>
                    <Fingerprint value={key.fingerprint} />
                  </td>
                  <td>{t(`compare.keys.via.${key.via}`)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('compare.keys.removeLabel', { organization: key.organization })}
                      onClick={() => void actions.removeTrustedKey(key.fingerprint).then(onChanged, (e: unknown) => setError(errorMessage(e)))}
                    >
                      {t('compare.keys.remove')}
                    </button>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <FileButton id="trusted-key-file" label={t('compare.keys.importKey')} accept="application/json,.json" multiple onFiles={(files) => void importKeyFile(files)} />
      </div>

      <h3>{t('compare.keys.sealing')}</h3>
      {sealing ? (
        <>
          <p>
            <bdi>{sealing.organization}</bdi> — <Fingerprint value={sealing.fingerprint} />
          </p>
          <p class="hint">{sealing.wrapped ? t('keys.backedUp') : t('keys.notBackedUp')}</p>
          <div class="actions">
            <button type="button" onClick={() => void downloadPublicKeyFile(sealing)}>
              {t('compare.keys.sealingDownload')}
            </button>
            {sealing.wrapped && (
              <button
                type="button"
                onClick={() => downloadFile(`${slug(sealing.organization)}-sealing-key-private.json`, JSON.stringify(sealing.wrapped, null, 1), 'application/json')}
              >
                {t('compare.keys.sealingExport')}
              </button>
            )}
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void createSealing(e)}>
          <p class="hint">{t('compare.keys.sealingNone')}</p>
          <div class="field">
            <label for="sealing-organization">{t('compare.keys.sealingOrganization')}</label>
            <input id="sealing-organization" type="text" maxLength={200} value={organization} onInput={(e) => setOrganization(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="sealing-passphrase">{t('keys.passphrase')}</label>
            <input id="sealing-passphrase" type="password" autocomplete="new-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {t('compare.keys.sealingCreate')}
          </button>
        </form>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
