/**
 * The network as a whole: the spread of scores per domain and per key
 * element (minimum, quartiles, median, maximum), the median profile drawn
 * over an organization's radar, and the same figures by region and by
 * organization type.
 *
 * Each result given counts once: pass one period's results (see
 * `filterResults`) or each organization's latest (`latestPerOrganization`
 * in `./trends.ts`) to compare organizations rather than assessments.
 *
 * In anonymised mode a group of fewer than `MIN_GROUP_SIZE` organizations
 * gives no statistic, nor does a domain or element that fewer than that
 * many organizations scored: with two, each could work out the other's
 * score from the figures and their own. Organizations are counted by
 * `organizationKey`, so one organization's several periods count once.
 * Anonymised figures never include a minimum, a maximum or a mean, and
 * quartiles only from groups of `QUARTILE_MIN_GROUP_SIZE` (see
 * `anonymisedSpread`); and when a group is withheld, enough others are
 * withheld with it that the network's figures less the groups shown never
 * describe fewer than `MIN_GROUP_SIZE` organizations (`groupStatistics`).
 */
import type { Problem } from '../model/problem.ts';
import { cellsOf, filterResults, kindOf, organizationKey, regionOf, type ComparedResult } from './matrix.ts';
import { groupByProfileItem, groupKeys, profileOf, type ProfileItemType } from './profile-values.ts';
import { MIN_GROUP_SIZE, anonymisedSpread, spreadOf, type Spread } from './statistics.ts';

export interface StatisticsOptions {
  /** Apply the minimum group size rule (statistics meant to be shared). */
  anonymised?: boolean;
  /** Profile item types from the model's profile, for banding numbers when grouping by a profile item. */
  types?: Readonly<Record<string, ProfileItemType>>;
}

export interface ColumnStatistics {
  /** The domain or element id. */
  id: string;
  /** Distinct organizations with a score here. */
  organizations: number;
  /** Null when none has a score, or (anonymised) when fewer than MIN_GROUP_SIZE organizations do. */
  spread: Spread | null;
}

export interface DomainStatistics extends ColumnStatistics {
  elements: ColumnStatistics[];
}

export interface ScoreStatistics {
  /** Distinct organizations among the results summarised. */
  organizations: number;
  results: number;
  overall: ColumnStatistics;
  /** In the order of the first result's report. */
  domains: DomainStatistics[];
}

/** Why there are no statistics: the group has no results, or too few organizations, or is withheld, or the view is a cross of two groups. */
export type StatisticsProblemCode =
  | 'statistics.network.no-results'
  | 'statistics.network.too-few'
  | 'statistics.period.no-results'
  | 'statistics.period.too-few'
  | 'statistics.group.no-results'
  | 'statistics.group.too-few'
  | 'statistics.group.withheld'
  | 'statistics.unstated.too-few'
  | 'statistics.unstated.hidden'
  | 'statistics.cross'
  | 'statistics.no-group';
export type StatisticsProblem = Problem<StatisticsProblemCode>;

/** Statistics, or the reason there are none, as a code (`problem.<code>` in the catalogs). */
export type StatisticsCheck = { ok: true; statistics: ScoreStatistics } | { ok: false; problem: StatisticsProblem };

/** Whose statistics: the network, the network in a period, a group (a region, a type, a profile item's value), or the results that do not state theirs. */
export type StatisticsScope = { kind: 'network' } | { kind: 'period'; period: string } | { kind: 'group'; group: string } | { kind: 'unstated' };

function refusal(scope: StatisticsScope, what: 'no-results' | 'too-few' | 'withheld' | 'hidden'): StatisticsCheck {
  const { kind, ...params } = scope;
  const code = `statistics.${kind}.${what}` as StatisticsProblemCode;
  return { ok: false, problem: { code, params: what === 'too-few' ? { ...params, minimum: MIN_GROUP_SIZE } : params } };
}

function columnStatistics(id: string, scored: readonly { key: string; score: number | null }[], anonymised: boolean): ColumnStatistics {
  const withScore = scored.filter((s) => s.score !== null);
  const organizations = new Set(withScore.map((s) => s.key)).size;
  const scores = withScore.map((s) => s.score);
  const spread = anonymised ? anonymisedSpread(scores, organizations) : spreadOf(scores);
  return { id, organizations, spread };
}

