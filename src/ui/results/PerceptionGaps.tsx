import { formatNumber, t } from '../../i18n/index.ts';
import type { MaturityModel } from '../../model/schema.ts';
import type { Perception } from '../../panel/perception.ts';
import { modelText } from '../model-text.ts';
import { roleName } from '../panel/roles.ts';
import { perceptionRows } from './perception-rows.ts';

/** A median level: a half level where two respondents of a role are one level apart. */
const medianText = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });

/**
 * How each role of the panel sees each key element (the median of its
 * respondents' levels), and the largest gap between two roles: where ICT
 * sees level 3 and the business sees 1, the conversation to have.
 */
export function PerceptionGaps({ model, perception }: { model: MaturityModel; perception: Perception }) {
  const text = modelText(model);
  const { roles, rows } = perceptionRows(perception);
  const titles = new Map(model.domains.flatMap((d) => d.elements.map((e) => [e.id, text(e.title)] as const)));
  return (
    <section aria-labelledby="perception-heading" class="page-break-before">
      <h2 id="perception-heading">{t('gaps.heading')}</h2>
      <p class="hint">{t('gaps.intro')}</p>
      {perception.gaps.length === 0 && <p>{t('gaps.none')}</p>}
      <div class="table-scroll" role="region" aria-labelledby="perception-caption" tabIndex={0}>
        <table class="perception" data-testid="perception-gaps">
          <caption id="perception-caption">{t('gaps.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.column.element')}</th>
              {roles.map((role) => (
                <th scope="col" key={role}>
                  {roleName(role)}
                </th>
              ))}
              <th scope="col">{t('gaps.column.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ element, gap }) => (
                <tr key={element.elementId} data-element-id={element.elementId}>
                  <th scope="row">{titles.get(element.elementId)}</th>
                  {roles.map((role) => {
                    const value = element.roles.find((r) => r.role === role)?.median;
                    return <td key={role}>{value === undefined ? t('gaps.noRole') : medianText(value)}</td>;
                  })}
                  <td data-cell="gap">
                    {gap
                      ? t('gaps.gap', { high: roleName(gap.high.role), highLevel: medianText(gap.high.median), low: roleName(gap.low.role), lowLevel: medianText(gap.low.median) })
                      : t('gaps.noRole')}
                  </td>
                </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
