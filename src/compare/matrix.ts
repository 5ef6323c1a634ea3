/**
 * The comparison matrix: organizations × domains, or × the key elements of
 * one domain, each cell the re-scored figures of one result. Also what the
 * matrix is read through: which results may share it (one model, versions
 * that ask the same questions), the filters and the sort orders.
 *
 * Every function takes and returns plain data, so the Compare page, its
 * worker and the coordinators' CLI use the same code.
 */
import type { Problem } from '../model/problem.ts';
import type { ProfileValue } from '../assessment/schema.ts';
import type { ImportedResult } from '../exchange/import.ts';
import { organizationKey } from '../assessment/organization.ts';
import { compareVersions } from '../model/version.ts';
import type { Level, MaturityModel } from '../model/schema.ts';
import type { Figures, ScoreReport } from '../scoring/score.ts';
import type { ConfidenceSummary } from '../scoring/confidence.ts';
import type { Review, ReviewState } from '../assessment/schema.ts';
import { questionsOf } from '../model/walk.ts';

/** What comparison needs of an imported result; every `ImportedResult` is one. */
export interface ComparedResult {
  assessmentId: string;
  /** When the assessment last changed: orders results of one organization within a period. */
  updatedAt: string;
  /** `country` and `type` are read as the profile items `hq-region` and `organization-kind` where the profile lacks them (`profileOf`). */
  organization: { name: string; unit?: string; country?: string; type?: string; profile?: Readonly<Record<string, ProfileValue>> };
  period: string;
  model: { id: string; version: string };
  report: ScoreReport;
  /** Recomputed from the answers' evidence at import; absent for results imported before format v3. */
  confidence?: ConfidenceSummary;
  /** The review as the file states it. */
  review?: Review;
}

// Stops compiling if ImportedResult ever stops being a ComparedResult.
type Holds<T extends true> = T;
type _ImportedIsCompared = Holds<ImportedResult extends ComparedResult ? true : false>;

/** One result's figures for one domain or element (or overall). */
export interface Cell {
  /** The index: weighted mean level on the model's scale; null when nothing that counts was answered. */
  score: number | null;
  achievedLevel: Level | null;
  /** Share of the questions answered (a level or "not applicable"), 0–1. */
  coverage: number;
  /** Share of the claims at level 2 or above backed by verified evidence, 0–1; null when nothing is claimed; absent when unknown. */
  confidence?: number | null;
}

/** The cell of a domain or element a result's report does not have. */
export const EMPTY_CELL: Cell = Object.freeze({ score: null, achievedLevel: null, coverage: 0 });

function cellOf(figures: Pick<Figures, 'score' | 'achievedLevel' | 'coverage'>): Cell {
  return { score: figures.score, achievedLevel: figures.achievedLevel, coverage: figures.coverage };
}

/** Every cell of one result: overall, by domain id, by element id. */
export interface ScoreCells {
  overall: Cell;
  domains: Record<string, Cell>;
  elements: Record<string, Cell>;
}

export function cellsOf(report: ScoreReport, confidence?: ConfidenceSummary): ScoreCells {
  // Without a prototype, an id can never find something every object has ("constructor", say).
  const domains: Record<string, Cell> = Object.create(null);
  const elements: Record<string, Cell> = Object.create(null);
  const withConfidence = (cell: Cell, share: number | null | undefined): Cell => (confidence ? { ...cell, confidence: share ?? null } : cell);
  const own = (record: Record<string, { share: number | null }> | undefined, id: string) => (record && Object.hasOwn(record, id) ? record[id]!.share : null);
  for (const domain of report.domains) {
    domains[domain.domainId] = withConfidence(cellOf(domain), own(confidence?.domains, domain.domainId));
    for (const element of domain.elements) elements[element.elementId] = withConfidence(cellOf(element), own(confidence?.elements, element.elementId));
  }
  return { overall: withConfidence(cellOf(report.overall), confidence?.overall.share), domains, elements };
}

export { organizationKey };

/** How an organization is shown: "Name — Unit", or the name alone. */
export function organizationLabel(organization: ComparedResult['organization']): string {
  return organization.unit ? `${organization.name} — ${organization.unit}` : organization.name;
}

/**
 * Orders periods as people read them: numbers by value, text by letters,
 * a period before the ones it prefixes: "2024" < "2024-Q2" < "2024-Q10" <
 * "2025". Negative when `a` comes first.
 */
