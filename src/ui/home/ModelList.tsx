import { t } from '../../i18n/index.ts';
import type { MaturityModel } from '../../model/schema.ts';
import { modelText, questionCount } from '../model-text.ts';

export function ModelList({ models }: { models: MaturityModel[] }) {
  return (
    <ul class="model-list">
      {models.map((model) => {
        const text = modelText(model);
        const elements = model.domains.reduce((n, d) => n + d.elements.length, 0);
        return (
          <li key={`${model.id}@${model.version}`}>
            <h3>{text(model.title)}</h3>
            <p class="meta">
              {t('model.version', { version: model.version })} ·{' '}
              {t('model.size', { domains: model.domains.length, elements, questions: questionCount(model) })}
            </p>
            <p>{text(model.description)}</p>
          </li>
        );
      })}
    </ul>
  );
}
