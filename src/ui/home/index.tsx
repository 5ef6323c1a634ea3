import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/index.ts';
import { organizationGroups, organizationNameKey } from '../../assessment/organization.ts';
import type { Assessment } from '../../assessment/schema.ts';
import {
  BACKUP_MAX_BYTES,
  KeyPassphraseError,
  applyRestore,
  checkBackupModels,
  countAnswered,
  createAssessment,
  createAssessmentFromQuickCheck,
  createBackup,
  createOwnKey,
  deleteAssessment,
  deleteBenchmark,
  getBenchmark,
  saveBenchmark,
  deleteOwnKey,
  getOwnKey,
  listAnswers,
  listAssessments,
  onChangeElsewhere,
  parseBackup,
  planRestore,
  createAssessmentFromPackage,
} from '../../storage/index.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { listModelEntries, shippedModelEntries } from '../model-entries.ts';
import { findModel, loadAvailableModels, newestVersions, removeModel } from '../models.ts';
import { addModelFile } from '../model-files.ts';
export type { ModelFileProblem } from '../model-files.ts';
import type { NewAssessment } from '../../assessment/schema.ts';
import { AssessmentList } from './AssessmentList.tsx';
import { DevicePanel } from './DevicePanel.tsx';
import { SigningKeyPanel } from './SigningKeyPanel.tsx';
import { BenchmarkPanel, type LoadedBenchmark } from './BenchmarkPanel.tsx';
import { benchmarkProblemText } from '../benchmark/problem.ts';
import { ModelList } from './ModelList.tsx';
import { NewAssessmentForm } from './NewAssessmentForm.tsx';
import { ContributionPackagePanel } from './ContributionPackagePanel.tsx';
import { useFocusOnNavigation } from '../navigation.ts';
import { organizationPath } from '../organization-link.ts';
import { loadMessagePart } from '../../i18n/parts.ts';
import './style.css';


export interface AssessmentSummary {
  assessment: Assessment;
  answered: number;
}

/** What the home page's components may do with what this device keeps; wired here, as results does with ResultsActions. */
export interface HomeActions {
  createAssessment: typeof createAssessment;
  /** A full assessment whose questions the quick check's answers pre-fill, marked to confirm (as from a quick check's results). */
  startFromQuickCheck: (input: NewAssessment, quickCheck: Assessment) => Promise<Assessment>;
  deleteAssessment: typeof deleteAssessment;
  getOwnKey: typeof getOwnKey;
  createOwnKey: typeof createOwnKey;
  deleteOwnKey: typeof deleteOwnKey;
  /** A model from a file: validated, then kept on this device. */
  addModelFile: typeof addModelFile;
  removeModel: typeof removeModel;
  backup: {
    /** The models this device has, to tell a backup's models apart from them. */
    loadAvailableModels: typeof loadAvailableModels;
    maxBytes: number;
    createBackup: typeof createBackup;
    parseBackup: typeof parseBackup;
    checkBackupModels: typeof checkBackupModels;
    planRestore: typeof planRestore;
    applyRestore: typeof applyRestore;
    isWrongPassphrase: (error: unknown) => boolean;
  };
}

/** Reads the quick check and both models, then creates the full assessment with its pre-filled answers in one transaction. */
async function startFromQuickCheck(input: NewAssessment, quickCheck: Assessment): Promise<Assessment> {
  const [{ prefillFromQuickCheck }, quick, full, answers] = await Promise.all([
    import('../../assessment/prefill.ts'),
    findModel(quickCheck.model.id, quickCheck.model.version),
    findModel(input.modelId, input.modelVersion),
    listAnswers(quickCheck.id),
  ]);
  const missing = !quick ? quickCheck.model : !full ? { id: input.modelId, version: input.modelVersion } : null;
  if (missing || !quick || !full) throw new Error(t('questionnaire.modelMissing', { id: missing!.id, version: missing!.version }));
  return createAssessmentFromQuickCheck(input, { assessmentId: quickCheck.id, model: { ...quickCheck.model } }, (newId, at) => prefillFromQuickCheck(quick, answers, full, newId, at));
}

