import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
/** Calls back with the number of writes under way whenever it changes; returns how to stop (storage's onPendingWrites, given by the app). */
type PendingWrites = (listener: (pending: number) => void) => () => void;
import { onFailedSaves } from '../unsaved.ts';

/** Writes shorter than this are not announced as "Saving…", so the header does not flicker at every answer. */
const SAVING_NOTICE_DELAY_MS = 300;

/** Online or offline, and whether every change is saved: always visible in the header. */
export function StatusBar({ pendingWrites }: { pendingWrites: PendingWrites }) {
  const [online, setOnline] = useState(navigator.onLine);
  const [pending, setPending] = useState(0);
  const [failed, setFailed] = useState(0);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopPending = pendingWrites((count) => {
      clearTimeout(timer);
      if (count === 0) setPending(0);
      else timer = setTimeout(() => setPending(count), SAVING_NOTICE_DELAY_MS);
    });
    const stopFailed = onFailedSaves(setFailed);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
      clearTimeout(timer);
      stopPending();
      stopFailed();
    };
  }, []);

  const saveState = failed > 0 ? 'failed' : pending > 0 ? 'saving' : 'saved';
  return (
    <div class="status-bar">
      <span class={`status-online ${online ? 'online' : 'offline'}`} data-state={online ? 'online' : 'offline'}>
        {online ? t('status.online') : t('status.offline')}
      </span>
      <span class={`status-saved ${saveState}`} data-state={saveState}>
        {saveState === 'failed'
          ? t('questionnaire.notSaved', { count: failed })
          : saveState === 'saving'
            ? t('question.saving')
            : t('questionnaire.allSaved')}
      </span>
    </div>
  );
}
