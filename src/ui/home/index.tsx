import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { Assessment } from '../../assessment/schema.ts';
import { countAnswered, listAssessments, onChangeElsewhere } from '../../storage/db.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { loadAvailableModels, newestVersions } from '../models.ts';
import { AssessmentList } from './AssessmentList.tsx';
import { DevicePanel } from './DevicePanel.tsx';
import { SigningKeyPanel } from './SigningKeyPanel.tsx';
import { BenchmarkPanel, type LoadedBenchmark } from './BenchmarkPanel.tsx';
import { deleteBenchmark, getBenchmark, saveBenchmark } from '../../storage/benchmarks.ts';
import { benchmarkProblemText } from '../benchmark/problem.ts';
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

/** The benchmark kept here, read again as any file is (the reader is loaded only when there is one). */
async function loadBenchmark(): Promise<LoadedBenchmark | null> {
  const stored = await getBenchmark();
  if (!stored) return null;
  const { readBenchmark } = await import('../../exchange/benchmark-file.ts');
  const check = await readBenchmark(stored.text);
  return check.ok ? { fileName: stored.fileName, benchmark: check.benchmark } : null;
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
          <AssessmentList summaries={assessments.value} models={models.value} onDeleted={reloadAssessments} />
        )}
      </section>

      <section aria-labelledby="new-heading">
        <h2 id="new-heading">{t('home.start')}</h2>
        {models.state === 'ready' && (
          <NewAssessmentForm models={newestVersions(models.value)} existing={assessments.state === 'ready' ? assessments.value : []} />
        )}
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
        {available.state === 'loading' && <p>{t('common.loading')}</p>}
        {available.state === 'failed' && <p role="alert">{errorMessage(available.error)}</p>}
        {available.state === 'ready' && <ModelList models={available.value} onChanged={reloadModels} />}
      </section>
    </div>
  );
}
