import type { ComponentChildren } from 'preact';
import { printWithCharts } from '../components/Chart.tsx';
import { useMemo, useState } from 'preact/hooks';
import { toCsv } from '../../exchange/csv.ts';
import { formatDateTime, formatNumber, formatPercent, t, type MessageKey } from '../../i18n/index.ts';
import type { MaturityModel } from '../../model/schema.ts';
import { rollupCsvRows } from '../../rollup/rollup-csv.ts';
import { rollUpOrganization, type OrganizationRollup, type RollupColumn, type RollupProblem, type RollupUnit, type UnitEntry, type UnitResult, type Weighting } from '../../rollup/rollup.ts';
import { downloadFile } from '../download.ts';
import { modelText } from '../model-text.ts';
import { columnScope, ScopeSelect } from '../components/ColumnScope.tsx';

/** Where each unit result comes from, by assessment id. */
export type UnitSource = ReadonlyMap<string, 'local' | 'imported'>;

interface Props {
  name: string;
  period: string;
  /** The model rated with (the newest version of the units' model on this device). */
  model: MaturityModel;
  models: MaturityModel[];
  units: UnitResult[];
  sources: UnitSource;
  /** Ids of other models some units answered: never mixed in, said so. */
  otherModels: string[];
  /** Saves the domains a unit (assessed on this device) is not concerned by. */
  onNotApplicable: (assessmentId: string, domainIds: string[]) => Promise<void>;
}

const fileName = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'organization';

/** The organization's roll-up: the heat map of units, who holds each level down, coverage, the units' not-applicable domains, CSV and print. */
export function OrganizationView({ name, period, model, models, units, sources, otherModels, onNotApplicable }: Props) {
  const [weighting, setWeighting] = useState<Weighting>('equal');
  const [scope, setScope] = useState('domains');
  const text = modelText(model);
  const rollup = useMemo(
    () =>
      rollUpOrganization(units, {
        organization: name,
        period,
        model,
        models: (id, version) => models.find((m) => m.id === id && m.version === version),
        weighting,
      }),
    [units, name, period, model, models, weighting],
  );
  const { domain, totalTitle, columnTitle: titleOf } = columnScope(model, scope);
  const domainRollup = domain && rollup.domains.find((d) => d.id === domain.id);
  const total: RollupColumn = domainRollup ?? rollup.overall;
  const columns: RollupColumn[] = domainRollup ? domainRollup.elements : rollup.domains;
  const unitLabel = (key: string | undefined) => rollup.units.find((u) => u.key === key)?.label ?? '';

  const exportCsv = () => downloadFile(`${fileName(name)}-${fileName(period)}-units.csv`, toCsv(rollupCsvRows(rollup)), 'text/csv;charset=utf-8');

  return (
    <div class="organization-view">
      <div class="organization-header" data-testid="organization-header">
        <p>
          {t('organization.summary', { period, model: text(model.title), versions: rollup.versions.join(', '), count: rollup.units.length })}
        </p>
        <p>{t(rollup.rule === 'all' ? 'organization.rule.all' : 'organization.rule.nplf')}</p>
        <p class="print-only">{t('compare.print.date', { date: formatDateTime(new Date().toISOString()) })}</p>
        {otherModels.length > 0 && <p class="notice">{t('organization.otherModels', { models: otherModels.join(', ') })}</p>}
      </div>

      <fieldset class="filters no-print">
        <legend>{t('organization.options')}</legend>
        <div class="field inline">
          <label for="organization-weighting">{t('organization.weighting')}</label>
          <select id="organization-weighting" value={weighting} onChange={(e) => setWeighting(e.currentTarget.value as Weighting)}>
            <option value="equal">{t('organization.weighting.equal')}</option>
            <option value="staff">{t('organization.weighting.staff')}</option>
          </select>
        </div>
        <ScopeSelect id="organization-scope" model={model} scope={scope} onScope={setScope} />
      </fieldset>

      <div class="results-actions no-print">
        <button type="button" onClick={exportCsv}>
          {t('organization.csv')}
        </button>
        <button type="button" onClick={() => void printWithCharts()}>
          {t('organization.print')}
        </button>
      </div>

      <UnitsHeatMap rollup={rollup} total={total} totalTitle={totalTitle} columns={columns} titleOf={titleOf} sources={sources} unitLabel={unitLabel} />

      <section aria-labelledby="holding-heading">
        <h2 id="holding-heading">{t('organization.holdingHeading')}</h2>
        <ul class="holding" data-testid="organization-holding">
          {[{ column: total, title: totalTitle }, ...columns.map((column) => ({ column, title: titleOf(column.id) }))].map(({ column, title }) => (
            <li key={column.id}>{holdingSentence(column, title, unitLabel(column.holding?.unitKey))}</li>
          ))}
        </ul>
      </section>

      <Coverage rollup={rollup} titleOf={titleOf} />

      {rollup.problems.length > 0 && (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading">{t('organization.problems')}</h2>
          <ul>
            {rollup.problems.map((problem, i) => (
              <li key={i}>{problemText(problem)}</li>
            ))}
          </ul>
        </section>
      )}

      <NotApplicable rollup={rollup} model={model} units={units} sources={sources} onNotApplicable={onNotApplicable} />
    </div>
  );
}

