import { useRoute } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { organizationNameKey } from '../../assessment/organization.ts';
import type { Assessment } from '../../assessment/schema.ts';
import type { ProfileValue } from '../../exchange/result-file.ts';
import { t } from '../../i18n/index.ts';
import { compareVersions } from '../../model/version.ts';
import type { UnitResult } from '../../rollup/rollup.ts';
import { answerLookup, scoreAssessment } from '../../scoring/score.ts';
import {
  listAnswers,
  listAssessments,
  listSetResults,
  onChangeElsewhere,
  organizationSet,
  saveNotApplicableDomains,
  getOwnKey,
  listTrustedKeys,
  saveImportedResults,
  trustKey,
} from '../../storage/index.ts';
import { ImportPanel } from '../compare/ImportPanel.tsx';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { loadAvailableModels } from '../models.ts';
import { useFocusOnNavigation } from '../navigation.ts';
import { OrganizationView, type UnitSource } from './OrganizationView.tsx';
import './style.css';

/** The unit's size from a governance profile (item `staff`), when it is a number. */
function staffOf(profile: Readonly<Record<string, ProfileValue>> | undefined): number | undefined {
  const staff = profile?.['staff'];
  return typeof staff === 'number' ? staff : undefined;
}

async function load(name: string, period: string, setId: string | undefined) {
  const nameKey = organizationNameKey(name);
  const [assessments, available, trusted, sealing, set] = await Promise.all([
    listAssessments(),
    loadAvailableModels(),
    listTrustedKeys(),
    getOwnKey('seal'),
    organizationSet(nameKey, name),
  ]);
  const models = available.map((a) => a.model);
  const find = (id: string, version: string) => models.find((m) => m.id === id && m.version === version);
  const samePeriod = (p: string) => p.trim() === period.trim();

  const local: { result: UnitResult; assessment: Assessment }[] = [];
  for (const assessment of assessments) {
    if (organizationNameKey(assessment.organization.name) !== nameKey || !samePeriod(assessment.period)) continue;
    const model = find(assessment.model.id, assessment.model.version);
    if (!model) continue;
    const report = scoreAssessment(model, answerLookup(model, await listAnswers(assessment.id)));
    // The governance profile (issue 11) lives on the record when the model has one.
    const staff = staffOf((assessment as { profile?: Record<string, ProfileValue> }).profile);
    local.push({
      assessment,
      result: {
        assessmentId: assessment.id,
        updatedAt: assessment.updatedAt,
        organization: { name: assessment.organization.name, unit: assessment.organization.unit },
        period: assessment.period,
        model: assessment.model,
        report,
        ...(staff === undefined ? {} : { staff }),
        ...(assessment.notApplicableDomains ? { notApplicableDomains: assessment.notApplicableDomains } : {}),
      },
    });
  }
  const stored = set ? await listSetResults(set.id) : [];
  // Drilled down from a Compare set: that set's results of this organization count too.
  const compared = setId && setId !== set?.id ? await listSetResults(setId) : [];
  const localIds = new Set(local.map((l) => l.result.assessmentId));
  const imported: UnitResult[] = [...stored, ...compared]
    .map((s) => s.result)
    .filter((r) => organizationNameKey(r.organization.name) === nameKey && samePeriod(r.period) && !localIds.has(r.assessmentId))
    .map((r) => {
      const staff = staffOf(r.organization.profile);
      return {
        assessmentId: r.assessmentId,
        updatedAt: r.updatedAt,
        organization: { name: r.organization.name, ...(r.organization.unit ? { unit: r.organization.unit } : {}) },
        period: r.period,
        model: { id: r.model.id, version: r.model.version },
        report: r.report,
        ...(staff === undefined ? {} : { staff }),
        // A v3 file says which domains the unit is not concerned by; the roll-up honours it as for a unit on this device.
        ...(r.notApplicableDomains?.length ? { notApplicableDomains: r.notApplicableDomains } : {}),
      };
    });
  return { local, imported, stored, available, models, trusted, sealing, set };
}

/** The organization view: its units' assessments on this device and imported, rolled up. */
export function OrganizationPage() {
  const { params, query } = useRoute();
  const name = params['name'] ?? '';
  const period = params['period'] ?? '';
  usePageTitle(t('organization.title', { name }));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, `organization:${name}:${period}`);
  const [page, reload] = useLoaded(() => load(name, period, query['set']), [name, period, query['set']]);
  useEffect(
    () =>
      onChangeElsewhere((change) => {
        if (change.type === 'comparisons' || change.type === 'models' || change.type === 'assessments' || change.type === 'answer' || change.type === 'keys') reload();
      }),
    [],
  );

  const title = (
    <h1 tabIndex={-1} ref={heading}>
      {t('organization.title', { name })}
    </h1>
  );
  if (page.state === 'loading') return <p>{t('common.loading')}</p>;
  if (page.state === 'failed') return <p role="alert">{errorMessage(page.error)}</p>;
  const { local, imported, stored, available, models, trusted, sealing, set } = page.value;
  const units: UnitResult[] = [...local.map((l) => l.result), ...imported];
  const sources: UnitSource = new Map([...local.map((l) => [l.result.assessmentId, 'local'] as const), ...imported.map((r) => [r.assessmentId, 'imported'] as const)]);

  // The model asked for, else the one most units answered; rated with its newest version on this device among theirs.
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.model.id, (counts.get(u.model.id) ?? 0) + 1);
  const modelId = query['model'] ?? [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const versions = [...new Set(units.filter((u) => u.model.id === modelId).map((u) => u.model.version))].sort(compareVersions);
  const model = versions
    .reverse()
    .map((v) => models.find((m) => m.id === modelId && m.version === v))
    .find((m) => m !== undefined);

  return (
    <div class="organization">
      {title}
      <p class="lead">{t('organization.intro')}</p>
      {model ? (
        <OrganizationView
          name={name}
          period={period}
          model={model}
          models={models}
          units={units}
          sources={sources}
          otherModels={[...counts.keys()].filter((id) => id !== modelId).sort()}
          onNotApplicable={async (assessmentId, domainIds) => {
            await saveNotApplicableDomains(assessmentId, domainIds);
            reload();
          }}
        />
      ) : (
        <p>{t('organization.noUnits', { name, period })}</p>
      )}
      {set && (
        <section aria-labelledby="organization-import-heading" class="no-print">
          <h2 id="organization-import-heading">{t('organization.import')}</h2>
          <p>{t('organization.importIntro')}</p>
          <ImportPanel
            setId={set.id}
            known={stored}
            models={available}
            trusted={new Map(trusted.map((key) => [key.fingerprint, key]))}
            {...(sealing ? { sealingKey: { privateKey: sealing.privateKey, fingerprint: sealing.fingerprint } } : {})}
            onImported={reload}
            actions={{ saveImportedResults, trustKey }}
            onTrusted={reload}
          />
        </section>
      )}
    </div>
  );
}
