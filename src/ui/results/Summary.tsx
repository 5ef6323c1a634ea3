import { formatPercent, formatScore, t } from '../../i18n/index.ts';
import type { MaturityModel } from '../../model/schema.ts';
import type { Summary as SummaryFigures } from '../../scoring/gaps.ts';
import { modelText } from '../model-text.ts';

/** The generated summary: a few sentences a board can read. */
export function Summary({ model, summary }: { model: MaturityModel; summary: SummaryFigures }) {
  const text = modelText(model);
  const domainTitle = (id: string | null) => {
    const domain = model.domains.find((d) => d.id === id);
    return domain ? text(domain.title) : t('results.none');
  };
  const level = summary.overallLevel;
  return (
    <div class="summary" data-testid="summary">
      {summary.lowCoverage && (
        <p class="notice" role="note">
          {t('results.summary.lowCoverage', { coverage: formatPercent(summary.coverage) })}
        </p>
      )}
      <p>
        {level === null
          ? t('results.summary.nothing')
          : t('results.summary.overall', {
              level,
              name: text(model.scale.find((s) => s.level === level)!.name),
              score: formatScore(summary.overallScore ?? 0),
              coverage: formatPercent(summary.coverage),
            })}
      </p>
      {summary.strongestDomainId && summary.weakestDomainId && summary.strongestDomainId !== summary.weakestDomainId && (
        <p>{t('results.summary.domains', { strongest: domainTitle(summary.strongestDomainId), weakest: domainTitle(summary.weakestDomainId) })}</p>
      )}
      <p>{t('results.summary.belowTarget', { count: summary.belowTarget, assessed: summary.assessedElements })}</p>
    </div>
  );
}
