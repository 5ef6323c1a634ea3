import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import {
  createComparisonSet,
  deleteComparisonSet,
  listComparisonSets,
  listSetResults,
  onChangeElsewhere,
  removeSetResult,
  renameComparisonSet,
  saveImportedResults,
  saveSetAnonymised,
  type ComparisonSet,
  type StoredResult,
} from '../../storage/index.ts';
import { createOwnKey, getOwnKey, listTrustedKeys, removeTrustedKey, trustKey } from '../../storage/index.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { loadAvailableModels } from '../models.ts';
import { loadSharedProfiles } from '../profiles.ts';
import { useFocusOnNavigation } from '../navigation.ts';
import { ComparisonViews } from './ComparisonViews.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { KeysPanel } from './KeysPanel.tsx';
import './style.css';

/** What the compare page's components may do with what this device keeps; wired here. */
export interface CompareActions {
  saveImportedResults: typeof saveImportedResults;
  trustKey: typeof trustKey;
  createOwnKey: typeof createOwnKey;
  removeTrustedKey: typeof removeTrustedKey;
}

const actions: CompareActions = { saveImportedResults, trustKey, createOwnKey, removeTrustedKey };

async function loadPage() {
  const [sets, models, trusted, sealing, sharedProfiles] = await Promise.all([
    listComparisonSets(),
    loadAvailableModels(),
    listTrustedKeys(),
    getOwnKey('seal'),
    // The shared profiles (the default models' UN-system profile) name the profile items and their values; without them, ids.
    loadSharedProfiles().catch(() => ({})),
  ]);
  return { sets, models, trusted, sealing, sharedProfiles };
}

