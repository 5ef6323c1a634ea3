import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { HomeActions } from './index.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { Fingerprint } from '../components/Fingerprint.tsx';
import { errorMessage, useLoaded } from '../hooks.ts';
import { PASSPHRASE_MIN_LENGTH, downloadPublicKeyFile } from '../key-files.ts';

/** "My signing key": make one (backed up only with a passphrase), show its fingerprint, hand out its public key file. */
export function SigningKeyPanel({ actions }: { actions: Pick<HomeActions, 'createOwnKey' | 'deleteOwnKey' | 'getOwnKey'> }) {
  const [key, reload] = useLoaded(() => actions.getOwnKey('sign'), []);
  const [organization, setOrganization] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (key.state === 'loading') return <p>{t('common.loading')}</p>;
  if (key.state === 'failed') return <p role="alert">{errorMessage(key.error)}</p>;
  const own = key.value;

  const create = async (event: Event) => {
    event.preventDefault();
    if (!organization.trim()) return setError(t('keys.organizationMissing'));
    if (passphrase && passphrase.length < PASSPHRASE_MIN_LENGTH) return setError(t('keys.passphraseShort'));
    setBusy(true);
    try {
      await actions.createOwnKey('sign', organization.trim(), passphrase || undefined);
      setError('');
      setPassphrase('');
      reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="signing-key">
      <p class="hint">{t('keys.signing.intro')}</p>
      {own ? (
        <>
          <p>
            <bdi>{own.organization}</bdi> — <Fingerprint value={own.fingerprint} />
          </p>
          <p class="hint">{t('keys.signing.readAloud')}</p>
          <p class="hint">{own.wrapped ? t('keys.backedUp') : t('keys.notBackedUp')}</p>
          <div class="actions">
            <button type="button" onClick={() => void downloadPublicKeyFile(own)}>
              {t('keys.signing.download')}
            </button>
            <button type="button" class="danger" onClick={() => setDeleting(true)}>
              {t('keys.signing.delete')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void create(e)}>
          <div class="field">
            <label for="signing-organization">{t('keys.signing.organization')}</label>
            <input id="signing-organization" type="text" maxLength={200} value={organization} onInput={(e) => setOrganization(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="signing-passphrase">{t('keys.passphrase')}</label>
            <input id="signing-passphrase" type="password" autocomplete="new-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {t('keys.signing.create')}
          </button>
        </form>
      )}
      {error && <p role="alert">{error}</p>}
      {deleting && (
        <ConfirmDialog
          title={t('keys.signing.deleteTitle')}
          body={t('keys.signing.deleteBody')}
          confirmLabel={t('keys.signing.delete')}
          onConfirm={() => {
            setDeleting(false);
            void actions.deleteOwnKey('sign').then(reload, (e: unknown) => setError(errorMessage(e)));
          }}
          onCancel={() => setDeleting(false)}
        />
      )}
    </div>
  );
}
