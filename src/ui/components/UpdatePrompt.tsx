import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { registerServiceWorker } from '../../pwa/register.ts';
/** Resolves when every write begun so far has ended (storage's whenWritesSettled, given by the app). */
type WritesSettled = () => Promise<void>;

/** Finishes what the person was doing: a comment being typed is saved on blur, then every write settles. */
async function finishWrites(writesSettled: WritesSettled): Promise<void> {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await writesSettled();
}

/** Says when a new version is ready and applies it only when the person asks. */
export function UpdatePrompt({ writesSettled }: { writesSettled: WritesSettled }) {
  const [apply, setApply] = useState<(() => Promise<void>) | null>(null);
  const [updating, setUpdating] = useState(false);

  useEffect(() => {
    registerServiceWorker({ onUpdateWaiting: (next) => setApply(() => next), beforeUpdate: () => finishWrites(writesSettled) });
  }, []);

  if (!apply) return null;
  return (
    <div class="notice update-prompt" role="status">
      <p>{t('update.ready')}</p>
      <button
        type="button"
        class="primary"
        disabled={updating}
        onClick={() => {
          setUpdating(true);
          void apply();
        }}
      >
        {updating ? t('update.applying') : t('update.reload')}
      </button>
    </div>
  );
}
