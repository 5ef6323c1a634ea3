import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { Assessment } from '../../assessment/schema.ts';
import {
  BACKUP_MAX_BYTES,
  KeyPassphraseError,
  applyRestore,
  checkBackupModels,
  countAnswered,
  createAssessment,
  createBackup,
  createOwnKey,
  deleteAssessment,
  deleteOwnKey,
  getOwnKey,
  listAssessments,
  onChangeElsewhere,
  parseBackup,
  planRestore,
} from '../../storage/index.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { loadAvailableModels, newestVersions } from '../models.ts';
import { AssessmentList } from './AssessmentList.tsx';
import { DevicePanel } from './DevicePanel.tsx';
import { SigningKeyPanel } from './SigningKeyPanel.tsx';
import { ModelList } from './ModelList.tsx';
import { NewAssessmentForm } from './NewAssessmentForm.tsx';
import { useFocusOnNavigation } from '../navigation.ts';
import './style.css';

export interface AssessmentSummary {
  assessment: Assessment;
  answered: number;
}

/** What the home page's components may do with what this device keeps; wired here, as results does with ResultsActions. */
export interface HomeActions {
  createAssessment: typeof createAssessment;
  deleteAssessment: typeof deleteAssessment;
  getOwnKey: typeof getOwnKey;
  createOwnKey: typeof createOwnKey;
  deleteOwnKey: typeof deleteOwnKey;
  backup: {
    maxBytes: number;
    createBackup: typeof createBackup;
    parseBackup: typeof parseBackup;
    checkBackupModels: typeof checkBackupModels;
    planRestore: typeof planRestore;
    applyRestore: typeof applyRestore;
    isWrongPassphrase: (error: unknown) => boolean;
  };
}

const actions: HomeActions = {
  createAssessment,
  deleteAssessment,
  getOwnKey,
  createOwnKey,
  deleteOwnKey,
  backup: {
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

export function HomePage() {
  usePageTitle(t('home.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, 'home');
  const [available, reloadModels] = useLoaded(loadAvailableModels, []);
  const [assessments, reloadAssessments] = useLoaded(loadAssessments, []);
  useEffect(
    () =>
      onChangeElsewhere((change) => {
        if (change.type === 'models' || change.type === 'assessments') reloadModels();
        if (change.type !== 'models') reloadAssessments();
      }),
    [],
  );
  const models = available.state === 'ready' ? { state: 'ready' as const, value: available.value.map((entry) => entry.model) } : available;

  return (
    <div class="home">
      <h1 tabIndex={-1} ref={heading}>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>

      <section aria-labelledby="assessments-heading">
        <h2 id="assessments-heading">{t('home.assessments')}</h2>
        {assessments.state === 'loading' && <p>{t('common.loading')}</p>}
        {assessments.state === 'failed' && <p role="alert">{errorMessage(assessments.error)}</p>}
        {assessments.state === 'ready' && models.state === 'ready' && (
          <AssessmentList summaries={assessments.value} models={models.value} onDeleted={reloadAssessments} actions={actions} />
        )}
      </section>

      <section aria-labelledby="new-heading">
        <h2 id="new-heading">{t('home.start')}</h2>
        {models.state === 'ready' && (
          <NewAssessmentForm models={newestVersions(models.value)} existing={assessments.state === 'ready' ? assessments.value : []} actions={actions} />
        )}
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

      <section aria-labelledby="models-heading">
        <h2 id="models-heading">{t('home.models')}</h2>
        {available.state === 'loading' && <p>{t('common.loading')}</p>}
        {available.state === 'failed' && <p role="alert">{errorMessage(available.error)}</p>}
        {available.state === 'ready' && <ModelList models={available.value} onChanged={reloadModels} />}
      </section>
    </div>
  );
}