/** The coordinators' page: named sets of imported results, the import, and the views over a set. */
export function ComparePage() {
  usePageTitle(t('compare.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, 'compare');
  const [page, reloadPage] = useLoaded(loadPage, []);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const sets = page.state === 'ready' ? page.value.sets : [];
  const current = sets.find((s) => s.id === chosenId) ?? sets[0];
  const [results, reloadResults] = useLoaded(() => (current ? listSetResults(current.id) : Promise.resolve([])), [current?.id]);
  // The result last removed, kept here so that it can be put back.
  const [removed, setRemoved] = useState<StoredResult | null>(null);
  const [undoError, setUndoError] = useState('');
  useEffect(() => setRemoved(null), [current?.id]);

  useEffect(
    () =>
      onChangeElsewhere((change) => {
        if (change.type === 'comparisons' || change.type === 'models' || change.type === 'keys') {
          reloadPage();
          reloadResults();
        }
      }),
    [],
  );

  if (page.state === 'loading') return <p>{t('common.loading')}</p>;
  if (page.state === 'failed') return <p role="alert">{errorMessage(page.error)}</p>;
  const { models, trusted, sealing, sharedProfiles } = page.value;
  const trustedByFingerprint = new Map(trusted.map((key) => [key.fingerprint, key]));

  return (
    <div class="compare">
      <h1 tabIndex={-1} ref={heading}>
        {t('compare.title')}
      </h1>
      <p class="lead">{t('compare.intro')}</p>

      <section aria-labelledby="sets-heading" class="no-print">
        <h2 id="sets-heading">{t('compare.sets')}</h2>
        <SetChooser
          sets={sets}
          current={current}
          onChoose={setChosenId}
          onChanged={(id) => {
            if (id !== undefined) setChosenId(id);
            reloadPage();
          }}
        />
      </section>

      <section aria-labelledby="keys-heading" class="no-print">
        <h2 id="keys-heading">{t('compare.keys')}</h2>
        <KeysPanel trusted={trusted} sealing={sealing} onChanged={reloadPage} actions={actions} />
      </section>

      {current && (
        <>
          <section aria-labelledby="import-heading" class="no-print">
            <h2 id="import-heading">{t('compare.import')}</h2>
            <ImportPanel
              key={current.id}
              setId={current.id}
              actions={actions}
              known={results.state === 'ready' ? results.value : []}
              models={models}
              trusted={trustedByFingerprint}
              {...(sealing ? { sealingKey: { privateKey: sealing.privateKey, fingerprint: sealing.fingerprint } } : {})}
              onImported={() => {
                reloadResults();
                reloadPage();
              }}
              onTrusted={reloadPage}
            />
          </section>

          <section aria-labelledby="results-heading">
            <h2 id="results-heading">{t('compare.results')}</h2>
            <div role="status" class="no-print">
              {removed && (
                <div class="notice removed-notice">
                  <p>
                    {t('compare.removed', {
                      name: removed.result.organization.unit
                        ? t('home.organizationWithUnit', { name: removed.result.organization.name, unit: removed.result.organization.unit })
                        : removed.result.organization.name,
                      period: removed.result.period,
                    })}
                  </p>
                  <button
                    type="button"
                    onClick={async () => {
                      try {
                        await saveImportedResults(removed.setId, [{ result: removed.result, fileName: removed.fileName }]);
                        setRemoved(null);
                        reloadResults();
                      } catch (e) {
                        setUndoError(errorMessage(e));
                      }
                    }}
                  >
                    {t('compare.undo')}
                  </button>
                  {undoError && <p role="alert">{undoError}</p>}
                </div>
              )}
            </div>
            {results.state === 'loading' && <p>{t('common.loading')}</p>}
            {results.state === 'failed' && <p role="alert">{errorMessage(results.error)}</p>}
            {results.state === 'ready' && results.value.length === 0 && <p>{t('compare.noResults')}</p>}
            {results.state === 'ready' && results.value.length > 0 && (
              <ComparisonViews
                key={current.id}
                setId={current.id}
                setName={current.name}
                stored={results.value}
                models={models.map((m) => m.model)}
                sharedProfiles={sharedProfiles}
                onRemove={async (assessmentId) => {
                  const record = results.value.find((r) => r.assessmentId === assessmentId) ?? null;
                  await removeSetResult(current.id, assessmentId);
                  setRemoved(record);
                  setUndoError('');
                  reloadResults();
                }}
                anonymised={current.anonymised ?? false}
                modelHash={(id, version) => models.find((m) => m.model.id === id && m.model.version === version)?.sha256}
                onAnonymised={(anonymised) => saveSetAnonymised(current.id, anonymised).then(reloadPage)}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}

interface SetChooserProps {
  sets: ComparisonSet[];
  current: ComparisonSet | undefined;
  onChoose: (id: string) => void;
  /** Called after a change; with the id of the set to show, when that changed. */
  onChanged: (id?: string) => void;
}

function SetChooser({ sets, current, onChoose, onChanged }: SetChooserProps) {
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState('');
  const [count, setCount] = useState(0);

  const act = async (work: () => Promise<string | undefined | void>) => {
    try {
      const id = await work();
      setError('');
      onChanged(id ?? undefined);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div class="set-chooser">
      {sets.length === 0 ? (
        <p>{t('compare.noSets')}</p>
      ) : (
        <div class="field inline">
          <label for="set-choice">{t('compare.set')}</label>
          <select id="set-choice" value={current?.id} onChange={(e) => onChoose(e.currentTarget.value)}>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {current && renaming === null && (
            <button type="button" onClick={() => setRenaming(current.name)}>
              {t('compare.rename')}
            </button>
          )}
          {current && (
            <button
              type="button"
              class="danger"
              onClick={async () => {
                setCount((await listSetResults(current.id)).length);
                setDeleting(true);
              }}
            >
              {t('compare.deleteSet')}
            </button>
          )}
        </div>
      )}
      {current && renaming !== null && (
        <form
          class="field inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (!renaming.trim()) return setError(t('compare.error.name'));
            void act(() => renameComparisonSet(current.id, renaming)).then(() => setRenaming(null));
          }}
        >
          <label for="set-rename">{t('compare.renameLabel', { name: current.name })}</label>
          <input id="set-rename" type="text" maxLength={100} value={renaming} onInput={(e) => setRenaming(e.currentTarget.value)} />
          <button type="submit">{t('compare.saveName')}</button>
          <button type="button" onClick={() => setRenaming(null)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      <form
        class="field inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newName.trim()) return setError(t('compare.error.name'));
          void act(async () => (await createComparisonSet(newName)).id).then(() => setNewName(''));
        }}
      >
        <label for="set-new">{t('compare.newSet')}</label>
        <input id="set-new" type="text" maxLength={100} value={newName} onInput={(e) => setNewName(e.currentTarget.value)} />
        <button type="submit">{t('compare.create')}</button>
      </form>
      {error && <p role="alert">{error}</p>}
      {deleting && current && (
        <ConfirmDialog
          title={t('compare.deleteSetTitle')}
          body={t('compare.deleteSetBody', { name: current.name, count })}
          confirmLabel={t('compare.deleteSet')}
          onConfirm={() => {
            setDeleting(false);
            void act(() => deleteComparisonSet(current.id));
          }}
          onCancel={() => setDeleting(false)}
        />
      )}
    </div>
  );
}
