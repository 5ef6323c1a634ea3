import { printWithCharts } from '../components/Chart.tsx';
import { confidenceSummary } from '../../scoring/confidence.ts';
import { ModelUpdate, type ModelVersions, type MoveAssessment } from './ModelUpdate.tsx';
import { StartFullAssessment } from './StartFullAssessment.tsx';
import { useMemo, useRef, useState } from 'preact/hooks';
import { Later } from '../components/Later.tsx';
import { currentLanguage, formatDateTime, formatPercent, t } from '../../i18n/index.ts';
import type { Action, Answer, Assessment, ReviewEntry } from '../../assessment/schema.ts';
import { reviewOf } from '../../assessment/review.ts';
import { elementsCsv, questionsCsv } from '../../exchange/result-csv.ts';
import type { Level, MaturityModel, Profile } from '../../model/schema.ts';
import { effectiveTargets, rankPriorities, summarize } from '../../scoring/gaps.ts';
import { answerLookup, type ScoreReport } from '../../scoring/score.ts';
import { downloadFile } from '../download.ts';
import { errorMessage } from '../hooks.ts';
import { formatIndex, indexLabel, levelLabel, modelText } from '../model-text.ts';
import { useFocusOnNavigation } from '../navigation.ts';
import { organizationPath } from '../organization-link.ts';
import { usePrintOpensDetails } from '../print.ts';
import { AnswerList } from './AnswerList.tsx';
import { ExchangeActions, type OwnKeyOf } from './ExchangeActions.tsx';
import { Priorities } from './Priorities.tsx';
import { ProfileSummary } from './ProfileSummary.tsx';
import { ResultCharts } from './ResultCharts.tsx';
import { PeerMedians, type Peers } from './PeerMedians.tsx';
import { ScoresTable } from './ScoresTable.tsx';
import { Summary } from './Summary.tsx';
import { ReviewPanel, stateName } from './ReviewPanel.tsx';
import { PerceptionGaps } from './PerceptionGaps.tsx';
import { ContributionExport } from './ContributionExport.tsx';
import type { Perception } from '../../panel/perception.ts';
import type { StoredContribution } from '../../panel/contribution-file.ts';

export interface ResultsActions {
  saveTargets: (targets: Record<string, Level | null>) => Promise<void>;
  saveAction: (elementId: string, action: Action) => Promise<void>;
  /** The action as the page goes away, written at once; false when it could not be. */
  saveActionBeforeUnload: (elementId: string, action: Action) => boolean;
  /** Moves the assessment to a newer version of its model (see ModelUpdate). */
  moveAssessment: MoveAssessment;
  /** Where a newer version of the model is looked for (see ModelUpdate). */
  versions: ModelVersions;
  /** This device's key for a use, if it has one. */
  getOwnKey: OwnKeyOf;
  /** Moves the review and sign-off (approve, reopen…); rejects, nothing changed, when refused. */
  review: (entry: ReviewEntry) => Promise<void>;
  /** For a quick check that leads into a full model this device has: starts a full assessment pre-filled from it, and gives its id. */
  startFullAssessment?: () => Promise<string>;
  /** On a respondent's assessment made from a contribution package: makes their contribution file (name and text). */
  exportContribution?: () => Promise<{ name: string; text: string }>;
}

interface Props {
  assessment: Assessment;
  model: MaturityModel;
  answers: readonly Answer[];
  report: ScoreReport;
  previous: { assessment: Assessment; report: ScoreReport } | null;
  actions: ResultsActions;
  /** The peer groups of a loaded network benchmark for this model; absent when there is none. */
  peers?: Peers | null;
  /** The governance profile the model asks for, if any. */
  profile?: Profile | undefined;
  /** How the panel's roles see each key element; absent when the assessment has no contributions. */
  perception?: Perception | null;
  /** A panel's contributions, kept with the assessment: result files say who said what. */
  contributions?: readonly StoredContribution[];
  /** On a respondent's assessment: how many of the model's domains they were asked (the model given is cut to those). */
  asked?: { asked: number; total: number } | null;
}