const actions: HomeActions = {
  createAssessment,
  startFromQuickCheck,
  deleteAssessment,
  getOwnKey,
  createOwnKey,
  deleteOwnKey,
  addModelFile,
  removeModel,
  backup: {
    loadAvailableModels,
    maxBytes: BACKUP_MAX_BYTES,
    createBackup,
    parseBackup,
    checkBackupModels,
    planRestore,
    applyRestore,
    isWrongPassphrase: (error) => error instanceof KeyPassphraseError,
  },
};

async function loadAssessments(): Promise<AssessmentSummary[]> {
  const assessments = await listAssessments();
  return Promise.all(assessments.map(async (assessment) => ({ assessment, answered: await countAnswered(assessment.id) })));
}

/** The organization view's address for an assessment whose organization has two or more units for its period and model. */
function organizationLinks(assessments: Assessment[]): (assessment: Assessment) => string | undefined {
  const groups = organizationGroups(assessments).filter((g) => g.units >= 2);
  return (assessment) => {
    const key = organizationNameKey(assessment.organization.name);
    const group = groups.find((g) => g.nameKey === key && g.period === assessment.period.trim() && g.modelId === assessment.model.id);
    return group && organizationPath(group.name, group.period, group.modelId);
  };
}

/** The benchmark kept here, read again as any file is (the reader is loaded only when there is one). */
async function loadBenchmark(): Promise<LoadedBenchmark | null> {
  const stored = await getBenchmark();
  if (!stored) return null;
  const { readBenchmark } = await import('../../exchange/benchmark-file.ts');
  const check = await readBenchmark(stored.text);
  return check.ok ? { fileName: stored.fileName, benchmark: check.benchmark } : null;
}

/**
 * Opens a contribution package a panel's lead sent: checked as any file is
 * (the panel's domain module and messages loaded only now), then the
 * respondent's own assessment made from it, or found again when the same
 * package was opened before. Gives its id, or the refusal worded.
 */
async function openPackage(file: File): Promise<{ id: string } | { refusal: string }> {
  const [{ checkPackage, PACKAGE_MAX_BYTES }, { catalogueOf }, { loadAvailableModels }, { panelProblemText }] = await Promise.all([
    import('../../panel/package.ts'),
    import('../../exchange/model-identity.ts'),
    import('../models.ts'),
    import('../panel/problems.ts'),
    loadMessagePart('panel'),
  ]);
  const refuse = (problem: Parameters<typeof panelProblemText>[0]) => ({ refusal: t('contribution.refused', { file: file.name, reason: panelProblemText(problem) }) });
  // Judged by its size before it is read: a huge file is never loaded whole.
  if (file.size > PACKAGE_MAX_BYTES) return refuse({ code: 'json.too-large', path: '$', params: { bytes: file.size, maxBytes: PACKAGE_MAX_BYTES } });
  const check = checkPackage(new Uint8Array(await file.arrayBuffer()), catalogueOf(await loadAvailableModels()));
  if (!check.ok) return refuse(check.problems[0]!);
  try {
    return { id: (await createAssessmentFromPackage(check.package)).assessment.id };
  } catch (error) {
    return { refusal: t('contribution.refused', { file: file.name, reason: errorMessage(error) }) };
  }
}

