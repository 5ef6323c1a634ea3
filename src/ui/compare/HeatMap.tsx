import type { Cell, MatrixRowBase, SortDirection, SortKey } from '../../compare/matrix.ts';
import { formatPercent, formatScore, t } from '../../i18n/index.ts';
import { isLowConfidence } from '../../scoring/confidence.ts';

export type Sort = { key: SortKey; direction: SortDirection };

interface Props {
  rows: (MatrixRowBase & { assessmentId?: string; approvedBy?: { by: string; role: string } })[];
  columns: string[];
  columnTitle: (id: string) => string;
  totalTitle: string;
  sort: Sort;
  onSort: (key: SortKey) => void;
  /** Offered on named rows only: an anonymised row does not say which result it is. */
  onRemove?: (assessmentId: string) => void;
  /** The organization view of a row's units, where its organization has several (named rows only). */
  unitsLink?: (assessmentId: string) => { href: string; name: string } | undefined;
}

const sameKey = (a: SortKey, b: SortKey) => JSON.stringify(a) === JSON.stringify(b);

/** The matrix as a heat map: a row per result, the colour of each cell its achieved level, the figure always written. */
export function HeatMap({ rows, columns, columnTitle, totalTitle, sort, onSort, onRemove, unitsLink }: Props) {
  const header = (key: SortKey, title: string) => {
    const sorted = sameKey(sort.key, key);
    return (
      <th scope="col" aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" class="link sort" onClick={() => onSort(key)} aria-label={t('compare.sortBy', { column: title })}>
          {title}
          {/* The direction is shown, and read out through aria-sort on the column heading. */}
          <span class="sort-mark" aria-hidden="true">
            {sorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <>
      <h3 id="matrix-heading">{t('compare.matrix')}</h3>
      <p class="hint">{t('compare.confidence.note')}</p>
      {/* Scrolls both ways inside its box, so the organization column and the column headings stay in view. */}
      <div class="table-scroll heat-map-box" role="region" aria-labelledby="matrix-heading" tabIndex={0}>
        <table class="heat-map" data-testid="compare-matrix">
          <caption>{t('compare.matrix.caption')}</caption>
          <thead>
            <tr>
              {header({ by: 'name' }, t('compare.column.organization'))}
              {header({ by: 'period' }, t('compare.column.period'))}
              {header({ by: 'total' }, totalTitle)}
              <th scope="col">{t('compare.column.status')}</th>
              <th scope="col">{t('compare.column.confidence')}</th>
              {columns.map((id) => header({ by: 'column', column: id }, columnTitle(id)))}
              {onRemove && <td class="no-print" />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.assessmentId ?? `${row.label}-${row.period}`}>
                <th scope="row">
                  <bdi>{row.label}</bdi>
                  {row.assessmentId && unitsLink?.(row.assessmentId) && (
                    <>
                      {' '}
                      <a
                        class="units-link no-print"
                        href={unitsLink(row.assessmentId)!.href}
                        aria-label={t('compare.unitsLabel', { name: unitsLink(row.assessmentId)!.name, period: row.period })}
                      >
                        {t('compare.units')}
                      </a>
                    </>
                  )}
                </th>
                <td>
                  <bdi>{row.period}</bdi>
                </td>
                <HeatCell cell={row.total} />
                <td data-cell="status">
                  {t(row.reviewState ? `compare.status.${row.reviewState}` : 'compare.status.unknown')}
                  {row.approvedBy && (
                    <>
                      {' '}
                      <bdi>{t('compare.status.approvedBy', { name: row.approvedBy.by })}</bdi>
                    </>
                  )}
                </td>
                <td data-cell="confidence">
                  {row.total.confidence === undefined
                    ? t('results.none')
                    : row.total.confidence === null
                      ? t('results.confidence.none')
                      : formatPercent(row.total.confidence)}
                  <LowConfidenceMark cell={row.total} />
                </td>
                {columns.map((id) => (
                  <HeatCell key={id} cell={row.cells[id]} />
                ))}
                {onRemove && row.assessmentId && (
                  <td class="no-print">
                    <button
                      type="button"
                      class="link remove"
                      onClick={() => onRemove(row.assessmentId!)}
                      aria-label={t('compare.removeResultLabel', { name: row.label, period: row.period })}
                    >
                      {t('compare.removeResult')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Toggles the direction when the same column is chosen again; a new column starts ascending. */
export function nextSort(now: Sort, key: SortKey): Sort {
  return { key, direction: sameKey(now.key, key) && now.direction === 'asc' ? 'desc' : 'asc' };
}

function HeatCell({ cell }: { cell: Cell | undefined }) {
  return (
    <td class={`heat level-${cell?.achievedLevel ?? 'none'}`} data-score={cell?.score ?? ''}>
      {cell && cell.score !== null ? formatScore(cell.score) : t('results.none')}
      <LowConfidenceMark cell={cell} />
    </td>
  );
}

/** "!" beside a level of 3 or above that less than half of its claims back with verified evidence; read out in words. */
function LowConfidenceMark({ cell }: { cell: Cell | undefined }) {
  if (!cell || cell.confidence === undefined || !isLowConfidence(cell.achievedLevel, { share: cell.confidence })) return null;
  return (
    <>
      {' '}
      <span class="low-confidence-mark" aria-hidden="true" title={t('compare.confidence.low')}>
        !
      </span>
      <span class="visually-hidden" data-testid="compare-low-confidence">
        {t('compare.confidence.low')}
      </span>
    </>
  );
}