export function comparePeriods(a: string, b: string): number {
  const tokens = (period: string) => period.trim().toLowerCase().match(/\d+|[^\d]+/g) ?? [];
  const x = tokens(a);
  const y = tokens(b);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const p = x[i]!;
    const q = y[i]!;
    const pNumber = /^\d/.test(p);
    const qNumber = /^\d/.test(q);
    if (pNumber && qNumber) {
      const difference = Number(p) - Number(q);
      if (difference !== 0) return difference;
    } else if (pNumber !== qNumber) return pNumber ? -1 : 1;
    else if (p !== q) return p < q ? -1 : 1;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

const names = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Names in alphabetical order, letters alike in case and accents told apart last, so the order never depends on input order. */
export function compareNames(a: string, b: string): number {
  return names.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Label, then period, then last change, then id: the order rows start in, whatever the order of import. */
function compareResults(a: ComparedResult, b: ComparedResult): number {
  return (
    compareNames(organizationLabel(a.organization), organizationLabel(b.organization)) ||
    comparePeriods(a.period, b.period) ||
    (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0) ||
    (a.assessmentId < b.assessmentId ? -1 : a.assessmentId > b.assessmentId ? 1 : 0)
  );
}

// ---------------------------------------------------------------- one model, comparable versions

/** How a set's questions differ from those of the set with the newest version. */
export interface QuestionDifference {
  /** The newest version, compared with. */
  comparedWith: string;
  /** Question ids this set asks and the newest does not. */
  onlyHere: string[];
  /** Question ids the newest asks and this set does not. */
  missingHere: string[];
  /** Question ids both ask, under another key element or domain. */
  movedElsewhere: string[];
}

/** Results that can share one matrix: one model, versions asking the same questions. */
export interface ComparableResults<R extends ComparedResult = ComparedResult> {
  modelId: string;
  /** Oldest first. */
  versions: string[];
  results: R[];
  /** Set when several versions are compared together: what a reader should bear in mind (`matrix.versions-together`). */
  note: Problem<'matrix.versions-together'> | null;
  /** For a set kept apart from the newest: how its questions differ; null for the newest set, or when a model is not known. */
  difference: QuestionDifference | null;
}

export interface ModelResults<R extends ComparedResult = ComparedResult> {
  modelId: string;
  /** The sets compared separately, the one with the newest version first; usually one. */
  sets: ComparableResults<R>[];
  /** Set when versions are kept apart: which, and why (they ask different questions, or their model is not on this device, or both). */
  keptApart: Problem<MatrixNoteCode> | null;
}

/** The part of a model that says which questions it asks, and where. */
export type ModelStructure = Pick<MaturityModel, 'domains'>;

/** Finds the model a result was scored with; `ModelLookup` of `exchange/import.ts` is one. */
export type StructureLookup = (id: string, version: string) => ModelStructure | undefined;

/** Question id → "domain/element" where it is asked. */
function placesOf(model: ModelStructure): Map<string, string> {
  return new Map(questionsOf(model).map(({ domain, element, question }) => [question.id, `${domain.id}/${element.id}`]));
}

function samePlaces(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([id, place]) => b.get(id) === place);
}

function differenceOf(here: ReadonlyMap<string, string>, newest: ReadonlyMap<string, string>, comparedWith: string): QuestionDifference {
  const ids = (map: ReadonlyMap<string, string>) => [...map.keys()];
  return {
    comparedWith,
    onlyHere: ids(here).filter((id) => !newest.has(id)).sort(),
    missingHere: ids(newest).filter((id) => !here.has(id)).sort(),
    movedElsewhere: ids(here).filter((id) => newest.has(id) && newest.get(id) !== here.get(id)).sort(),
  };
}

export type MatrixNoteCode = 'matrix.versions-together' | 'matrix.kept-apart.different' | 'matrix.kept-apart.unknown' | 'matrix.kept-apart.both';

/**
 * Sorts results by model id, never mixing two models, and within a model
 * puts together the versions that ask the same questions in the same key
 * elements and domains (wording, descriptors and weights may differ);
 * versions that differ are compared separately, and `keptApart` says which.
 * A version whose model `models` does not know is a set of its own.
 * Results within a set are in label, period order.
 */
export function groupByModel<R extends ComparedResult>(results: readonly R[], models: StructureLookup): ModelResults<R>[] {
  const byModel = new Map<string, R[]>();
  for (const result of results) byModel.set(result.model.id, [...(byModel.get(result.model.id) ?? []), result]);

  return [...byModel.keys()].sort().map((modelId) => {
    const ofModel = byModel.get(modelId)!;
    const newestFirst = [...new Set(ofModel.map((r) => r.model.version))].sort(compareVersions).reverse();
    const groups: { versions: string[]; places: Map<string, string> | null }[] = [];
    for (const version of newestFirst) {
      const model = models(modelId, version);
      const places = model ? placesOf(model) : null;
      const group = places && groups.find((g) => g.places && samePlaces(g.places, places));
      if (group) group.versions.unshift(version);
      else groups.push({ versions: [version], places });
    }
    const newest = groups.find((g) => g.places !== null);

    const sets: ComparableResults<R>[] = groups.map((group) => ({
      modelId,
      versions: group.versions,
      results: ofModel.filter((r) => group.versions.includes(r.model.version)).sort(compareResults),
      note: group.versions.length > 1 ? { code: 'matrix.versions-together', params: { model: modelId, versions: group.versions.join(', ') } } : null,
      difference:
        group === newest || !group.places || !newest?.places
          ? null
          : differenceOf(group.places, newest.places, newest.versions[newest.versions.length - 1]!),
    }));

    let keptApart: Problem<MatrixNoteCode> | null = null;
    if (sets.length > 1) {
      const known = groups.filter((g) => g.places !== null);
      const unknown = groups.filter((g) => g.places === null).flatMap((g) => g.versions);
      const different = known.length > 1;
      const params = { model: modelId, sets: sets.length, groups: known.map((g) => g.versions.join(', ')).join('; '), versions: unknown.join(', ') };
      keptApart = { code: different && unknown.length ? 'matrix.kept-apart.both' : different ? 'matrix.kept-apart.different' : 'matrix.kept-apart.unknown', params };
    }
    return { modelId, sets, keptApart };
  });
}

// ---------------------------------------------------------------- the matrix

export type MatrixScope = { kind: 'domains' } | { kind: 'elements'; domainId: string };

/** What every row of a matrix has, named or anonymised: what sorting reads. */
export interface MatrixRowBase {
  /** The organization as shown: its label, or its code once anonymised. */
  label: string;
  period: string;
  modelId: string;
  modelVersion: string;
  /** The row's total: the overall figures in a domain matrix, the domain's in an element matrix. */
  total: Cell;
  /** By column id (domain or element id). */
  cells: Record<string, Cell>;
  /** Where its review stands, as the file says; absent when the file says nothing (v1, v2 without sign-off). */
  reviewState?: ReviewState;
}

export interface MatrixRow extends MatrixRowBase {
  assessmentId: string;
  updatedAt: string;
  organization: ComparedResult['organization'];
  organizationKey: string;
  /** Who approved it, by the review's last approval, when it stands approved. */
  approvedBy?: { by: string; role: string; at: string };
}

export interface Matrix<Row extends MatrixRowBase = MatrixRow> {
  scope: MatrixScope;
  /** True once names are replaced by codes (`anonymiseMatrix`). */
  anonymised: boolean;
  /** Domain ids, or the element ids of the domain, in the model's order. */
  columns: string[];
  rows: Row[];
}

function oneModel(results: readonly ComparedResult[]): void {
  const ids = new Set(results.map((r) => r.model.id));
  // A programming error, not a person's: results reach the matrix through groupByModel.
  if (ids.size > 1) throw new RangeError(`results of different models cannot share a matrix: ${[...ids].sort().join(', ')}`);
}

function rowOf(result: ComparedResult, total: Cell, cells: Record<string, Cell>): MatrixRow {
  return {
    assessmentId: result.assessmentId,
    updatedAt: result.updatedAt,
    organization: result.organization,
    organizationKey: organizationKey(result.organization),
    label: organizationLabel(result.organization),
    period: result.period,
    modelId: result.model.id,
    modelVersion: result.model.version,
    total,
    cells,
    ...reviewOfRow(result.review),
  };
}

function reviewOfRow(review: Review | undefined): Pick<MatrixRow, 'reviewState' | 'approvedBy'> {
  if (!review) return {};
  const approval = review.state === 'approved' ? review.history.findLast((entry) => entry.state === 'approved') : undefined;
  return { reviewState: review.state, ...(approval ? { approvedBy: { by: approval.by, role: approval.role, at: approval.at } } : {}) };
}

function columnsOf(lists: readonly (readonly string[])[]): string[] {
  const columns: string[] = [];
  for (const list of lists) for (const id of list) if (!columns.includes(id)) columns.push(id);
  return columns;
}

/**
 * Organizations × domains: one row per result (of one comparable set),
 * rows in label, period order. A result gets `EMPTY_CELL` for a domain its
 * report lacks.
 */
export function domainMatrix(results: readonly ComparedResult[]): Matrix {
  oneModel(results);
  const sorted = [...results].sort(compareResults);
  const columns = columnsOf(sorted.map((r) => r.report.domains.map((d) => d.domainId)));
  return {
    scope: { kind: 'domains' },
    anonymised: false,
    columns,
    rows: sorted.map((result) => {
      const cells = cellsOf(result.report, result.confidence);
      return rowOf(result, cells.overall, Object.fromEntries(columns.map((id) => [id, cells.domains[id] ?? EMPTY_CELL])));
    }),
  };
}

/** Organizations × the key elements of one domain; each row's total is that domain's figures. */
export function elementMatrix(results: readonly ComparedResult[], domainId: string): Matrix {
  oneModel(results);
  const sorted = [...results].sort(compareResults);
  const columns = columnsOf(
    sorted.map((r) => r.report.domains.find((d) => d.domainId === domainId)?.elements.map((e) => e.elementId) ?? []),
  );
  return {
    scope: { kind: 'elements', domainId },
    anonymised: false,
    columns,
    rows: sorted.map((result) => {
      const cells = cellsOf(result.report, result.confidence);
      return rowOf(result, cells.domains[domainId] ?? EMPTY_CELL, Object.fromEntries(columns.map((id) => [id, cells.elements[id] ?? EMPTY_CELL])));
    }),
  };
}

// ---------------------------------------------------------------- sorting

export type SortKey = { by: 'name' } | { by: 'period' } | { by: 'total' } | { by: 'column'; column: string };
export type SortDirection = 'asc' | 'desc';

function scoreFor(row: MatrixRowBase, key: SortKey): number | null {
  if (key.by === 'total') return row.total.score;
  if (key.by === 'column') return row.cells[key.column]?.score ?? null;
  return null;
}

/**
 * The rows sorted by name (label or code), period (natural order), the
 * total or a column's score. Rows without a score come last in either
 * direction; ties go to name then period, both ascending, then to the
 * order given.
 */
export function sortRows<Row extends MatrixRowBase>(rows: readonly Row[], key: SortKey, direction: SortDirection = 'asc'): Row[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: Row, b: Row) => compareNames(a.label, b.label);
  const byPeriod = (a: Row, b: Row) => comparePeriods(a.period, b.period);
  return [...rows].sort((a, b) => {
    if (key.by === 'name') return sign * byName(a, b) || byPeriod(a, b);
    if (key.by === 'period') return sign * byPeriod(a, b) || byName(a, b);
    const x = scoreFor(a, key);
    const y = scoreFor(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) return sign * (x - y);
    return byName(a, b) || byPeriod(a, b);
  });
}