export function HomePage() {
  usePageTitle(t('home.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, 'home');
  const [available, reloadModels] = useLoaded(listModelEntries, []);
  const [assessments, reloadAssessments] = useLoaded(loadAssessments, []);
  useEffect(
    () =>
      onChangeElsewhere((change) => {
        if (change.type === 'models' || change.type === 'assessments') reloadModels();
        if (change.type !== 'models') reloadAssessments();
      }),
    [],
  );
  // The shipped models are known at build time: the lists render in their final layout at once; models loaded from files join them.
  const models = available.state === 'ready' ? available.value : shippedModelEntries;
  const [benchmark, reloadBenchmark] = useLoaded(loadBenchmark, []);
  const [benchmarkRefusal, setBenchmarkRefusal] = useState('');
  const loadBenchmarkFile = async (file: File) => {
    const { readBenchmark, BENCHMARK_MAX_BYTES } = await import('../../exchange/benchmark-file.ts');
    const refuse = (problem: Parameters<typeof benchmarkProblemText>[0]) => setBenchmarkRefusal(t('benchmark.refused', { file: file.name, reason: benchmarkProblemText(problem) }));
    // Judged by its size before it is read: a huge file is never loaded whole.
    if (file.size > BENCHMARK_MAX_BYTES) return refuse({ code: 'json.too-large', path: '$', params: { bytes: file.size, maxBytes: BENCHMARK_MAX_BYTES } });
    const text = await file.text();
    const check = await readBenchmark(text);
    if (!check.ok) return refuse(check.problem);
    try {
      await saveBenchmark({ text, fileName: file.name, loadedAt: new Date().toISOString() });
      setBenchmarkRefusal('');
    } catch (e) {
      setBenchmarkRefusal(errorMessage(e));
    }
    reloadBenchmark();
  };

  const { route } = useLocation();
  const [packageRefusal, setPackageRefusal] = useState('');
  const openPackageFile = async (file: File) => {
    const opened = await openPackage(file).catch((error: unknown) => ({ refusal: t('contribution.refused', { file: file.name, reason: errorMessage(error) }) }));
    if ('refusal' in opened) return setPackageRefusal(opened.refusal);
    setPackageRefusal('');
    route(`/assessments/${opened.id}`);
  };

  return (
    <div class="home">
      <h1 tabIndex={-1} ref={heading}>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      {/* The sections come at once, when the assessments on this device are read (one quick IndexedDB read): a list that grew after the first paint would push every section below it. */}
      {assessments.state !== 'loading' && (
        <>
          <section aria-labelledby="assessments-heading">
            <h2 id="assessments-heading">{t('home.assessments')}</h2>
            {assessments.state === 'failed' && <p role="alert">{errorMessage(assessments.error)}</p>}
            {assessments.state === 'ready' && (
              <AssessmentList
                summaries={assessments.value}
                models={models}
                organizationLink={organizationLinks(assessments.value.map((s) => s.assessment))}
                onDeleted={reloadAssessments}
                actions={actions}
              />
            )}
          </section>

          <section aria-labelledby="new-heading">
            <h2 id="new-heading">{t('home.start')}</h2>
            <NewAssessmentForm models={newestVersions(models)} allModels={models} existing={assessments.state === 'ready' ? assessments.value : []} actions={actions} />
          </section>

          <section aria-labelledby="contribution-package-heading">
            <h2 id="contribution-package-heading">{t('contribution.homeHeading')}</h2>
            <ContributionPackagePanel refusal={packageRefusal} onFile={(file) => void openPackageFile(file)} />
          </section>

          <section aria-labelledby="device-heading">
            <h2 id="device-heading">{t('home.device')}</h2>
            <DevicePanel
              actions={actions.backup}
              onRestored={() => {
                reloadAssessments();
                reloadModels(); // a backup brings the models its assessments use
              }}
            />
          </section>

          <section aria-labelledby="signing-heading">
            <h2 id="signing-heading">{t('keys.signing.heading')}</h2>
            <SigningKeyPanel actions={actions} />
          </section>

      <section aria-labelledby="benchmark-heading">
        <h2 id="benchmark-heading">{t('benchmark.heading')}</h2>
        <BenchmarkPanel
          loaded={benchmark.state === 'ready' ? benchmark.value : null}
          refusal={benchmarkRefusal}
          onFile={(file) => void loadBenchmarkFile(file)}
          onRemove={() => void deleteBenchmark().then(reloadBenchmark, (e) => setBenchmarkRefusal(errorMessage(e)))}
        />
      </section>


          <section aria-labelledby="models-heading">
            <h2 id="models-heading">{t('home.models')}</h2>
            <ModelList models={models} onChanged={reloadModels} actions={actions} />
            {available.state === 'failed' && <p role="alert">{errorMessage(available.error)}</p>}
          </section>
        </>
      )}
    </div>
  );
}