function holdingSentence(column: RollupColumn, title: string, unit: string): string {
  if (column.level === null || !column.holding) return t('organization.holding.none', { column: title });
  if (column.holding.level === null) return t('organization.holding.notRated', { column: title, level: column.level, unit });
  return t('organization.holding', { column: title, level: column.level, unit, unitLevel: column.holding.level });
}

function problemText(problem: RollupProblem): string {
  return t(`rollup.problem.${problem.code.slice('rollup.'.length)}` as MessageKey, problem.params);
}

function entryText(entry: UnitEntry | undefined): string {
  if (!entry) return t('results.none');
  if (entry.excluded) return t('organization.notApplicable');
  return entry.level === null ? t('results.notRated') : formatNumber(entry.level);
}

interface HeatMapProps {
  rollup: OrganizationRollup;
  total: RollupColumn;
  totalTitle: string;
  columns: RollupColumn[];
  titleOf: (id: string) => string;
  sources: UnitSource;
  unitLabel: (key: string | undefined) => string;
}

/** Units × domains (or × the key elements of a domain): the level of each, then the organization's rows. Styled as the Compare heat map. */
function UnitsHeatMap({ rollup, total, totalTitle, columns, titleOf, sources, unitLabel }: HeatMapProps) {
  const all = [total, ...columns];
  const cell = (entry: UnitEntry | undefined, key: string) => (
    <td key={key} class={`heat level-${entry && !entry.excluded ? (entry.level ?? 'none') : 'none'}`}>
      {entryText(entry)}
    </td>
  );
  const footer = (label: string, value: (column: RollupColumn) => string, testId?: string) => (
    <tr data-testid={testId}>
      <th scope="row" colSpan={3}>
        {label}
      </th>
      {all.map((column) => (
        <td key={column.id}>{value(column)}</td>
      ))}
    </tr>
  );
  return (
    <UnitsTable
      rollup={rollup}
      id="units-heading"
      heading={t('organization.heatmap')}
      caption={t('organization.heatmap.caption')}
      box="heat-map-box"
      table="heat-map units-map"
      testId="organization-matrix"
      headers={
        <>
          <th scope="col">{t('organization.column.source')}</th>
          <th scope="col">{t('organization.column.weight')}</th>
          {all.map((column, i) => (
            <th scope="col" key={column.id}>
              {i === 0 ? totalTitle : titleOf(column.id)}
            </th>
          ))}
        </>
      }
      cells={(unit, i) => (
        <>
          <td>{t(sources.get(unit.assessmentId) === 'imported' ? 'organization.source.imported' : 'organization.source.local')}</td>
          <td>{formatNumber(unit.weight)}</td>
          {all.map((column) => cell(column.units[i], column.id))}
        </>
      )}
      footer={
        <>
          {footer(t('organization.row.level'), (c) => (c.level === null ? t('results.notRated') : formatNumber(c.level)), 'organization-level')}
          {footer(t('organization.row.holding'), (c) => unitLabel(c.holding?.unitKey) || t('results.none'), 'organization-holding-row')}
          {footer(t('organization.row.median'), (c) => (c.median === null ? t('results.none') : formatNumber(c.median)))}
          {footer(t('organization.row.spread'), (c) =>
            c.min === null || c.max === null ? t('results.none') : t('organization.spread', { min: c.min, max: c.max }),
          )}
          {footer(t('organization.row.rated'), (c) => t('organization.ratedOf', { rated: c.rated, counted: c.counted }))}
        </>
      }
    />
  );
}

/** Which unit has answered what: the share of questions answered, overall and by domain. */
function Coverage({ rollup, titleOf }: { rollup: OrganizationRollup; titleOf: (id: string) => string }) {
  return (
    <UnitsTable
      rollup={rollup}
      id="coverage-heading"
      heading={t('organization.coverage')}
      caption={t('organization.coverage.caption')}
      table="coverage-table"
      headers={
        <>
          <th scope="col">{t('compare.column.overall')}</th>
          {rollup.domains.map((d) => (
            <th scope="col" key={d.id}>
              {titleOf(d.id)}
            </th>
          ))}
        </>
      }
      cells={(unit, i) => (
        <>
          <td>{formatPercent(unit.coverage)}</td>
          {rollup.domains.map((d) => {
            const entry = d.units[i]!;
            return <td key={d.id}>{entry.excluded === 'markedNotApplicable' ? t('organization.notApplicable') : formatPercent(entry.coverage)}</td>;
          })}
        </>
      )}
    />
  );
}

