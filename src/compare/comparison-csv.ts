/**
 * A comparison as spreadsheet rows, header first, to be written with
 * `toCsv` (`../exchange/csv.ts`: UTF-8 with a BOM, RFC 4180). Column names
 * are stable:
 *
 * - Matrix, one row per result (`matrixCsvRows`):
 *   `organization, period, model_id, model_version`, then one score column
 *   per domain (or per key element of the chosen domain) named by its id,
 *   then the row's total: `overall_score, overall_level, coverage` for a
 *   domain matrix, `domain_score, domain_level, coverage` for an element
 *   matrix; then `confidence` (of that total: the share of its claims at
 *   level 2 or above backed by verified evidence, three decimals, empty when
 *   nothing is claimed or the result came in a file before v3) and
 *   `review_state` (`draft`, `in-review`, `approved`, `reopened`, or empty
 *   when the file says nothing); then, not anonymised, `approved_by` (who
 *   approved it, with their role) and the governance profile: a
 *   `profile.<item id>` column for every item any result gives (see
 *   `../exchange/profile-csv.ts`). Anonymised, the profile is left out: its
 *   facts (staff, spending, offices) can name an organization.
 * - Matrix, one row per cell (`matrixCellCsvRows`), for pivot tables:
 *   `organization, unit, region, type, period, model_id, model_version,
 *   column_kind, column_id, score, achieved_level, coverage, confidence`; `column_kind`
 *   is `overall`, `domain` or `element`. Anonymised, `unit, region, type`
 *   are left out.
 * - Statistics (`statisticsCsvRows`): `scope, group, domain_id, element_id,
 *   organizations, min, q1, median, q3, max, mean`; `scope` is `network`,
 *   `region` or `type`, `group` the region or type (empty for the network,
 *   or where it is not given); `domain_id` and `element_id` are empty on the
 *   overall row, `element_id` on a domain's row.
 *
 * Anonymised, `organization` holds the code; groups and figures withheld by
 * the minimum group size rule have no row at all. Scores and statistics
 * have two decimals, coverage three; a cell is empty where there is no
 * score.
 */
import type { CsvCell } from '../exchange/csv.ts';
import { profileColumnsFromValues } from '../exchange/profile-csv.ts';
import type { Profile } from '../model/schema.ts';
import { roundScore } from '../scoring/score.ts';
import { confidenceCell } from '../exchange/result-csv.ts';
import type { AnonymisedRow } from './anonymise.ts';
import { EMPTY_CELL, type Cell, type Matrix, type MatrixRow } from './matrix.ts';
import type { ColumnStatistics, GroupStatistics, StatisticsCheck } from './network.ts';

export const MATRIX_IDENTITY_COLUMNS = ['organization', 'period', 'model_id', 'model_version'] as const;
export const MATRIX_REVIEW_COLUMNS = ['confidence', 'review_state'] as const;
export const DOMAIN_MATRIX_TOTAL_COLUMNS = ['overall_score', 'overall_level', 'coverage'] as const;
export const ELEMENT_MATRIX_TOTAL_COLUMNS = ['domain_score', 'domain_level', 'coverage'] as const;

export const MATRIX_CELL_COLUMNS = [
  'organization',
  'unit',
  'region',
  'type',
  'period',
  'model_id',
  'model_version',
  'column_kind',
  'column_id',
  'score',
  'achieved_level',
  'coverage',
  'confidence',
] as const;
export const ANONYMISED_MATRIX_CELL_COLUMNS = MATRIX_CELL_COLUMNS.filter((c) => c !== 'unit' && c !== 'region' && c !== 'type');

export const STATISTICS_COLUMNS = ['scope', 'group', 'domain_id', 'element_id', 'organizations', 'min', 'q1', 'median', 'q3', 'max', 'mean'] as const;

type AnyMatrix = Matrix<MatrixRow> | Matrix<AnonymisedRow>;
type AnyRow = MatrixRow | AnonymisedRow;

const coverage = (cell: Cell) => Math.round(cell.coverage * 1000) / 1000;

function approvedBy(row: AnyRow): string {
  const approval = 'approvedBy' in row ? row.approvedBy : undefined;
  return approval ? (approval.role ? `${approval.by} (${approval.role})` : approval.by) : '';
}

function identity(row: AnyRow): CsvCell[] {
  return ['code' in row ? row.code : row.label, row.period, row.modelId, row.modelVersion];
}

