import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { ACTION_TEXT_MAX_LENGTH, ActionSchema, type Action } from '../../assessment/schema.ts';
import { usePageHide } from '../hooks.ts';

const STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** How long typing may pause before the text is saved, as for comments in the questionnaire. */
const TEXT_SAVE_DELAY_MS = 700;

type SaveState = 'empty' | 'unsaved' | 'saving' | 'saved' | 'failed';

interface Props {
  elementId: string;
  action: Action | undefined;
  locked: boolean;
  onSave: (action: Action) => Promise<void>;
  /** Writes the action at once as the page goes away (no time to read first); false when it could not. */
  onSaveBeforeUnload: (action: Action) => boolean;
}

/**
 * The action plan's row for one key element: what will be done, by whom,
 * by when, and how far it is. Saved as it is typed (after a pause, and when
 * a field is left, or the page goes away), with the same "Saved" as the
 * answers. The printout shows the same row as text.
 */
export function ActionPlan({ elementId, action, locked, onSave, onSaveBeforeUnload }: Props) {
  const [draft, setDraft] = useState<Action>(action ?? { action: '', owner: '', due: '', status: 'not-started' });
  const [state, setState] = useState<SaveState>(action ? 'saved' : 'empty');
  const latest = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // One write at a time, in the order they were asked for: the last one holds what was typed last.
  const queue = useRef<Promise<void>>(Promise.resolve());
  // What storage holds: anything else when the page goes away (a reload, a closed tab) is written then, in
  // the same task; a write that waits for the pause, or for a read, would never be made.
  const stored = useRef<Action>(draft);
  usePageHide(() => {
    if (locked || sameAction(stored.current, latest.current)) return;
    const checked = ActionSchema.safeParse(latest.current);
    if (checked.success && onSaveBeforeUnload(checked.data)) {
      clearTimeout(timer.current);
      stored.current = checked.data;
    }
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const id = `action-${elementId}`;

  const save = () => {
    clearTimeout(timer.current);
    const checked = ActionSchema.safeParse(latest.current);
    if (!checked.success) return setState('failed');
    setState('saving');
    queue.current = queue.current.then(() =>
      onSave(checked.data).then(
        () => {
          stored.current = checked.data;
          setState((now) => (sameAction(latest.current, checked.data) ? 'saved' : now));
        },
        () => setState('failed'),
      ),
    );
  };
  const change = (next: Action, when: 'now' | 'after-typing') => {
    latest.current = next;
    setDraft(next);
    if (when === 'now') return save();
    setState('unsaved');
    clearTimeout(timer.current);
    timer.current = setTimeout(save, TEXT_SAVE_DELAY_MS);
  };

  return (
    <>
      <fieldset class="action" disabled={locked}>
        <legend>{t('results.action.legend')}</legend>
        <div class="action-fields">
          <label for={`${id}-what`}>{t('results.action.what')}</label>
          <textarea
            id={`${id}-what`}
            rows={2}
            maxLength={ACTION_TEXT_MAX_LENGTH}
            value={draft.action ?? ''}
            onInput={(e) => change({ ...latest.current, action: e.currentTarget.value }, 'after-typing')}
            onBlur={() => state === 'unsaved' && save()}
          />
          <label for={`${id}-owner`}>{t('results.action.owner')}</label>
          <input
            id={`${id}-owner`}
            type="text"
            maxLength={200}
            value={draft.owner}
            onInput={(e) => change({ ...latest.current, owner: e.currentTarget.value }, 'after-typing')}
            onBlur={() => state === 'unsaved' && save()}
          />
          <label for={`${id}-due`}>{t('results.action.due')}</label>
          <input id={`${id}-due`} type="date" value={draft.due} onChange={(e) => change({ ...latest.current, due: e.currentTarget.value }, 'now')} />
          <label for={`${id}-status`}>{t('results.action.status')}</label>
          <select id={`${id}-status`} value={draft.status} onChange={(e) => change({ ...latest.current, status: e.currentTarget.value as Action['status'] }, 'now')}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`results.action.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <p class={`save-state ${state}`} role="status" data-state={state}>
          {state === 'saved'
            ? t('question.saved')
            : state === 'saving'
              ? t('question.saving')
              : state === 'unsaved'
                ? t('results.action.unsaved')
                : state === 'failed'
                  ? t('results.action.failed')
                  : ''}
        </p>
      </fieldset>
      <ActionPrint action={draft} />
    </>
  );
}

function sameAction(a: Action, b: Action): boolean {
  return (a.action ?? '').trim() === (b.action ?? '').trim() && a.owner.trim() === b.owner.trim() && a.due === b.due && a.status === b.status;
}

/** The row as the printed report gives it. */
function ActionPrint({ action }: { action: Action }) {
  const planned = Boolean(action.action?.trim() || action.owner.trim() || action.due);
  return (
    <div class="action-print print-only">
      <p class="action-print-title">{t('results.action.legend')}</p>
      {planned ? (
        <dl>
          <dt>{t('results.action.what')}</dt>
          <dd>{action.action?.trim() || t('results.none')}</dd>
          <dt>{t('results.action.owner')}</dt>
          <dd>{action.owner.trim() || t('results.none')}</dd>
          <dt>{t('results.action.due')}</dt>
          <dd>{action.due || t('results.none')}</dd>
          <dt>{t('results.action.status')}</dt>
          <dd>{t(`results.action.status.${action.status}`)}</dd>
        </dl>
      ) : (
        <p>{t('results.action.none')}</p>
      )}
    </div>
  );
}
