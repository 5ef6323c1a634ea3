import { useState } from 'preact/hooks';
import { formatNumber, t } from '../../i18n/index.ts';
import { ActionSchema, type Action, type Assessment } from '../../assessment/schema.ts';
import type { MaturityModel } from '../../model/schema.ts';
import type { Priority } from '../../scoring/gaps.ts';
import { modelText } from '../model-text.ts';

interface Props {
  model: MaturityModel;
  assessment: Assessment;
  priorities: Priority[];
  onSaveAction: (elementId: string, action: Action) => Promise<void>;
}

const STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** The ranked gaps, each with what the model recommends and the action planned for it. */
export function Priorities({ model, assessment, priorities, onSaveAction }: Props) {
  const text = modelText(model);
  if (priorities.length === 0) return <p>{t('results.priorities.none')}</p>;
  return (
    <ol class="priorities" data-testid="priorities">
      {priorities.map((priority) => {
        const domain = model.domains.find((d) => d.id === priority.domainId)!;
        const element = domain.elements.find((e) => e.id === priority.elementId)!;
        const holding = element.questions.find((q) => q.id === priority.holdingQuestionId);
        const sources = element.sources.map((ref) => {
          const source = model.sources.find((s) => s.id === ref.source);
          return ref.detail ? `${source?.citation ?? ref.source} — ${ref.detail}` : (source?.citation ?? ref.source);
        });
        return (
          <li key={priority.elementId} class="priority" data-element-id={priority.elementId}>
            <h3>{text(element.title)}</h3>
            <p class="meta">
              {t('results.priorities.figures', {
                domain: text(domain.title),
                level: priority.achievedLevel,
                target: priority.target,
                gap: formatNumber(priority.gap),
              })}
            </p>
            {holding && priority.holdingLevel !== null && (
              <p class="holding" data-testid="holding" data-question-id={holding.id}>
                {t('results.priorities.holding', { question: text(holding.text), level: priority.holdingLevel })}
              </p>
            )}
            {priority.recommendation && (
              <p class="recommendation">
                <strong>{t('results.priorities.toReach', { level: (priority.holdingLevel ?? priority.achievedLevel) + 1 })}</strong>{' '}
                {text(priority.recommendation)}
              </p>
            )}
            <details>
              <summary>{t('results.priorities.about')}</summary>
              <p>{text(element.description)}</p>
              <ul class="sources">
                {sources.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </details>
            <ActionEditor
              elementId={element.id}
              action={assessment.actions[element.id]}
              locked={assessment.status === 'final'}
              onSave={(action) => onSaveAction(element.id, action)}
            />
          </li>
        );
      })}
    </ol>
  );
}

function ActionEditor({
  elementId,
  action,
  locked,
  onSave,
}: {
  elementId: string;
  action: Action | undefined;
  locked: boolean;
  onSave: (action: Action) => Promise<void>;
}) {
  const [draft, setDraft] = useState<Action>(action ?? { owner: '', due: '', status: 'not-started' });
  const [state, setState] = useState<'idle' | 'saved' | 'failed'>('idle');
  const id = `action-${elementId}`;
  const save = async (next: Action) => {
    setDraft(next);
    const checked = ActionSchema.safeParse(next);
    if (!checked.success) return setState('failed');
    try {
      await onSave(checked.data);
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  return (
    <fieldset class="action" disabled={locked}>
      <legend>{t('results.action.legend')}</legend>
      <div class="action-fields">
        <label for={`${id}-owner`}>{t('results.action.owner')}</label>
        <input
          id={`${id}-owner`}
          type="text"
          maxLength={200}
          value={draft.owner}
          onInput={(e) => setDraft({ ...draft, owner: e.currentTarget.value })}
          onBlur={(e) => void save({ ...draft, owner: e.currentTarget.value })}
        />
        <label for={`${id}-due`}>{t('results.action.due')}</label>
        <input id={`${id}-due`} type="date" value={draft.due} onChange={(e) => void save({ ...draft, due: e.currentTarget.value })} />
        <label for={`${id}-status`}>{t('results.action.status')}</label>
        <select
          id={`${id}-status`}
          value={draft.status}
          onChange={(e) => void save({ ...draft, status: e.currentTarget.value as Action['status'] })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`results.action.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <p class="save-state" aria-live="polite">
        {state === 'saved' ? t('question.saved') : state === 'failed' ? t('results.action.failed') : ''}
      </p>
    </fieldset>
  );
}
