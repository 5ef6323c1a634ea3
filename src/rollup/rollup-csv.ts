/**
 * An organization's roll-up as spreadsheet rows, header first, to be written
 * with `toCsv` (`../exchange/csv.ts`). One row per unit and column, then one
 * per organization and column, for pivot tables; column names are stable:
 *
 * `row, organization, period, model_id, unit, model_version, staff, weight,
 * column_kind, column_id, level, score, coverage, excluded, holding_unit,
 * holding_level, median, min, max, units_counted, units_rated`
 *
 * `row` is `unit` or `organization`; `column_kind` is `overall`, `domain`
 * or `element`. A unit row leaves the organization's figures empty and the
 * other way round; `excluded` is `marked-not-applicable` or
 * `answered-not-applicable` where the unit is left out of the column.
 */
import type { CsvCell } from '../exchange/csv.ts';
import { roundScore } from '../scoring/score.ts';
import type { Exclusion, OrganizationRollup, RollupColumn } from './rollup.ts';

export const ROLLUP_CSV_COLUMNS = [
  'row',
  'organization',
  'period',
  'model_id',
  'unit',
  'model_version',
  'staff',
  'weight',
  'column_kind',
  'column_id',
  'level',
  'score',
  'coverage',
  'excluded',
  'holding_unit',
  'holding_level',
  'median',
  'min',
  'max',
  'units_counted',
  'units_rated',
] as const;

const EXCLUSION: Record<Exclusion, string> = { markedNotApplicable: 'marked-not-applicable', answeredNotApplicable: 'answered-not-applicable' };

export function rollupCsvRows(rollup: OrganizationRollup): CsvCell[][] {
  const columns: { kind: 'overall' | 'domain' | 'element'; column: RollupColumn }[] = [
    { kind: 'overall', column: rollup.overall },
    ...rollup.domains.flatMap((domain) => [
      { kind: 'domain' as const, column: domain },
      ...domain.elements.map((element) => ({ kind: 'element' as const, column: element })),
    ]),
  ];
  const identity = [rollup.organization, rollup.period, rollup.modelId];
  const label = (key: string | undefined) => rollup.units.find((u) => u.key === key)?.label ?? '';
  const rows: CsvCell[][] = [[...ROLLUP_CSV_COLUMNS]];
  rollup.units.forEach((unit, i) => {
    for (const { kind, column } of columns) {
      const entry = column.units[i]!;
      rows.push([
        'unit', ...identity, unit.label, unit.modelVersion, unit.staff ?? '', unit.weight, kind, column.id,
        entry.level ?? '', entry.score === null ? '' : roundScore(entry.score), Math.round(entry.coverage * 1000) / 1000,
        entry.excluded ? EXCLUSION[entry.excluded] : '', '', '', '', '', '', '', '',
      ]);
    }
  });
  for (const { kind, column } of columns) {
    rows.push([
      'organization', ...identity, '', rollup.versions.join(' '), '', '', kind, column.id,
      column.level ?? '', '', '', '', label(column.holding?.unitKey), column.holding?.level ?? '',
      column.median ?? '', column.min ?? '', column.max ?? '', column.counted, column.rated,
    ]);
  }
  return rows;
}
