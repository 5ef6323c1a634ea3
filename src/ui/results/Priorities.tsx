import { formatNumber, t } from '../../i18n/index.ts';
import { isLocked } from '../../assessment/lock.ts';
import type { Action, Assessment } from '../../assessment/schema.ts';
import type { MaturityModel } from '../../model/schema.ts';
import type { Priority } from '../../scoring/gaps.ts';
import { modelText } from '../model-text.ts';
import { ActionPlan } from './ActionPlan.tsx';

interface Props {
  model: MaturityModel;
  assessment: Assessment;
  priorities: Priority[];
  onSaveAction: (elementId: string, action: Action) => Promise<void>;
  onSaveActionBeforeUnload: (elementId: string, action: Action) => boolean;
}

/** The ranked gaps, each with what the model recommends and the action planned for it. */
export function Priorities({ model, assessment, priorities, onSaveAction, onSaveActionBeforeUnload }: Props) {
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
          <li key={priority.elementId} class="priority card" data-element-id={priority.elementId}>
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
            <ActionPlan
              elementId={element.id}
              action={assessment.actions[element.id]}
              locked={isLocked(assessment)}
              onSave={(action) => onSaveAction(element.id, action)}
              onSaveBeforeUnload={(action) => onSaveActionBeforeUnload(element.id, action)}
            />
          </li>
        );
      })}
    </ol>
  );
}