// ---------------------------------------------------------------- filters

export interface FilterOptions {
  /** The distinct regions (or countries) given, alphabetical. */
  regions: string[];
  /** The distinct organization types given, alphabetical. */
  types: string[];
  /** The distinct periods, in natural order. */
  periods: string[];
}

/** Null, undefined or empty: no filter on that field. */
export interface ResultFilter {
  region?: string | null;
  type?: string | null;
  period?: string | null;
}

function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * The region filter reads the profile item `hq-region`, the type filter
 * `organization-kind`; a file that gives only `country` / `type` gives them
 * (one definition of this reading: `profileOf` in ./profile-values.ts,
 * repeated here for single choices so this module needs no import of it).
 */
function choiceOf(organization: ComparedResult['organization'], item: 'hq-region' | 'organization-kind'): string | undefined {
  const value = organization.profile?.[item];
  if (typeof value === 'string' && value.trim() !== '') return value;
  const old = item === 'hq-region' ? organization.country : organization.type;
  return old !== undefined && old.trim() !== '' ? old : undefined;
}
export const regionOf = (organization: ComparedResult['organization']) => choiceOf(organization, 'hq-region');
export const kindOf = (organization: ComparedResult['organization']) => choiceOf(organization, 'organization-kind');

/** The values the filters can take, from the results themselves. */
export function filterOptions(results: readonly ComparedResult[]): FilterOptions {
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter(given))];
  return {
    regions: distinct(results.map((r) => regionOf(r.organization))).sort(compareNames),
    types: distinct(results.map((r) => kindOf(r.organization))).sort(compareNames),
    periods: distinct(results.map((r) => r.period)).sort(comparePeriods),
  };
}

/** The results that match every filter set; a result that does not give a region is left out by a region filter (likewise type). */
export function filterResults<R extends ComparedResult>(results: readonly R[], filter: ResultFilter): R[] {
  const matches = (wanted: string | null | undefined, value: string | undefined) => !wanted || value === wanted;
  return results.filter(
    (r) => matches(filter.region, regionOf(r.organization)) && matches(filter.type, kindOf(r.organization)) && matches(filter.period, r.period),
  );
}
