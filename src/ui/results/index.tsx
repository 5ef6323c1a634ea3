import { useEffect } from 'preact/hooks';
import { currentLanguage, t } from '../../i18n/index.ts';
import { loadMessagePart } from '../../i18n/parts.ts';
import type { Assessment } from '../../assessment/schema.ts';
import { sameOrganization } from '../../assessment/organization.ts';
import { answerLookup, scoreAssessment } from '../../scoring/score.ts';
import { prefillFromQuickCheck } from '../../assessment/prefill.ts';
import {
  createAssessmentFromQuickCheck,
  getAssessment,
  listAnswers,
  listContributions,
  getOwnKey,
  listAssessments,
  moveAssessment,
  onChangeElsewhere,
  saveAction,
  saveActionBeforeUnload,
  getBenchmark,
  reviewAssessment,
  saveTargets,
} from '../../storage/index.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { AssessmentNotFound } from '../components/AssessmentNotFound.tsx';
import { findModel } from '../models.ts';
import { newerVersionOf } from '../model-versions.ts';
import { findModelShown } from '../model-slices.ts';
import { profileForModel } from '../profiles.ts';
import { ResultsView } from './ResultsView.tsx';
import type { Peers } from './PeerMedians.tsx';
import type { MaturityModel } from '../../model/schema.ts';
import type { ProfileValue } from '../../exchange/result-file.ts';
import type { Perception } from '../../panel/perception.ts';
import type { StoredContribution } from '../../panel/contribution-file.ts';
import { askedCount, askedModel } from '../../panel/asked.ts';

/**
 * The loaded benchmark's peer groups for this assessment, when it speaks of
 * the same model (a version it summarised, or one asking the same
 * questions): the whole set, the same kind, the same arrangement.
 */
async function peersOf(assessment: Assessment, model: MaturityModel): Promise<Peers | null> {
  const stored = await getBenchmark();
  if (!stored) return null;
  const [{ readBenchmark }, { benchmarkFits, peerGroups }, { profileOf }] = await Promise.all([
    import('../../exchange/benchmark-file.ts'),
    import('../../compare/benchmark.ts'),
    import('../../compare/profile-values.ts'),
  ]);
  const check = await readBenchmark(stored.text);
  if (!check.ok) return null;
  const { benchmark } = check;
  const theirs = benchmark.model.id === model.id ? await findModel(benchmark.model.id, benchmark.model.version) : undefined;
  const structures = (_id: string, version: string) => (version === model.version ? model : version === benchmark.model.version ? theirs : undefined);
  if (!benchmarkFits(benchmark, assessment.model, structures)) return null;
  const organization = assessment.organization as { name: string; unit?: string; country?: string; type?: string };
  const profile = profileOf({ ...organization, profile: (assessment as { profile?: Record<string, ProfileValue> }).profile });
  return { date: benchmark.set.date, groups: peerGroups(benchmark, profile) };
}
import './style.css';
import { exportContribution } from './contribution-export.ts';

/** How the panel's roles see each key element, when the assessment has contributions (the domain module loaded only then). */
async function perceptionOf(model: MaturityModel, contributions: readonly StoredContribution[]): Promise<Perception | null> {
  if (contributions.length === 0) return null;
  const { perceptionGaps } = await import('../../panel/perception.ts');
  return perceptionGaps(model, contributions);
}

export { loadMessagePart };
// The evidence register's page travels with the results: one chunk for both, one way in from the app's routes.
export { EvidencePage } from '../evidence/index.tsx';

/** The assessment of the same organization, on the same model, made most recently before this one. */
function previousOf(assessment: Assessment, all: Assessment[]): Assessment | undefined {
  return all
    .filter((a) => a.id !== assessment.id && a.model.id === assessment.model.id && sameOrganization(a.organization, assessment.organization))
    .filter((a) => a.createdAt < assessment.createdAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

async function load(id: string) {
  const assessment = await getAssessment(id);
  if (!assessment) return null;
  // In the reader's language only (the page is drawn again when it changes): a sixth of the model to fetch and parse.
  const [whole, answers, all, contributions] = await Promise.all([
    findModelShown(assessment.model.id, assessment.model.version, currentLanguage()),
    listAnswers(id),
    listAssessments(),
    listContributions(id),
  ]);
  // A respondent's results are over the domains they were asked, and only those.
  const model = whole && askedModel(whole, assessment.contribution);
  const asked = whole && assessment.contribution ? askedCount(whole, assessment.contribution) : null;
  // A quick check that leads into a full model this device has: a full assessment can start from it.
  const full = model?.prefillsModel ? await findModel(model.prefillsModel.id, model.prefillsModel.version) : undefined;
  if (!model) return { assessment, model, whole, answers, report: null, previous: null, profile: undefined, peers: null, full, perception: null, contributions, asked };
  const [profile] = await Promise.all([profileForModel(model), loadMessagePart('profile')]);
  const before = previousOf(assessment, all);
  const previousModel = before && (await findModelShown(before.model.id, before.model.version, currentLanguage()));
  const previous =
    before && previousModel
      ? {
          assessment: before,
          report: scoreAssessment(previousModel, answerLookup(previousModel, await listAnswers(before.id))),
        }
      : null;
  const peers = await peersOf(assessment, model).catch(() => null);
  const perception = await perceptionOf(model, contributions);
  // Scored once per reading of the page's data, not on every drawing of it.
  const report = scoreAssessment(model, answerLookup(model, answers));
  return { assessment, model, whole, answers, report, previous, profile, peers, full, perception, contributions, asked };
}

export function ResultsPage({ id }: { id: string }) {
  const [loaded, reload] = useLoaded(() => load(id), [id]);
  useEffect(
    () =>
      onChangeElsewhere(
        (change) => (change.type === 'assessments' || ((change.type === 'answer' || change.type === 'contributions') && change.assessmentId === id)) && reload(),
      ),
    [id],
  );
  usePageTitle(t('results.title'));
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{errorMessage(loaded.error)}</p>;
  if (!loaded.value) return <AssessmentNotFound />;
  const { assessment, model, whole, answers, report, previous, profile, peers, full, perception, contributions, asked } = loaded.value;
  if (!model || !report) {
    return <p role="alert">{t('questionnaire.modelMissing', { id: assessment.model.id, version: assessment.model.version })}</p>;
  }
  return (
    <ResultsView
      assessment={assessment}
      model={model}
      answers={answers}
      report={report}
      previous={previous}
      peers={peers}
      profile={profile}
      perception={perception}
      contributions={contributions}
      asked={asked}
      actions={{
        saveTargets: async (targets) => {
          await saveTargets(id, targets);
          reload();
        },
        saveAction: async (elementId, action) => {
          await saveAction(id, elementId, action);
        },
        saveActionBeforeUnload: (elementId, action) => saveActionBeforeUnload(id, elementId, action),
        review: async (entry) => {
          await reviewAssessment(id, entry);
          reload();
        },
        moveAssessment,
        versions: { newerVersionOf, findModel },
        getOwnKey,
        ...(assessment.contribution && {
          exportContribution: () => exportContribution({ ...assessment, contribution: assessment.contribution! }, whole ?? model, answers),
        }),
        ...(full && {
          startFullAssessment: async () => {
            const created = await createAssessmentFromQuickCheck(
              { modelId: full.id, modelVersion: full.version, organization: assessment.organization, period: assessment.period },
              { assessmentId: assessment.id, model: { ...assessment.model } },
              (newId, at) => prefillFromQuickCheck(model, answers, full, newId, at),
            );
            return created.id;
          },
        }),
      }}
    />
  );
}
