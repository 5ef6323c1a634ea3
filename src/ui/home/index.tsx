import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { Assessment } from '../../assessment/schema.ts';
import { countAnswered, listAssessments, onChangeElsewhere } from '../../storage/db.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { listModelEntries, shippedModelEntries } from '../model-entries.ts';
import { newestVersions } from '../models.ts';
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

async function loadAssessments(): Promise<AssessmentSummary[]> {
  const assessments = await listAssessments();
  return Promise.all(assessments.map(async (assessment) => ({ assessment, answered: await countAnswered(assessment.id) })));
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
              <AssessmentList summaries={assessments.value} models={models} onDeleted={reloadAssessments} />
            )}
          </section>

          <section aria-labelledby="new-heading">
            <h2 id="new-heading">{t('home.start')}</h2>
            <NewAssessmentForm models={newestVersions(models)} existing={assessments.state === 'ready' ? assessments.value : []} />
          </section>

          <section aria-labelledby="device-heading">
            <h2 id="device-heading">{t('home.device')}</h2>
            <DevicePanel
              onRestored={() => {
                reloadAssessments();
                reloadModels(); // a backup brings the models its assessments use
              }}
            />
          </section>

          <section aria-labelledby="signing-heading">
            <h2 id="signing-heading">{t('keys.signing.heading')}</h2>
            <SigningKeyPanel />
          </section>

          <section aria-labelledby="models-heading">
            <h2 id="models-heading">{t('home.models')}</h2>
            <ModelList models={models} onChanged={reloadModels} />
            {available.state === 'failed' && <p role="alert">{errorMessage(available.error)}</p>}
          </section>
        </>
      )}
    </div>
  );
}