interface UnitsTableProps {
  rollup: OrganizationRollup;
  /** The heading's id, which names the scrolling region. */
  id: string;
  heading: string;
  caption: string;
  /** A class of the scrolling box beside `table-scroll`, and the table's class. */
  box?: string;
  table: string;
  testId?: string;
  /** The column headings after the unit's. */
  headers: ComponentChildren;
  /** The cells of a unit's row after its name. */
  cells: (unit: RollupUnit, index: number) => ComponentChildren;
  footer?: ComponentChildren;
}

/** A table with a row a unit, named first, in a box that scrolls under its heading. */
function UnitsTable({ rollup, id, heading, caption, box, table, testId, headers, cells, footer }: UnitsTableProps) {
  return (
    <section>
      <h2 id={id}>{heading}</h2>
      <div class={box ? `table-scroll ${box}` : 'table-scroll'} role="region" aria-labelledby={id} tabIndex={0}>
        <table class={table} data-testid={testId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organization.column.unit')}</th>
              {headers}
            </tr>
          </thead>
          <tbody>
            {rollup.units.map((unit, i) => (
              <tr key={unit.key}>
                <th scope="row">
                  <bdi>{unit.label}</bdi>
                </th>
                {cells(unit, i)}
              </tr>
            ))}
          </tbody>
          {footer && <tfoot>{footer}</tfoot>}
        </table>
      </div>
    </section>
  );
}

interface NotApplicableProps {
  rollup: OrganizationRollup;
  model: MaturityModel;
  units: UnitResult[];
  sources: UnitSource;
  onNotApplicable: (assessmentId: string, domainIds: string[]) => Promise<void>;
}

/** Marks a unit assessed on this device as not concerned by a domain; saved at once, with the outcome said. */
function NotApplicable({ rollup, model, units, sources, onNotApplicable }: NotApplicableProps) {
  const [status, setStatus] = useState<{ assessmentId: string; state: 'saved' | 'failed'; message?: string } | null>(null);
  // What the person ticked, shown at once while it is saved (the page reloads the units after).
  const [ticked, setTicked] = useState<ReadonlyMap<string, string[]>>(new Map());
  const text = modelText(model);
  const local = rollup.units.filter((u) => sources.get(u.assessmentId) === 'local');
  if (local.length === 0) return null;
  return (
    <section aria-labelledby="not-applicable-heading" class="no-print">
      <h2 id="not-applicable-heading">{t('organization.notApplicableHeading')}</h2>
      <p>{t('organization.notApplicableIntro')}</p>
      {local.map((unit) => {
        const saved = units.find((u) => u.assessmentId === unit.assessmentId)?.notApplicableDomains ?? [];
        const marked = ticked.get(unit.assessmentId) ?? [...saved];
        const toggle = async (domainId: string, on: boolean) => {
          const next = on ? [...marked, domainId] : marked.filter((id) => id !== domainId);
          setTicked((now) => new Map(now).set(unit.assessmentId, next));
          try {
            await onNotApplicable(unit.assessmentId, next);
            setStatus({ assessmentId: unit.assessmentId, state: 'saved' });
          } catch (error) {
            setTicked((now) => new Map(now).set(unit.assessmentId, [...saved]));
            setStatus({ assessmentId: unit.assessmentId, state: 'failed', message: error instanceof Error ? error.message : String(error) });
          }
        };
        return (
          <fieldset key={unit.key} class="not-applicable">
            <legend>{t('organization.notApplicableLegend', { unit: unit.label })}</legend>
            {model.domains.map((d) => {
              const id = `na-${unit.assessmentId}-${d.id}`;
              return (
                <div class="field checkbox" key={d.id}>
                  <input id={id} type="checkbox" checked={marked.includes(d.id)} onChange={(e) => void toggle(d.id, e.currentTarget.checked)} />
                  <label for={id}>{text(d.title)}</label>
                </div>
              );
            })}
            <p role="status" class="saved">
              {status?.assessmentId === unit.assessmentId && status.state === 'saved' ? t('organization.saved') : ''}
            </p>
            {status?.assessmentId === unit.assessmentId && status.state === 'failed' && <p role="alert">{t('organization.saveFailed', { error: status.message ?? '' })}</p>}
          </fieldset>
        );
      })}
    </section>
  );
}