/** `profile` orders the profile columns (its items first); without it they are alphabetical. */
export function matrixCsvRows(matrix: AnyMatrix, profile?: Profile): CsvCell[][] {
  const rows: readonly AnyRow[] = matrix.rows;
  const total = matrix.scope.kind === 'domains' ? DOMAIN_MATRIX_TOTAL_COLUMNS : ELEMENT_MATRIX_TOTAL_COLUMNS;
  const profileOf = (row: AnyRow) => ('code' in row ? undefined : row.organization.profile);
  const profileColumns = matrix.anonymised ? [] : profileColumnsFromValues(rows.map(profileOf), profile);
  return [
    [...MATRIX_IDENTITY_COLUMNS, ...matrix.columns, ...total, ...MATRIX_REVIEW_COLUMNS, ...(matrix.anonymised ? [] : ['approved_by']), ...profileColumns.map((column) => column.header)],
    ...rows.map((row) => [
      ...identity(row),
      ...matrix.columns.map((id) => row.cells[id]?.score ?? null),
      row.total.score,
      row.total.achievedLevel,
      coverage(row.total),
      confidenceCell(row.total.confidence),
      row.reviewState ?? '',
      ...(matrix.anonymised ? [] : [approvedBy(row)]),
      ...profileColumns.map((column) => column.cell(profileOf(row))),
    ]),
  ];
}

export function matrixCellCsvRows(matrix: AnyMatrix): CsvCell[][] {
  const rows: readonly AnyRow[] = matrix.rows;
  const totalKind = matrix.scope.kind === 'domains' ? 'overall' : 'domain';
  const totalId = matrix.scope.kind === 'domains' ? 'overall' : matrix.scope.domainId;
  const columnKind = matrix.scope.kind === 'domains' ? 'domain' : 'element';
  const body = rows.flatMap((row) => {
    const who: CsvCell[] =
      'code' in row
        ? [row.code, row.period, row.modelId, row.modelVersion]
        : [row.organization.name, row.organization.unit ?? '', row.organization.country ?? '', row.organization.type ?? '', row.period, row.modelId, row.modelVersion];
    const line = (kind: string, id: string, cell: Cell): CsvCell[] => [...who, kind, id, cell.score, cell.achievedLevel, coverage(cell), confidenceCell(cell.confidence)];
    return [
      line(totalKind, totalId, row.total),
      ...matrix.columns.map((id) => line(columnKind, id, row.cells[id] ?? EMPTY_CELL)),
    ];
  });
  return [[...(matrix.anonymised ? ANONYMISED_MATRIX_CELL_COLUMNS : MATRIX_CELL_COLUMNS)], ...body];
}

// Empty where a figure is withheld (anonymised: no minimum, maximum or mean, quartiles only from groups of five).
const figure = (value: number | null) => (value === null ? null : roundScore(value));

function statisticsLine(scope: string, group: string | null, domainId: string, elementId: string, column: ColumnStatistics): CsvCell[] | null {
  const spread = column.spread;
  if (!spread) return null;
  return [
    scope,
    group ?? '',
    domainId,
    elementId,
    column.organizations,
    figure(spread.min),
    figure(spread.q1),
    figure(spread.median),
    figure(spread.q3),
    figure(spread.max),
    figure(spread.mean),
  ];
}

function linesOf(scope: string, group: string | null, check: StatisticsCheck): CsvCell[][] {
  if (!check.ok) return [];
  const { overall, domains } = check.statistics;
  const lines = [
    statisticsLine(scope, group, '', '', overall),
    ...domains.flatMap((domain) => [
      statisticsLine(scope, group, domain.id, '', domain),
      ...domain.elements.map((element) => statisticsLine(scope, group, domain.id, element.id, element)),
    ]),
  ];
  return lines.filter((line): line is CsvCell[] => line !== null);
}

/**
 * The network's statistics (when given) and each group's, one row per
 * summarised figure. Withheld groups and figures without a spread (no
 * score, or withheld) have no row.
 */
export function statisticsCsvRows(network: StatisticsCheck | null, groups: readonly GroupStatistics[] = []): CsvCell[][] {
  return [
    [...STATISTICS_COLUMNS],
    ...(network ? linesOf('network', null, network) : []),
    ...groups.flatMap((g) => linesOf(g.dimension, g.group, g)),
  ];
}