function fileStem(assessment: Assessment, model: MaturityModel): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'assessment';
  return `${slug(assessment.organization.name)}-${model.id}-${slug(assessment.period)}`;
}

/** The organization as the heading names it: with its unit, where it has one. */
function organizationName(assessment: Assessment): string {
  const { name, unit } = assessment.organization;
  return unit ? t('home.organizationWithUnit', { name, unit }) : name;
}

/** Links to the page's sections: on a phone the report is many screens long. */
function Contents({ sections }: { sections: [id: string, title: string][] }) {
  return (
    <nav class="contents card no-print" aria-labelledby="contents-heading">
      <h2 id="contents-heading">{t('results.contents')}</h2>
      <ol>
        {sections.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function ResultsView({ assessment, model, answers, report, previous, actions, peers, profile, perception, contributions = [], asked }: Props) {
  const text = modelText(model);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, assessment.id);
  usePrintOpensDetails();
  const [error, setError] = useState<string | null>(null);
  const [wordStatus, setWordStatus] = useState<string>('');

  // Worked out once per model, answers and targets, not on every drawing of the page.
  const { lookup, targets, priorities, summary, confidence } = useMemo(() => {
    const lookup = answerLookup(model, answers);
    return {
      lookup,
      targets: effectiveTargets(model, assessment.targets),
      priorities: rankPriorities(model, report, assessment.targets, lookup),
      summary: summarize(model, report, assessment.targets),
      confidence: confidenceSummary(model, answers),
    };
  }, [model, answers, report, assessment.targets]);
  const context = { model, assessment, language: currentLanguage(), profile };
  const attempt = (work: Promise<void>) => work.then(() => setError(null), (e: unknown) => setError(errorMessage(e)));

  const exportInput = { assessment, model, answers, report, contributions };
  // The result file's format (its schemas, sealing) is loaded when a file is asked for, not with the page.
  const resultFile = () => import('./result-export.ts').then(({ exportResultFile }) => exportResultFile(exportInput));
  const exportFile = () => attempt(resultFile().then(({ name, text }) => downloadFile(name, text, 'application/json')));
  const shareFile = () =>
    attempt(
      resultFile().then(async ({ name, text }) => {
        const file = new File([text], name, { type: 'application/json' });
        try {
          await navigator.share({ files: [file], title: name });
        } catch (error) {
          // Closing the share sheet is a choice, not a failure.
          if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
        }
      }),
    );
  // `docx` is large: loaded only when the person asks for the document.
  const downloadWord = () => {
    const name = `${fileStem(assessment, model)}.docx`;
    setWordStatus(t('report.docx.preparing'));
    return attempt(
      import('./word-report.ts')
        .then(({ wordReport, DOCX_TYPE }) =>
          wordReport({ model, assessment, answers, report, now: new Date().toISOString() }).then((blob) => downloadFile(name, blob, DOCX_TYPE)),
        )
        .then(
          () => setWordStatus(t('report.docx.ready', { file: name })),
          (error: unknown) => {
            setWordStatus('');
            throw error;
          },
        ),
    );
  };
  const canShare = typeof navigator.canShare === 'function' && navigator.canShare({ files: [new File(['{}'], 'x.json', { type: 'application/json' })] });

  return (
    <div class="results">
      {/* Printed only; its date formatter is costly to make, so it is not made before the report's first screen. */}
      <Later offScreen>
      <div class="print-cover">
        <p class="print-title">{t('app.title')}</p>
        <p class="print-organization">
          <bdi>{assessment.organization.name}</bdi>
          {assessment.organization.unit && (
            <>
              {' — '}
              <bdi>{assessment.organization.unit}</bdi>
            </>
          )}
        </p>
        <p>{t('results.print.period', { period: assessment.period })}</p>
        <p>{t('questionnaire.model', { title: text(model.title), version: model.version })}</p>
        <p>{t('results.print.date', { date: formatDateTime(assessment.updatedAt) })}</p>
      </div>
      </Later>

      <h1 tabIndex={-1} ref={heading}>
        {t('results.heading', { name: organizationName(assessment), period: assessment.period })}
      </h1>
      <p class="meta">
        {t('questionnaire.model', { title: text(model.title), version: model.version })}
        {` · ${stateName(reviewOf(assessment).state)}`}
      </p>
      {error && <p role="alert">{error}</p>}
      <ModelUpdate assessment={assessment} model={model} answers={answers} moveAssessment={actions.moveAssessment} versions={actions.versions} />
      {assessment.organization.unit && (
        <p class="no-print">
          <a href={organizationPath(assessment.organization.name, assessment.period, assessment.model.id)}>
            {t('results.organizationView', { name: assessment.organization.name, period: assessment.period })}
          </a>
        </p>
      )}
      {actions.startFullAssessment && <StartFullAssessment start={actions.startFullAssessment} />}
      {!assessment.contribution && (
        <p class="no-print">
          <a href={`/assessments/${assessment.id}/panel`}>{t('panel.link')}</a>
        </p>
      )}
      {assessment.contribution && actions.exportContribution && (
        <ContributionExport
          source={assessment.contribution}
          asked={asked ?? { asked: assessment.contribution.domains.length, total: assessment.contribution.domains.length }}
          exportContribution={actions.exportContribution}
        />
      )}

      <div class="actions results-actions no-print">
        <button type="button" onClick={() => void printWithCharts()}>
          {t('results.print')}
        </button>
        <button type="button" onClick={() => void downloadWord()}>
          {t('report.docx')}
        </button>
        <button type="button" onClick={() => downloadFile(`${fileStem(assessment, model)}-questions.csv`, questionsCsv(context, answers), 'text/csv;charset=utf-8')}>
          {t('results.csv.questions')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(`${fileStem(assessment, model)}-elements.csv`, elementsCsv(context, report, targets, priorities, answers), 'text/csv;charset=utf-8')
          }
        >
          {t('results.csv.elements')}
        </button>
        <button type="button" onClick={() => void exportFile()}>
          {t('results.export')}
        </button>
        {canShare && (
          <button type="button" onClick={() => void shareFile()}>
            {t('results.share')}
          </button>
        )}
      </div>
      <p role="status" class="no-print" data-testid="word-status">
        {wordStatus}
      </p>
      <div class="no-print">
        <ExchangeActions input={exportInput} ownKey={actions.getOwnKey} />
      </div>

      <Contents
        sections={[
          ['summary-heading', t('results.summary')],
          ['priorities-heading', t('results.priorities')],
          ['charts-heading', t('results.charts')],
          ['domains-heading', t('results.byDomain')],
          ...report.frameworks.map((f): [string, string] => [
            `framework-${f.frameworkId}`,
            t('results.byFramework', { title: text(model.frameworks.find((x) => x.id === f.frameworkId)!.title) }),
          ]),
          ...(profile ? [['profile-heading', t('profile.title')] as [string, string]] : []),
          ...(perception ? [['perception-heading', t('gaps.heading')] as [string, string]] : []),
          ['answers-heading', t('results.answers')],
          ['review-heading', t('review.heading')],
        ]}
      />

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('results.summary')}</h2>
        <dl class="figures" data-testid="overall">
          <div class="figure-level">
            <dt>{t('results.achievedLevel')}</dt>
            <dd data-cell="level">{levelLabel(model, summary.overallLevel)}</dd>
          </div>
          <div>
            <dt>{indexLabel(model)}</dt>
            <dd data-cell="score">{formatIndex(summary.overallScore)}</dd>
          </div>
          <div>
            <dt>{t('results.weakestDomain')}</dt>
            <dd data-cell="weakest">
              {summary.weakestDomainId === null
                ? t('results.none')
                : `${text(model.domains.find((d) => d.id === summary.weakestDomainId)!.title)} (${levelLabel(model, summary.weakestDomainLevel)})`}
            </dd>
          </div>
          <div>
            <dt>{t('results.coverage')}</dt>
            <dd data-cell="coverage">{formatPercent(report.overall.coverage)}</dd>
          </div>
        </dl>
        <Summary model={model} report={report} summary={summary} />
        <p class="hint">{t('results.rules')}</p>
      </section>

      {/* The rest of the report is drawn after its first screen, part by part (see Later.tsx). */}
      {peers && (
        <Later>
          <section aria-labelledby="peers-heading" class="report-part">
            <h2 id="peers-heading">{t('benchmark.peers')}</h2>
            <PeerMedians model={model} report={report} peers={peers} profile={profile} />
          </section>
        </Later>
      )}

      <Later>
      <section aria-labelledby="priorities-heading" class="page-break-before report-part">
        <h2 id="priorities-heading">{t('results.priorities')}</h2>
        <p class="hint">{t('results.priorities.intro')}</p>
        <Priorities
          model={model}
          assessment={assessment}
          priorities={priorities}
          onSaveAction={(elementId, action) => actions.saveAction(elementId, action)}
          onSaveActionBeforeUnload={(elementId, action) => actions.saveActionBeforeUnload(elementId, action)}
        />
      </section>
      </Later>

      <Later>
      <section aria-labelledby="charts-heading" class="page-break-before report-part">
        <h2 id="charts-heading">{t('results.charts')}</h2>
        <ResultCharts model={model} report={report} targets={targets} />
      </section>
      </Later>

      <Later>
      <section aria-labelledby="domains-heading" class="page-break-before report-part">
        <h2 id="domains-heading">{t('results.byDomain')}</h2>
        <p class="hint">{t('results.confidence.note')}</p>
        {previous && (
          <p class="hint">{t('results.changeSince', { period: previous.assessment.period })}</p>
        )}
        <ScoresTable
          assessment={assessment}
          model={model}
          report={report}
          answers={lookup}
          confidence={confidence}
          targets={targets}
          previous={previous?.report ?? null}
          onTargets={(next) => void attempt(actions.saveTargets(next))}
        />
      </section>
      </Later>

      <Later>
      {report.frameworks.map((frameworkScore) => {
        const framework = model.frameworks.find((f) => f.id === frameworkScore.frameworkId)!;
        const headingId = `framework-${framework.id}`;
        return (
          <section key={framework.id} aria-labelledby={headingId} class="report-part">
            <h2 id={headingId}>{t('results.byFramework', { title: text(framework.title) })}</h2>
            {/* Focusable: on a narrow screen the table scrolls in its box, by keyboard too. */}
            <div class="table-scroll" role="region" aria-label={text(framework.title)} tabIndex={0}>
              <table class="scores">
                <thead>
                  <tr>
                    <th scope="col">{text(framework.title)}</th>
                    <th scope="col">{t('results.achievedLevel')}</th>
                    <th scope="col">{indexLabel(model)}</th>
                    <th scope="col">{t('results.column.elements')}</th>
                  </tr>
                </thead>
                <tbody>
                  {frameworkScore.values.map((valueScore) => {
                    const value = framework.values.find((v) => v.id === valueScore.valueId)!;
                    return (
                      <tr key={value.id}>
                        <th scope="row">{text(value.title)}</th>
                        <td>{levelLabel(model, valueScore.achievedLevel)}</td>
                        <td>{formatIndex(valueScore.score)}</td>
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

      </Later>

      {profile && (
        <Later>
          <ProfileSummary assessment={assessment} model={model} profile={profile} />
        </Later>
      )}

      {perception && (
        <Later>
          <PerceptionGaps model={model} perception={perception} />
        </Later>
      )}

      <Later>
      <section aria-labelledby="answers-heading" class="page-break-before answers-section report-part">
        <h2 id="answers-heading">{t('results.answers')}</h2>
        {/* One list, folded on screen and printed open (::details-content, print.ts): not made twice. */}
        <details class="answers-details">
          <summary class="no-print">{t('results.answers.show')}</summary>
          <AnswerList model={model} answers={answers} />
        </details>
      </section>

      <p class="no-print">
        <a class="back-link" href={`/assessments/${assessment.id}`}>
          {t('results.backToQuestions')}
        </a>
      </p>

      <ReviewPanel review={reviewOf(assessment)} onMove={actions.review} errorText={errorMessage} />
      </Later>
    </div>
  );
}
