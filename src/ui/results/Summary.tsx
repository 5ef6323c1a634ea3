import { formatNumber, formatPercent, t } from '../../i18n/index.ts';
import { highestLevel, type MaturityModel } from '../../model/schema.ts';
import { organizationSteps, type Summary as SummaryFigures } from '../../scoring/gaps.ts';
import type { ScoreReport } from '../../scoring/score.ts';
import { formatIndex, levelLabel, modelText } from '../model-text.ts';

interface Props {
  model: MaturityModel;
  report: ScoreReport;
  summary: SummaryFigures;
}

/**
 * The generated summary a board can read: the level the tool states, the
 * index beside it, the weakest domain and the profile of key elements by
 * level, so a missing foundation stays in plain view; and how it was rated.
 */
export function Summary({ model, report, summary }: Props) {
  const text = modelText(model);
  const domainTitle = (id: string | null) => {
    const domain = model.domains.find((d) => d.id === id);
    return domain ? text(domain.title) : t('results.none');
  };
  const scaleName = (level: number) => {
    const scale = model.scale.find((s) => s.level === level);
    return scale ? text(scale.name) : '';
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
              name: scaleName(level),
              score: formatIndex(summary.overallScore),
              max: highestLevel(model),
            })}
      </p>
      {level !== null && !summary.complete && summary.profile.notRated > 0 && (
        <p class="notice" data-testid="provisional">
          {t('results.summary.provisional', { count: summary.profile.notRated })}
        </p>
      )}
      {summary.weakestDomainId && summary.weakestDomainLevel !== null && (
        <p data-testid="weakest-domain">
          {t('results.summary.weakest', {
            domain: domainTitle(summary.weakestDomainId),
            level: summary.weakestDomainLevel,
            name: scaleName(summary.weakestDomainLevel),
          })}
        </p>
      )}
      {summary.strongestDomainId && summary.strongestDomainLevel !== null && summary.strongestDomainId !== summary.weakestDomainId && (
        <p>
          {t('results.summary.strongest', {
            domain: domainTitle(summary.strongestDomainId),
            level: summary.strongestDomainLevel,
            name: scaleName(summary.strongestDomainLevel),
          })}
        </p>
      )}
      <p>{t('results.summary.belowTarget', { count: summary.belowTarget, assessed: summary.assessedElements })}</p>
      <LevelProfileTable model={model} summary={summary} />
      <HowRated model={model} report={report} />
    </div>
  );
}

/** How many key elements stand at each level: the capability profile. */
function LevelProfileTable({ model, summary }: { model: MaturityModel; summary: SummaryFigures }) {
  const { profile } = summary;
  const most = Math.max(1, ...profile.levels.map((l) => l.elements), profile.notRated);
  const bar = (count: number) => <span class="profile-bar" style={{ inlineSize: `${(count / most) * 100}%` }} aria-hidden="true" />;
  return (
    <table class="profile" data-testid="profile">
      <caption>{t('results.profile')}</caption>
      <tbody>
        {[...profile.levels].reverse().map(({ level, elements }) => (
          <tr key={level} data-level={level}>
            <th scope="row">{levelLabel(model, level)}</th>
            <td class="profile-count">{formatNumber(elements)}</td>
            <td class="profile-graph">{bar(elements)}</td>
          </tr>
        ))}
        {profile.notRated > 0 && (
          <tr data-level="not-rated">
            <th scope="row">{t('results.profile.notRated')}</th>
            <td class="profile-count">{formatNumber(profile.notRated)}</td>
            <td class="profile-graph">{bar(profile.notRated)}</td>
          </tr>
        )}
        {profile.notApplicable > 0 && (
          <tr data-level="not-applicable">
            <th scope="row">{t('results.profile.notApplicable')}</th>
            <td class="profile-count">{formatNumber(profile.notApplicable)}</td>
            <td class="profile-graph" />
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** "How was this rated?": the rules the model declares, in words, and the organization's figures level by level. */
function HowRated({ model, report }: { model: MaturityModel; report: ScoreReport }) {
  const { rating } = model;
  const steps = organizationSteps(model, report);
  return (
    <details class="how-rated" data-testid="how-rated">
      <summary>{t('results.howRated')}</summary>
      <p>
        {rating.element === 'nplf'
          ? t('results.howRated.element.nplf', { largely: formatNumber(rating.bands.largely), fully: formatNumber(rating.bands.fully) })
          : t('results.howRated.element.all')}{' '}
        {rating.domain === 'nplf' ? t('results.howRated.domain.nplf') : t('results.howRated.domain.all')}
      </p>
      <p>{t('results.howRated.organization')}</p>
      <table class="scores compact">
        <caption>{t('results.howRated.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.howRated.level')}</th>
            <th scope="col">{t('results.howRated.reaching')}</th>
            <th scope="col">{t('results.howRated.share')}</th>
            <th scope="col">{t('results.howRated.rating')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.level}>
              <th scope="row">{levelLabel(model, step.level)}</th>
              <td>{`${formatNumber(step.reaching)} / ${formatNumber(step.of)}`}</td>
              <td>{formatPercent(step.share)}</td>
              <td>{t(`results.howRated.${step.achievement}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('results.howRated.index')}</p>
    </details>
  );
}
