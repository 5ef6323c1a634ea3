import { printWithCharts } from '../components/Chart.tsx';
import { useMemo, useState } from 'preact/hooks';
import { anonymousCodes, type AnonymisedRow } from '../../compare/anonymise.ts';
import { matrixCsvRows, statisticsCsvRows } from '../../compare/comparison-csv.ts';
import { filterResults, groupByModel, sortRows, type MatrixRow, type MatrixRowBase } from '../../compare/matrix.ts';
import type { ColumnStatistics } from '../../compare/network.ts';
import { organizationTrend } from '../../compare/trends.ts';
import { memoiseLast, memoisedViewFigures, sameArguments, type ViewFigures } from '../../compare/view-figures.ts';
import { toCsv } from '../../exchange/csv.ts';
import { currentLanguage, formatDateTime, t } from '../../i18n/index.ts';
import { highestLevel, lowestLevel, type MaturityModel } from '../../model/schema.ts';
import { networkMedian, profileDimension } from '../../compare/network.ts';
import type { Profile } from '../../model/schema.ts';
import { profileOf } from '../../model/profiles.ts';
import type { StoredResult } from '../../exchange/import.ts';
import { organizationGroups, organizationNameKey } from '../../assessment/organization.ts';
import { downloadFile } from '../download.ts';
import { organizationPath } from '../organization-link.ts';
import { errorMessage, useLoaded } from '../hooks.ts';
import { modelText } from '../model-text.ts';
import { GroupsTable } from './GroupsTable.tsx';
import { HeatMap, nextSort, type Sort } from './HeatMap.tsx';
import { RadarView } from './RadarView.tsx';
import { SpreadView, type ColumnSpread } from './SpreadView.tsx';
import { TrendView, type TrendRow } from './TrendView.tsx';
import { CompendiumView } from './CompendiumView.tsx';
import { buildBenchmark } from '../../compare/benchmark.ts';
import { profileLabels } from '../profile-labels.ts';
import { columnScope, ScopeSelect } from '../components/ColumnScope.tsx';

/** A result as the comparison holds it, and a matrix row, named or coded. */
type Compared = StoredResult['result'];
type Row = MatrixRowBase & { assessmentId?: string };

interface Props {
  setId: string;
  setName: string;
  stored: StoredResult[];
  models: MaturityModel[];
  /** The shared governance profiles by name (the default models' profile is one of them). */
  sharedProfiles?: Readonly<Record<string, Profile>>;
  onRemove: (assessmentId: string) => Promise<void>;
  /** Whether the set was last shown anonymised (remembered with the set). */
  anonymised: boolean;
  /** Stores the choice with the set; rejects, nothing stored, when it could not. */
  onAnonymised: (anonymised: boolean) => Promise<void>;
  /** The SHA-256 of a model as published, for the benchmark file; undefined when not known here. */
  modelHash?: (id: string, version: string) => string | undefined;
}

/**
 * The views over one comparison set: which results are compared (one model,
 * versions asking the same questions), the filters and the anonymised
 * switch, and, from the same filtered results, the heat map, the spread,
 * the groups, the radar and the trend, with their exports.
 */
/** The profile's labels, the same object while the model, its profile and the language are (the figures are memoised on its `types`). */
const sameLabels = memoiseLast((model: MaturityModel, profile: Profile | undefined, _language: string) => profileLabels(model, profile), sameArguments);