function summarise(results: readonly ComparedResult[], scope: StatisticsScope, { anonymised = false }: StatisticsOptions): StatisticsCheck {
  if (results.length === 0) return refusal(scope, 'no-results');
  const organizations = new Set(results.map((r) => organizationKey(r.organization))).size;
  if (anonymised && organizations < MIN_GROUP_SIZE) return refusal(scope, 'too-few');

  const rows = results.map((r) => ({ key: organizationKey(r.organization), cells: cellsOf(r.report) }));
  const column = (id: string, score: (cells: (typeof rows)[number]['cells']) => number | null) =>
    columnStatistics(
      id,
      rows.map((row) => ({ key: row.key, score: score(row.cells) })),
      anonymised,
    );

  // Columns in report order; a domain or element only some reports have is still summarised.
  const domainIds: string[] = [];
  const elementIds = new Map<string, string[]>();
  for (const result of results) {
    for (const domain of result.report.domains) {
      if (!elementIds.has(domain.domainId)) {
        domainIds.push(domain.domainId);
        elementIds.set(domain.domainId, []);
      }
      const ids = elementIds.get(domain.domainId)!;
      for (const element of domain.elements) if (!ids.includes(element.elementId)) ids.push(element.elementId);
    }
  }

  return {
    ok: true,
    statistics: {
      organizations,
      results: results.length,
      overall: column('overall', (cells) => cells.overall.score),
      domains: domainIds.map((domainId) => ({
        ...column(domainId, (cells) => cells.domains[domainId]?.score ?? null),
        elements: elementIds.get(domainId)!.map((elementId) => column(elementId, (cells) => cells.elements[elementId]?.score ?? null)),
      })),
    },
  };
}

/** The spread of scores over the whole network (the results given), overall, per domain and per element. */
export function networkStatistics(results: readonly ComparedResult[], options: StatisticsOptions = {}, scope: StatisticsScope = { kind: 'network' }): StatisticsCheck {
  return summarise(results, scope, options);
}

/** The network's median per domain and per element (and overall), by id: the line over a radar. Null where there is none. */
export interface MedianProfile {
  overall: number | null;
  domains: Record<string, number | null>;
  elements: Record<string, number | null>;
}

export type MedianCheck = { ok: true; median: MedianProfile } | { ok: false; problem: StatisticsProblem };

export function medianProfile(statistics: ScoreStatistics): MedianProfile {
  const domains: Record<string, number | null> = {};
  const elements: Record<string, number | null> = {};
  for (const domain of statistics.domains) {
    domains[domain.id] = domain.spread?.median ?? null;
    for (const element of domain.elements) elements[element.id] = element.spread?.median ?? null;
  }
  return { overall: statistics.overall.spread?.median ?? null, domains, elements };
}

/** The network's median profile (or its median in one period, with `scope`), under the same rules as `networkStatistics`. */
export function networkMedian(results: readonly ComparedResult[], options: StatisticsOptions = {}, scope: StatisticsScope = { kind: 'network' }): MedianCheck {
  const check = networkStatistics(results, options, scope);
  return check.ok ? { ok: true, median: medianProfile(check.statistics) } : check;
}

/** What results are grouped by: region, organization type, or any profile item (`profile.<item id>`). */
export type GroupDimension = 'region' | 'type' | `profile.${string}`;

/** The dimension that groups by profile item `item`. */
export const profileDimension = (item: string): GroupDimension => `profile.${item}`;

/** The profile item a dimension groups by; undefined for region and type. */
export const profileItemOf = (dimension: GroupDimension): string | undefined => (dimension.startsWith('profile.') ? dimension.slice('profile.'.length) : undefined);

/** One group's statistics; `group` is null for the results that do not say their region (or type, or give the item). */
export type GroupStatistics = { dimension: GroupDimension; group: string | null } & StatisticsCheck;

/** The groups a result falls in: its region or type; for a profile item the value's group keys (one per choice of several, a band for numbers); [null] when it gives none. */
function groupsOf(result: ComparedResult, dimension: GroupDimension, types: StatisticsOptions['types']): (string | null)[] {
  const item = profileItemOf(dimension);
  if (item !== undefined) {
    const keys = groupKeys(item, profileOf(result.organization)[item], types?.[item]);
    return keys.length > 0 ? keys : [null];
  }
  const value = dimension === 'region' ? regionOf(result.organization) : kindOf(result.organization);
  return [value !== undefined && value.trim() !== '' ? value : null];
}

