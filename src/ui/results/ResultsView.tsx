import { useRef } from 'preact/hooks';
import { formatPercent, formatScore, t } from '../../i18n/index.ts';
import type { Assessment } from '../../assessment/schema.ts';
import type { Level, MaturityModel } from '../../model/schema.ts';
import type { Figures, ScoreReport } from '../../scoring/score.ts';
import { modelText } from '../model-text.ts';
import { useFocusOnNavigation } from '../navigation.ts';

interface Props {
  assessment: Assessment;
  model: MaturityModel;
  report: ScoreReport;
}

export function ResultsView({ assessment, model, report }: Props) {
  const text = modelText(model);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, assessment.id);
  const levelName = (level: Level | null) =>
    level === null ? t('results.none') : t('results.levelName', { level, name: text(model.scale.find((s) => s.level === level)!.name) });
  const score = (value: number | null) => (value === null ? t('results.none') : formatScore(value));
  const cells = (figures: Figures) => [
    <td key="score" data-cell="score">{score(figures.score)}</td>,
    <td key="level" data-cell="level">{levelName(figures.achievedLevel)}</td>,
    <td key="coverage" data-cell="coverage">
      {formatPercent(figures.coverage)}
    </td>,
  ];
  const { overall } = report;

  return (
    <div class="results">
      <h1 tabIndex={-1} ref={heading}>{t('results.heading', { name: assessment.organization.name, period: assessment.period })}</h1>
      <p class="meta">{t('questionnaire.model', { title: text(model.title), version: model.version })}</p>

      <section aria-labelledby="overall-heading" class="overall">
        <h2 id="overall-heading">{t('results.overall')}</h2>
        <dl class="figures" data-testid="overall">
          <div>
            <dt>{t('results.score')}</dt>
            <dd data-cell="score">{score(overall.score)}</dd>
          </div>
          <div>
            <dt>{t('results.achievedLevel')}</dt>
            <dd data-cell="level">{levelName(overall.achievedLevel)}</dd>
          </div>
          <div>
            <dt>{t('results.coverage')}</dt>
            <dd data-cell="coverage">{formatPercent(overall.coverage)}</dd>
          </div>
        </dl>
        {overall.coverage < 1 && (
          <p class="notice">{t('results.provisional', { answered: overall.answered, total: overall.total })}</p>
        )}
        <p class="hint">{t('results.rules')}</p>
      </section>

      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading">{t('results.byDomain')}</h2>
        <div class="table-scroll">
          <table class="scores">
            <caption class="visually-hidden">{t('results.byDomain')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.column.area')}</th>
                <th scope="col">{t('results.score')}</th>
                <th scope="col">{t('results.achievedLevel')}</th>
                <th scope="col">{t('results.coverage')}</th>
              </tr>
            </thead>
            {report.domains.map((domainScore) => {
              const domain = model.domains.find((d) => d.id === domainScore.domainId)!;
              return (
                <tbody key={domain.id}>
                  <tr class="domain-row" data-domain-id={domain.id}>
                    <th scope="row">{text(domain.title)}</th>
                    {cells(domainScore)}
                  </tr>
                  {domainScore.elements.map((elementScore) => {
                    const element = domain.elements.find((e) => e.id === elementScore.elementId)!;
                    return (
                      <tr class="element-row" key={element.id} data-element-id={element.id}>
                        <th scope="row">
                          <a href={`/assessments/${assessment.id}/${element.id}`}>{text(element.title)}</a>
                        </th>
                        {cells(elementScore)}
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
          </table>
        </div>
      </section>

      {report.frameworks.map((frameworkScore) => {
        const framework = model.frameworks.find((f) => f.id === frameworkScore.frameworkId)!;
        const headingId = `framework-${framework.id}`;
        return (
          <section key={framework.id} aria-labelledby={headingId}>
            <h2 id={headingId}>{t('results.byFramework', { title: text(framework.title) })}</h2>
            <div class="table-scroll">
              <table class="scores">
                <thead>
                  <tr>
                    <th scope="col">{text(framework.title)}</th>
                    <th scope="col">{t('results.score')}</th>
                    <th scope="col">{t('results.achievedLevel')}</th>
                    <th scope="col">{t('results.column.elements')}</th>
                  </tr>
                </thead>
                <tbody>
                  {frameworkScore.values.map((valueScore) => {
                    const value = framework.values.find((v) => v.id === valueScore.valueId)!;
                    return (
                      <tr key={value.id}>
                        <th scope="row">{text(value.title)}</th>
                        <td>{score(valueScore.score)}</td>
                        <td>{levelName(valueScore.achievedLevel)}</td>
                        <td>{valueScore.elementIds.length}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <p>
        <a href={`/assessments/${assessment.id}`}>{t('results.backToQuestions')}</a>
      </p>
    </div>
  );
}