export function ComparisonViews({ setId, setName, stored, models, sharedProfiles = {}, onRemove, anonymised: remembered, onAnonymised, modelHash }: Props) {
  const lookup = (id: string, version: string) => models.find((m) => m.id === id && m.version === version);
  const byModel = useMemo(() => groupByModel(stored.map((s) => s.result), lookup), [stored, models]);
  const choices = byModel.flatMap((g) => g.sets.map((set) => ({ key: `${set.modelId}@${set.versions.join(',')}`, set })));
  const [choiceKey, setChoiceKey] = useState(choices[0]?.key ?? '');
  const choice = choices.find((c) => c.key === choiceKey) ?? choices[0];
  const [region, setRegion] = useState('');
  const [type, setType] = useState('');
  const [period, setPeriod] = useState('');
  const [profileItem, setProfileItem] = useState('');
  const [profileValue, setProfileValue] = useState('');
  /** The profile item the groups table groups by; '' for region and type. */
  const [groupBy, setGroupBy] = useState('');
  const [mode, setMode] = useState<'comparison' | 'compendium'>('comparison');
  const [benchmarkError, setBenchmarkError] = useState('');
  const [anonymised, setAnonymised] = useState(remembered);
  // Why the choice above could not be stored (the page shows it all the same, until a reload).
  const [anonymiseProblem, setAnonymiseProblem] = useState('');
  const [scope, setScope] = useState('domains');
  const [sort, setSort] = useState<Sort>({ key: { by: 'name' }, direction: 'asc' });
  const [chosen, setChosen] = useState<string[]>([]);
  const [trendKey, setTrendKey] = useState('');
  // Codes salted with the set's id: stable within the set, whatever the import order, and not guessable from a list of names.
  const [codes] = useLoaded(() => anonymousCodes(stored.map((s) => s.result), setId), [setId, stored]);

  // One of each for the page's life: the same inputs give the same object (compare/view-figures.ts), so a sort
  // derives nothing again, and the charts, whose figures are the same objects, are not updated.
  const [memo] = useState(() => ({
    figures: memoisedViewFigures<Compared>(),
    namedRows: memoiseLast((rows: readonly MatrixRow[], sort: Sort) => sortRows(rows, sort.key, sort.direction), sameArguments),
    sharedRows: memoiseLast((rows: readonly AnonymisedRow[], sort: Sort) => sortRows(rows, sort.key, sort.direction), sameArguments),
    spreads: memoiseLast(
      (statistics: ColumnStatistics[], totalTitle: string, _language: string, _model: MaturityModel, columnTitle: (id: string) => string): ColumnSpread[] =>
        statistics.map((c, i) => ({ id: c.id, title: i === 0 ? totalTitle : columnTitle(c.id), spread: c.spread, organizations: c.organizations })),
      // The titles follow the model and the language; the function that words them is made anew each render.
      (a, b) => sameArguments(a.slice(0, 4), b.slice(0, 4)),
    ),
    withUnits: memoiseLast((results: readonly Compared[]) => organizationGroups(results).filter((g) => g.units >= 2), sameArguments),
    axis: memoiseLast((model: MaturityModel) => ({ min: lowestLevel(model), max: highestLevel(model) }), sameArguments),
    trend: memoiseLast((figures: ViewFigures<Compared>, key: string | undefined): TrendRow[] => {
      const own = key !== undefined ? organizationTrend(figures.overTime, key) : [];
      return figures.options.periods.map((p) => ({ period: p, own: own.filter((x) => x.period === p).pop()?.overall.score ?? null, median: figures.medianByPeriod.get(p) ?? null }));
    }, sameArguments),
  }));

  if (!choice) return null;
  const set = choice.set;
  const newest = set.versions[set.versions.length - 1]!;
  const model = lookup(set.modelId, newest);
  if (!model) return <p role="alert">{t('compare.modelMissing', { id: set.modelId, version: newest })}</p>;
  const text = modelText(model);

  const profile = profileOf(model, sharedProfiles);
  const labels = sameLabels(model, profile, currentLanguage());
  const domain = model.domains.find((d) => `elements:${d.id}` === scope);
  const figures = memo.figures(set.results, { region, type, period, profileItem, profileValue, domainId: domain?.id, anonymised, groupBy, types: labels.types }, codes.state === 'ready' ? codes.value : undefined);
  const { options, profileItems, profileValues, profileFilter, shown, anonymous, network, groups, organizations } = figures;
  // Sorting orders the rows the figures hold: nothing is derived again.
  const matrix = figures.shared
    ? { ...figures.shared, rows: memo.sharedRows(figures.shared.rows, sort) }
    : { ...figures.named, rows: memo.namedRows(figures.named.rows, sort) };
  const rows: Row[] = matrix.rows;
  const columnTitle = (id: string) => {
    const d = model.domains.find((x) => x.id === id);
    if (d) return text(d.title);
    const e = model.domains.flatMap((x) => x.elements).find((x) => x.id === id);
    return e ? text(e.title) : id;
  };
  const totalTitle = domain ? text(domain.title) : t('compare.column.overall');
  const spreads = memo.spreads(figures.columnStatistics, totalTitle, currentLanguage(), model, columnTitle);
  const axis = memo.axis(model);

  // Drilling down: a result of an organization with several units links to the organization view of its units.
  const withUnits = memo.withUnits(set.results);
  const unitsLink = (assessmentId: string) => {
    const result = set.results.find((r) => r.assessmentId === assessmentId);
    const key = result && organizationNameKey(result.organization.name);
    const group = result && withUnits.find((g) => g.nameKey === key && g.period === result.period.trim() && g.modelId === result.model.id);
    return group && { href: organizationPath(group.name, group.period, group.modelId, setId), name: group.name };
  };

  const exportMatrix = () => downloadFile(`${setName}-scores.csv`, toCsv(matrixCsvRows(matrix)), 'text/csv;charset=utf-8');
  const exportStatistics = () => downloadFile(`${setName}-statistics.csv`, toCsv(statisticsCsvRows(network, groups)), 'text/csv;charset=utf-8');

  // The benchmark is of the whole set of the period chosen (never of a filtered part), anonymised whatever the page shows.
  const exportBenchmark = async () => {
    const sha256 = modelHash?.(set.modelId, newest);
    if (!sha256) return;
    const createdAt = new Date().toISOString();
    const built = await buildBenchmark({
      results: filterResults(set.results, { period }),
      model: { id: set.modelId, version: newest, sha256, versions: set.versions },
      date: createdAt.slice(0, 10),
      createdAt,
    });
    if (!built.ok) return setBenchmarkError(t('benchmark.problem.benchmark.too-few', built.problem.params));
    setBenchmarkError('');
    downloadFile(`${setName}-benchmark.json`, `${JSON.stringify(built.file, null, 2)}\n`, 'application/json');
  };

  const trendOrganization = organizations.find((o) => o.key === trendKey) ?? organizations[0];
  const trend = memo.trend(figures, trendOrganization?.key);

  return (
    <div class="comparison">
      {choices.length > 1 && (
        <div class="field inline no-print">
          <label for="compare-model">{t('compare.model')}</label>
          <select id="compare-model" value={choice.key} onChange={(e) => setChoiceKey(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.set.modelId} {c.set.versions.join(', ')}
              </option>
            ))}
          </select>
        </div>
      )}
      {set.versions.length > 1 && <p class="notice">{t('compare.versionsNote', { versions: set.versions.join(', ') })}</p>}

      <fieldset class="filters no-print">
        <legend>{t('compare.filters')}</legend>
        <FilterSelect id="filter-region" label={t('compare.region')} value={region} values={options.regions} onChange={setRegion} />
        <FilterSelect id="filter-type" label={t('compare.type')} value={type} values={options.types} onChange={setType} />
        <FilterSelect id="filter-period" label={t('compare.period')} value={period} values={options.periods} onChange={setPeriod} />
        <FilterSelect id="filter-profile-item" label={t('compare.profileItem')} value={profileItem} values={profileItems} show={labels.item} onChange={setProfileItem} />
        {profileItem && (
          <FilterSelect
            id="filter-profile-value"
            label={t('compare.profileValue')}
            value={profileValue}
            values={profileValues}
            show={(v) => labels.value(profileItem, v)}
            onChange={setProfileValue}
          />
        )}
        <ScopeSelect id="compare-scope" model={model} scope={scope} onScope={setScope} />
        <div class="field checkbox">
          <input
            id="compare-anonymise"
            type="checkbox"
            checked={anonymised}
            aria-describedby={anonymiseProblem ? 'compare-anonymise-problem' : undefined}
            onChange={(e) => {
              const chosen = e.currentTarget.checked;
              setAnonymised(chosen);
              setAnonymiseProblem('');
              onAnonymised(chosen).catch((error: unknown) => setAnonymiseProblem(errorMessage(error)));
            }}
          />
          <label for="compare-anonymise">{t('compare.anonymise')}</label>
        </div>
        {anonymiseProblem && (
          <p id="compare-anonymise-problem" class="field-error" role="alert">
            {t('compare.anonymiseNotKept', { reason: anonymiseProblem })}
          </p>
        )}
      </fieldset>

      <div class="mode-switch no-print" role="group" aria-label={t('compare.mode')}>
        {(['comparison', 'compendium'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
            {t(m === 'comparison' ? 'compare.mode.comparison' : 'compare.mode.compendium')}
          </button>
        ))}
      </div>

      {mode === 'compendium' && (
        <>
          <CompendiumView
            setName={setName}
            model={model}
            profile={profile}
            results={shown}
            anonymised={anonymised}
            onExportBenchmark={modelHash?.(set.modelId, newest) ? exportBenchmark : undefined}
          />
          {benchmarkError && <p role="alert">{benchmarkError}</p>}
        </>
      )}
      {mode === 'comparison' && (
      <>
      <div class="results-actions no-print">
        <button type="button" onClick={exportMatrix}>
          {t('compare.csv.matrix')}
        </button>
        <button type="button" onClick={exportStatistics}>
          {t('compare.csv.statistics')}
        </button>
        <button type="button" onClick={() => void printWithCharts()}>
          {t('compare.print')}
        </button>
      </div>

      <ComparisonHeader
        setName={setName}
        filters={[
          [t('compare.region'), region],
          [t('compare.type'), type],
          [t('compare.period'), period],
          ...(profileFilter ? [[labels.item(profileFilter.item), labels.value(profileFilter.item, profileFilter.value)] as [string, string]] : []),
        ]}
        view={domain ? t('compare.view.elements', { domain: text(domain.title) }) : t('compare.view.domains')}
        anonymised={anonymous}
      />

      <HeatMap
        rows={rows}
        columns={matrix.columns}
        columnTitle={columnTitle}
        totalTitle={totalTitle}
        sort={sort}
        onSort={(key) => setSort((now) => nextSort(now, key))}
        onRemove={anonymous ? undefined : (assessmentId) => void onRemove(assessmentId)}
        {...(anonymous ? {} : { unitsLink })}
      />
      <SpreadView spreads={spreads} anonymised={anonymised} axis={axis} />
      <FilterSelect
        id="compare-group-by"
        class="no-print group-by"
        label={t('compare.groupBy')}
        value={figures.groupItem}
        values={profileItems}
        show={labels.item}
        all={t('compare.groupBy.regionType')}
        onChange={setGroupBy}
      />
      <GroupsTable groups={groups} labels={labels} />
      <RadarView model={model} organizations={organizations} median={figures.median} chosen={chosen} onChosen={setChosen} />
      {options.periods.length > 1 && trendOrganization && (
        <TrendView axis={axis} organizations={organizations} organization={trendOrganization} onOrganization={setTrendKey} trend={trend} />
      )}
      </>
      )}
    </div>
  );
}

