import { formatNumber, formatPercent, t } from '../../i18n/index.ts';
import { isLocked } from '../../assessment/lock.ts';
import type { Assessment } from '../../assessment/schema.ts';
import { scaleLevels, type Level, type MaturityModel } from '../../model/schema.ts';
import { explainDomain, explainElement } from '../../scoring/gaps.ts';
import { elementScoresOf, isNotApplicable, type AnswerLookup, type Figures, type ScoreReport } from '../../scoring/score.ts';
import { isLowConfidence, type Confidence, type ConfidenceSummary } from '../../scoring/confidence.ts';
import { formatIndex, indexLabel, levelLabel, modelText } from '../model-text.ts';
import { Later } from '../components/Later.tsx';

interface Props {
  assessment: Assessment;
  model: MaturityModel;
  report: ScoreReport;
  answers: AnswerLookup;
  /** How far each level rests on verified evidence, shown beside it. */
  confidence: ConfidenceSummary;
  targets: ReadonlyMap<string, Level>;
  previous: ScoreReport | null;
  onTargets: (targets: Record<string, Level | null>) => void;
}

/** Scores, levels, coverage and targets for every domain and element, with why each level is what it is. */
export function ScoresTable({ assessment, model, report, answers, confidence, targets, previous, onTargets }: Props) {
  const text = modelText(model);
  const locked = isLocked(assessment);
  // A level, or why there is none: not rated yet (questions unanswered) or not applicable throughout.
  const levelName = (figures: Figures) =>
    figures.achievedLevel !== null
      ? levelLabel(model, figures.achievedLevel)
      : isNotApplicable(figures)
        ? t('results.profile.notApplicable')
        : figures.answered > 0 || figures.total > 0
          ? t('results.notRated')
          : t('results.none');
  const change = (now: number | null, before: number | null | undefined) =>
    now === null || before === null || before === undefined
      ? t('results.none')
      : formatNumber(now - before, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const questionText = (id: string) => {
    for (const d of model.domains) for (const e of d.elements) for (const q of e.questions) if (q.id === id) return text(q.text);
    return id;
  };
  const cells = (figures: Figures, trust: Confidence | undefined) => [
    <td key="level" data-cell="level">{levelName(figures)}</td>,
    <td key="confidence" data-cell="confidence">
      <ConfidenceText level={figures.achievedLevel} confidence={trust} />
    </td>,
    <td key="score" data-cell="score">{formatIndex(figures.score)}</td>,
    <td key="coverage" data-cell="coverage">{formatPercent(figures.coverage)}</td>,
  ];

  return (
    <div class="table-scroll">
      <table class="scores">
        <caption class="visually-hidden">{t('results.byDomain')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.column.area')}</th>
            <th scope="col">{t('results.achievedLevel')}</th>
            <th scope="col">{t('results.confidence')}</th>
            <th scope="col">{indexLabel(model)}</th>
            <th scope="col">{t('results.coverage')}</th>
            <th scope="col">{t('results.target')}</th>
            {previous && <th scope="col">{t('results.change')}</th>}
          </tr>
        </thead>
        {report.domains.map((domainScore) => {
          const domain = model.domains.find((d) => d.id === domainScore.domainId)!;
          const why = explainDomain(model, domain, report);
          const domainTargetId = `target-domain-${domain.id}`;
          // A domain's rows at a time, each in its own short task (a whole model's table was one long one).
          return (
            <Later key={domain.id} offScreen>
            <tbody>
              <tr class="domain-row" data-domain-id={domain.id}>
                <th scope="row">
                  {text(domain.title)}
                  {why.level !== null && why.liftTo !== null && (
                    <p class="why">
                      {t('results.why.domain', {
                        level: why.level,
                        elements: why.holdingElements
                          .map((id) => text(domain.elements.find((e) => e.id === id)!.title))
                          .join('; '),
                      })}
                    </p>
                  )}
                </th>
                {cells(domainScore, confidence.domains[domain.id])}
                <td>
                  <label class="visually-hidden" for={domainTargetId}>
                    {t('results.targetAll', { domain: text(domain.title) })}
                  </label>
                  <select
                    id={domainTargetId}
                    disabled={locked}
                    value=""
                    onChange={(e) => {
                      const level = Number(e.currentTarget.value);
                      onTargets(Object.fromEntries(domain.elements.map((el) => [el.id, level])));
                    }}
                  >
                    <option value="">{t('results.targetAllOption')}</option>
                    <LevelOptions model={model} />
                  </select>
                </td>
                {previous && (
                  <td data-cell="change">{change(domainScore.score, previous.domains.find((d) => d.domainId === domain.id)?.score)}</td>
                )}
              </tr>
              {domainScore.elements.map((elementScore) => {
                const element = domain.elements.find((e) => e.id === elementScore.elementId)!;
                const explanation = explainElement(model, element, answers);
                const targetId = `target-${element.id}`;
                const before = previous && elementScoresOf(previous).find((e) => e.elementId === element.id)?.score;
                return (
                  <tr class="element-row" key={element.id} data-element-id={element.id}>
                    <th scope="row">
                      <a href={`/assessments/${assessment.id}/${element.id}`}>{text(element.title)}</a>
                      {explanation.level !== null && explanation.holding.length > 0 && (
                        <details class="why">
                          <summary>{t('results.why.summary')}</summary>
                          <p>{t('results.why.holding', { level: explanation.level })}</p>
                          <ul>
                            {explanation.holding.map((id) => (
                              <li key={id}>{questionText(id)}</li>
                            ))}
                          </ul>
                          {explanation.liftTo !== null && <p>{t('results.why.lift', { level: explanation.liftTo })}</p>}
                        </details>
                      )}
                    </th>
                    {cells(elementScore, confidence.elements[element.id])}
                    <td>
                      <label class="visually-hidden" for={targetId}>
                        {t('results.targetFor', { element: text(element.title) })}
                      </label>
                      <select
                        id={targetId}
                        data-cell="target"
                        disabled={locked}
                        value={String(targets.get(element.id) ?? element.defaultTarget)}
                        onChange={(e) => onTargets({ [element.id]: Number(e.currentTarget.value) })}
                      >
                        <LevelOptions model={model} />
                      </select>
                    </td>
                    {previous && <td data-cell="change">{change(elementScore.score, before)}</td>}
                  </tr>
                );
              })}
            </tbody>
            </Later>
          );
        })}
      </table>
    </div>
  );
}

/** "40 % (2 of 5)", flagged "Low confidence" when a level of 3 or above rests on less than half; "nothing to back" without claims. */
export function ConfidenceText({ level, confidence }: { level: number | null; confidence: Confidence | undefined }) {
  if (!confidence || confidence.share === null) return <span class="confidence none">{t('results.confidence.none')}</span>;
  const low = isLowConfidence(level, confidence);
  return (
    <span class={low ? 'confidence low' : 'confidence'}>
      {t('results.confidence.share', { percent: formatPercent(confidence.share), supported: confidence.supported, claims: confidence.claims })}
      {low && (
        <>
          {' '}
          <strong class="confidence-flag" data-testid="low-confidence">
            {t('results.confidence.low')}
          </strong>
        </>
      )}
    </span>
  );
}

function LevelOptions({ model }: { model: MaturityModel }) {
  return (
    <>
      {scaleLevels(model).map((level) => (
        <option key={level} value={level}>
          {level}
        </option>
      ))}
    </>
  );
}
