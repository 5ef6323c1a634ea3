import { t } from '../../i18n/index.ts';
import { FileButton } from '../components/FileButton.tsx';

interface Props {
  /** Why the last package chosen could not be opened, worded; empty when none. */
  refusal: string;
  onFile: (file: File) => void;
}

/** A respondent's way into a panel: open the package the lead sent, answer on this device. */
export function ContributionPackagePanel({ refusal, onFile }: Props) {
  return (
    <div class="contribution-package" data-testid="contribution-package">
      <p id="contribution-package-intro">{t('contribution.openIntro')}</p>
      <div class="actions">
        <FileButton
          id="contribution-package-file"
          label={t('contribution.open')}
          accept="application/json,.json"
          describedBy="contribution-package-intro"
          onFiles={(files) => files[0] && onFile(files[0])}
        />
      </div>
      {refusal && <p role="alert">{refusal}</p>}
    </div>
  );
}