const groupNames = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The statistics of each region (the result file's country or region),
 * each organization type, or each value of any profile item (choices by
 * option, a result in each of its choices when several; numbers by band,
 * see `groupKeys`), groups in alphabetical order and those not stated
 * last. In anonymised mode a group of fewer than MIN_GROUP_SIZE
 * organizations comes with the reason it gives nothing instead.
 */
export function groupStatistics(
  results: readonly ComparedResult[],
  dimension: GroupDimension,
  options: StatisticsOptions = {},
): GroupStatistics[] {
  const groups = new Map<string | null, ComparedResult[]>();
  for (const result of results) {
    for (const group of groupsOf(result, dimension, options.types)) groups.set(group, [...(groups.get(group) ?? []), result]);
  }
  const item = profileItemOf(dimension);
  const noun = item !== undefined ? `profile item "${item}"` : dimension === 'region' ? 'region' : 'organization type';
  const withheld = options.anonymised ? complementaryWithheld(groups) : new Set<string | null>();
  return [...groups.keys()]
    .sort((a, b) => (a === null || b === null ? (a === b ? 0 : a === null ? 1 : -1) : groupNames.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)))
    .map((group): GroupStatistics => {
      const scope: StatisticsScope = group === null ? { kind: 'unstated' } : { kind: 'group', group };
      const summary = summarise(groups.get(group)!, scope, options);
      if (!summary.ok || !withheld.has(group)) return { dimension, group, ...summary };
      return { dimension, group, ...refusal(scope, group === null ? 'hidden' : 'withheld') };
    });
}

const organizationsIn = (results: readonly ComparedResult[]) => new Set(results.map((r) => organizationKey(r.organization))).size;

/**
 * Complementary suppression: the groups to withhold, beyond those too small
 * to show, so that the organizations of every withheld group together are
 * none or at least MIN_GROUP_SIZE. The network is published beside its
 * groups, so whatever it holds outside the groups shown can be worked out
 * from them: a region of one organization withheld beside regions of five
 * and four would be the network less those two. The group whose region (or
 * type) is not given is never shown, so it always counts as withheld. The
 * smallest groups are added first.
 */
export function complementaryWithheld(groups: ReadonlyMap<string | null, readonly ComparedResult[]>): Set<string | null> {
  const sizes = [...groups].map(([group, results]) => ({ group, size: organizationsIn(results) }));
  const withheld = new Set(sizes.filter((g) => g.group === null || g.size < MIN_GROUP_SIZE).map((g) => g.group));
  const withheldResults = () => [...withheld].flatMap((group) => groups.get(group) ?? []);
  const shown = sizes.filter((g) => !withheld.has(g.group)).sort((a, b) => a.size - b.size || groupNames.compare(String(a.group), String(b.group)));
  for (const next of shown) {
    const hidden = organizationsIn(withheldResults());
    if (hidden === 0 || hidden >= MIN_GROUP_SIZE) break;
    withheld.add(next.group);
  }
  return withheld;
}

/**
 * The statistics of one view: `results` (one period's, say, each
 * organization once) narrowed to a region or an organization type. Named,
 * simply those of the results that match. Anonymised, a view narrowed to
 * one group gives what `groupStatistics` gives that group over all the
 * results, withheld alike, so that filtering can never bring back a
 * withheld group; narrowed to a region and a type at once, nothing (that
 * is a cross of two groups, which no rule here keeps anonymous).
 */
export function viewStatistics(
  results: readonly ComparedResult[],
  filter: { region?: string | null; type?: string | null },
  options: StatisticsOptions = {},
): StatisticsCheck {
  const { region, type } = filter;
  if (!options.anonymised || (!region && !type)) return networkStatistics(filterResults(results, { region, type }), options);
  if (region && type) {
    return { ok: false, problem: { code: 'statistics.cross' } };
  }
  const dimension: GroupDimension = region ? 'region' : 'type';
  const group = groupStatistics(results, dimension, options).find((g) => g.group === (region || type));
  return group ?? { ok: false, problem: { code: 'statistics.no-group', params: { group: (region || type)! } } };
}

/**
 * The statistics of the results with `value` of any profile item (a band
 * for numbers, see `groupKeys`). Named, simply those results'. Anonymised,
 * the group's figures only when it is not withheld under the rules of
 * `groupStatistics` (too small, or withheld beside a smaller one), so that
 * filtering on a profile item never brings back a withheld group.
 */
export function profileViewStatistics(
  results: readonly ComparedResult[],
  item: string,
  value: string,
  options: StatisticsOptions & { alsoFiltered?: boolean } = {},
): StatisticsCheck {
  if (options.anonymised && options.alsoFiltered) {
    return { ok: false, problem: { code: 'statistics.cross' } };
  }
  const groups = groupByProfileItem(results, item, options.types);
  const members = groups.get(value) ?? [];
  const scope: StatisticsScope = { kind: 'group', group: value };
  if (!options.anonymised) return summarise(members, scope, options);
  if (complementaryWithheld(groups).has(value)) return refusal(scope, 'withheld');
  return summarise(members, scope, options);
}