/**
 * What the page shows, said where it is shown and on paper: the set, the
 * date, the filters and columns, and whether names are shown or coded.
 */
function ComparisonHeader({ setName, filters, view, anonymised }: { setName: string; filters: [label: string, value: string][]; view: string; anonymised: boolean }) {
  const chosen = filters.filter(([, value]) => value !== '');
  return (
    <div class="comparison-header" data-testid="comparison-header">
      <p class="print-only comparison-title">{t('compare.title')}</p>
      <p class="print-only">
        <strong>{t('compare.print.set', { name: setName })}</strong>
      </p>
      <p class="print-only">{t('compare.print.date', { date: formatDateTime(new Date().toISOString()) })}</p>
      <p class="print-only">
        {chosen.length === 0 ? t('compare.print.noFilters') : t('compare.print.filters', { filters: chosen.map(([label, value]) => `${label}: ${value}`).join('; ') })}
      </p>
      <p class="print-only">{t('compare.print.columns', { view })}</p>
      <p class={anonymised ? 'privacy anonymised' : 'privacy named'} data-anonymised={String(anonymised)}>
        {anonymised ? t('compare.anonymisedNote') : t('compare.namedNote')}
      </p>
    </div>
  );
}

/**
 * A choice among `values`, each shown by `show` (as it is, by default), with a first option for none of them
 * (`all`: "All" unless named); nothing when there is nothing to choose from.
 */
function FilterSelect({
  id,
  label,
  value,
  values,
  onChange,
  show = (v) => v,
  all = t('compare.all'),
  class: extra,
}: {
  id: string;
  label: string;
  value: string;
  values: readonly string[];
  onChange: (v: string) => void;
  show?: (v: string) => string;
  all?: string;
  class?: string;
}) {
  if (values.length === 0) return null;
  return (
    <div class={extra ? `field inline ${extra}` : 'field inline'}>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {show(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
