import { formatFingerprint } from '../../exchange/keys.ts';
import { t } from '../../i18n/index.ts';

/** A key's fingerprint, in groups of four, always left to right (it is read aloud and compared character by character). */
export function Fingerprint({ value }: { value: string }) {
  return (
    <span class="fingerprint">
      {t('keys.fingerprint')}:{' '}
      <code dir="ltr" data-testid="fingerprint">
        {formatFingerprint(value)}
      </code>
    </span>
  );
}
