import { useState } from 'preact/hooks';
import { formatFingerprint } from '../../exchange/keys.ts';
import { t } from '../../i18n/index.ts';
import type { KeyUse } from '../../exchange/keys.ts';
import type { OwnKey } from '../../exchange/private-key.ts';

/** This device's key for a use, if it has one (storage's getOwnKey, given by the page). */
export type OwnKeyOf = (use: KeyUse) => Promise<OwnKey | undefined>;
import { FileButton } from '../components/FileButton.tsx';
import { downloadFile } from '../download.ts';
import { errorMessage, useLoaded } from '../hooks.ts';
import { readKeyFile } from '../key-files.ts';
import type { ExportInput } from './result-export.ts';

/** "Export signed" (when this device has a signing key) and "Export sealed for a coordinator…" (given their key file). */
export function ExchangeActions({ input, ownKey }: { input: ExportInput; ownKey: OwnKeyOf }) {
  const [signing] = useLoaded(() => ownKey('sign'), []);
  const [message, setMessage] = useState<{ text?: string; sealedFor?: { fingerprint: string; organization: string }; error?: boolean } | null>(null);
  const hasKey = signing.state === 'ready' && signing.value !== undefined;

  const exportSigned = async () => {
    try {
      const signer = await ownKey('sign');
      if (!signer) return setMessage({ text: t('results.noSigningKey'), error: true });
      const { name, text } = await (await import('./result-export.ts')).exportResultFile(input, signer);
      downloadFile(name, text, 'application/json');
      setMessage(null);
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  };
  const exportSealed = async (file: File | undefined) => {
    if (!file) return;
    const key = await readKeyFile(file, 'seal');
    if (!key.ok) return setMessage({ text: t('results.sealBadKey', { file: file.name, reason: key.reason }), error: true });
    try {
      const { name, text } = await (await import('./result-export.ts')).exportSealedFile(input, key.keyFile.publicKey, await ownKey('sign'));
      downloadFile(name, text, 'application/json');
      setMessage({ sealedFor: { fingerprint: key.keyFile.fingerprint, organization: key.keyFile.organization } });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  };

  return (
    <div class="exchange-actions">
      <div class="actions">
        {hasKey && (
          <button type="button" onClick={() => void exportSigned()}>
            {t('results.exportSigned')}
          </button>
        )}
        <FileButton id="seal-key-file" label={t('results.exportSealed')} accept="application/json,.json" onFiles={(files) => void exportSealed(files[0])} />
      </div>
      <p class="hint">{t('results.sealHint')}</p>
      <div role="status">
        {message?.sealedFor && (
          <p data-testid="sealed-for">
            {t('results.sealed', { fingerprint: formatFingerprint(message.sealedFor.fingerprint), organization: message.sealedFor.organization })}
          </p>
        )}
      </div>
      {message?.error && <p role="alert">{message.text}</p>}
    </div>
  );
}
