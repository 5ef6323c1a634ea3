/**
 * The figures of one comparison view, derived once from the results and
 * the view's choices (filters, columns, names or codes) and kept until one
 * of them changes: sorting the rows, choosing organizations for the radar
 * or the one for the trend derive nothing again, so the page neither
 * recomputes the statistics nor redraws charts whose figures are the same.
 * Pure: the page holds one `memoisedViewFigures()` and sorts its rows apart.
 */
import { anonymiseMatrix, type AnonymisedRow, type AnonymousCodes } from './anonymise.ts';
import { arrangementItems } from './compendium.ts';
import { domainMatrix, elementMatrix, filterOptions, filterResults, type ComparedResult, type FilterOptions, type Matrix, type MatrixRow } from './matrix.ts';
import { groupStatistics, networkMedian, profileDimension, profileViewStatistics, viewStatistics, type ColumnStatistics, type GroupStatistics, type MedianCheck } from './network.ts';
import { hasProfileValue, profileValuesOf } from './profile-values.ts';
import type { ProfileItemType } from '../model/schema.ts';
import { latestPerOrganization, networkTrend } from './trends.ts';

/** What the person chose to see; empty texts mean "all". */
export interface ViewChoice {
  region: string;
  type: string;
  period: string;
  profileItem: string;
  profileValue: string;
  /** The key elements of this domain as columns; undefined: the domains. */
  domainId: string | undefined;
  anonymised: boolean;
  /** The profile item the groups table groups by; '' for region and type. */
  groupBy: string;
  /** The profile's item types (numbers are banded), the same object while the model is. */
  types: Readonly<Record<string, ProfileItemType>> | undefined;
}

/** An organization as the view shows it: by its latest result shown, named or coded. */
export interface ViewOrganization {
  key: string;
  label: string;
  row: MatrixRow;
}

export interface ViewFigures<R extends ComparedResult> {
  options: FilterOptions;
  /** Profile items the results give, and the values of the one chosen. */
  profileItems: string[];
  profileValues: string[];
  profileFilter: { item: string; value: string } | null;
  /** The results the filters let through (every period chosen), and each organization's latest of them. */
  shown: R[];
  latest: R[];
  /** Names replaced by codes: only once the codes are there. */
  anonymous: boolean;
  /** Rows in the matrix's own order (the page sorts them): named, and coded when the view is anonymous. */
  named: Matrix<MatrixRow>;
  shared: Matrix<AnonymisedRow> | null;
  network: ReturnType<typeof viewStatistics>;
  /** The overall (or the domain's) column first, then one per column. */
  columnStatistics: ColumnStatistics[];
  groups: GroupStatistics[];
  /** The profile item the groups are by, when the results give it; '' for region and type. */
  groupItem: string;
  organizations: ViewOrganization[];
  median: MedianCheck;
  /** The results over every period (the trend's), and the network's median overall score by period. */
  overTime: R[];
  medianByPeriod: ReadonlyMap<string, number | null>;
}

/** Derives every figure of the view (see the module's comment); `codes` once they are made. */
export function viewFigures<R extends ComparedResult>(results: readonly R[], choice: ViewChoice, codes: AnonymousCodes | undefined): ViewFigures<R> {
  const { region, type, period, profileItem, profileValue, domainId, anonymised, groupBy, types } = choice;
  const options = filterOptions(results);
  const profileItems = arrangementItems(results);
  const profileValues = profileItem ? profileValuesOf(results, profileItem, types) : [];
  const profileFilter = profileItem && profileValues.includes(profileValue) ? { item: profileItem, value: profileValue } : null;
  const byProfile = (list: R[]) => (profileFilter ? list.filter((r) => hasProfileValue(r, profileFilter.item, profileFilter.value, types)) : list);
  const shown = byProfile(filterResults(results, { region, type, period }));
  // Statistics count each organization once, with its latest result among those shown.
  const latest = latestPerOrganization(shown);
  const named = domainId ? elementMatrix(shown, domainId) : domainMatrix(shown);
  const anonymous = anonymised && codes !== undefined;
  const shared = anonymous ? anonymiseMatrix(named, codes) : null;

  // Anonymised, a region or type filter shows that group's figures only as the groups table would (see viewStatistics).
  const whole = latestPerOrganization(filterResults(results, { period }));
  const network = profileFilter
    ? profileViewStatistics(filterResults(whole, { region, type }), profileFilter.item, profileFilter.value, { anonymised, types, alsoFiltered: Boolean(region || type) })
    : viewStatistics(whole, { region, type }, { anonymised });
  const columnStatistics: ColumnStatistics[] = !network.ok
    ? []
    : domainId
      ? (() => {
          const d = network.statistics.domains.find((x) => x.id === domainId);
          return d ? [d, ...d.elements] : [];
        })()
      : [network.statistics.overall, ...network.statistics.domains];
  const grouped = anonymised ? whole : latest; // anonymised, groups are always of the whole view, never of a filtered part of it
  const groupItem = profileItems.includes(groupBy) ? groupBy : '';
  const groups = (
    groupItem
      ? groupStatistics(grouped, profileDimension(groupItem), { anonymised, types })
      : [...groupStatistics(grouped, 'region', { anonymised }), ...groupStatistics(grouped, 'type', { anonymised })]
  ).filter((g) => g.group !== null);

  const label = (row: MatrixRow) => (anonymous ? (codes.get(row.organizationKey) ?? row.label) : row.label);
  const organizations = domainMatrix(latest)
    .rows.map((row) => ({ key: row.organizationKey, label: label(row), row }))
    .sort((a, b) => a.label.localeCompare(b.label));

  // The trend covers every period, whatever the period filter.
  const overTime = byProfile(filterResults(results, { region, type }));
  const medianByPeriod = new Map(networkTrend(overTime, { anonymised }).map((p) => [p.period, p.ok ? p.median.overall : null]));
  return {
    options,
    profileItems,
    profileValues,
    profileFilter,
    shown,
    latest,
    anonymous,
    named,
    shared,
    network,
    columnStatistics,
    groups,
    groupItem,
    organizations,
    median: networkMedian(latest, { anonymised }),
    overTime,
    medianByPeriod,
  };
}

/** The same choice, field by field. */
export function sameChoice(a: ViewChoice, b: ViewChoice): boolean {
  return (Object.keys(a) as (keyof ViewChoice)[]).every((key) => Object.is(a[key], b[key])) && Object.keys(a).length === Object.keys(b).length;
}

/** The same arguments, one by one (`Object.is`). */
export function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/**
 * `derive`, remembering its last arguments and result: called again with
 * the same arguments (as `same` judges them), it returns the very same
 * result without deriving it again.
 */
export function memoiseLast<A extends unknown[], T>(derive: (...args: A) => T, same: (a: A, b: A) => boolean): (...args: A) => T {
  let last: { args: A; result: T } | undefined;
  return (...args: A) => {
    if (last && same(last.args, args)) return last.result;
    last = { args, result: derive(...args) };
    return last.result;
  };
}

/** A `viewFigures` of its own (one per page): the same results, choice and codes give the same figures, the same object. */
export function memoisedViewFigures<R extends ComparedResult>(): (results: readonly R[], choice: ViewChoice, codes: AnonymousCodes | undefined) => ViewFigures<R> {
  return memoiseLast(viewFigures<R>, (a, b) => a[0] === b[0] && sameChoice(a[1], b[1]) && a[2] === b[2]);
}
