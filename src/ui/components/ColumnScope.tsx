import { t } from '../../i18n/index.ts';
import type { Domain, MaturityModel } from '../../model/schema.ts';
import { findElement } from '../../model/walk.ts';
import { modelText } from '../model-text.ts';

/** What a heat map's columns are: the domains ("domains"), or the key elements of one domain ("elements:<domain id>"). */
export type Scope = string;

export interface ColumnScope {
  /** The domain whose key elements are the columns; undefined when the columns are the domains. */
  domain: Domain | undefined;
  /** The title of the total column: the domain's, or the whole model's. */
  totalTitle: string;
  /** The title of a column, a domain or a key element, by its id. */
  columnTitle: (id: string) => string;
}

export function columnScope(model: MaturityModel, scope: Scope): ColumnScope {
  const text = modelText(model);
  const domain = model.domains.find((d) => `elements:${d.id}` === scope);
  const columnTitle = (id: string) => {
    const d = model.domains.find((x) => x.id === id);
    if (d) return text(d.title);
    const e = findElement(model, id)?.element;
    return e ? text(e.title) : id;
  };
  return { domain, totalTitle: domain ? text(domain.title) : t('compare.column.overall'), columnTitle };
}

/** The choice of columns, labelled "View". */
export function ScopeSelect({ id, model, scope, onScope }: { id: string; model: MaturityModel; scope: Scope; onScope: (scope: Scope) => void }) {
  const text = modelText(model);
  return (
    <div class="field inline">
      <label for={id}>{t('compare.view')}</label>
      <select id={id} value={scope} onChange={(e) => onScope(e.currentTarget.value)}>
        <option value="domains">{t('compare.view.domains')}</option>
        {model.domains.map((d) => (
          <option key={d.id} value={`elements:${d.id}`}>
            {t('compare.view.elements', { domain: text(d.title) })}
          </option>
        ))}
      </select>
    </div>
  );
}
