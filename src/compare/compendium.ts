/**
 * The compendium of governance models: the organizations' governance
 * profiles side by side, how many organizations share each archetype
 * (kind of organization × decision rights × CIO reporting line, or any
 * items given), and maturity by arrangement (median level and median index
 * per domain for each value of a profile item).
 *
 * Each organization counts once, with its latest result
 * (`latestPerOrganization`). Every figure follows the group-size rule: no
 * statistic describes fewer than `MIN_GROUP_SIZE` organizations (a median of
 * one or two is their own figure). Anonymised, further:
 * - the side-by-side table gives no organization's profile (a profile is
 *   close to a name), only how many organizations give each value, values
 *   of fewer than three pooled as "others";
 * - archetypes of fewer than three organizations are pooled, and their
 *   count shown only when the pool itself holds three or more;
 * - groups of maturity by arrangement are withheld with the smaller ones
 *   as `groupStatistics` does (`complementaryWithheld`), and the group of
 *   organizations that do not give the item is never shown.
 */
import { organizationKey, organizationLabel, type ComparedResult } from './matrix.ts';
import { complementaryWithheld } from './network.ts';
import { groupByProfileItem, groupKeys, profileItemsOf, profileOf, ARCHETYPE_ITEMS, type ProfileItemType, type ProfileValues } from './profile-values.ts';
import { MIN_GROUP_SIZE, quantile } from './statistics.ts';
import { latestPerOrganization } from './trends.ts';

export interface CompendiumOptions {
  anonymised?: boolean;
  /** Item types from the model's profile, where known. */
  types?: Readonly<Record<string, ProfileItemType>>;
}

// ---------------------------------------------------------------- side by side

export interface NamedProfileColumn {
  label: string;
  period: string;
  profile: ProfileValues;
}

/** One item's values, counted (the anonymised table). */
export interface ValueCount {
  /** The value (option id, band, text); null for the pool of values each given by fewer than three organizations and of organizations that give none. */
  value: string | null;
  /** Null when the pool holds fewer than MIN_GROUP_SIZE organizations. */
  organizations: number | null;
}

export type ProfileTable =
  | { anonymised: false; items: string[]; columns: NamedProfileColumn[] }
  | { anonymised: true; organizations: number; items: { id: string; values: ValueCount[] }[] };

/** The profiles side by side: named, items × organizations (in label order); anonymised, items × values counted. */
export function profileTable(results: readonly ComparedResult[], options: CompendiumOptions = {}): ProfileTable {
  const latest = latestPerOrganization(results);
  const profiles = latest.map((r) => ({ result: r, profile: profileOf(r.organization) }));
  const items = profileItemsOf(profiles.map((p) => p.profile));
  if (!options.anonymised) {
    const columns = profiles
      .map(({ result, profile }) => ({ label: organizationLabel(result.organization), period: result.period, profile }))
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    return { anonymised: false, items, columns };
  }
  return {
    anonymised: true,
    organizations: latest.length,
    items: items.map((id) => ({ id, values: countValues(profiles.map((p) => groupKeys(id, p.profile[id], options.types?.[id])), latest.length) })),
  };
}

/** Counts of each value, those of fewer than MIN_GROUP_SIZE organizations (and "not given") pooled. */
function countValues(keysPerOrganization: readonly string[][], total: number): ValueCount[] {
  const counts = new Map<string, number>();
  for (const keys of keysPerOrganization) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const shown = [...counts].filter(([, n]) => n >= MIN_GROUP_SIZE).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const shownKeys = new Set(shown.map(([key]) => key));
  const pooled = keysPerOrganization.filter((keys) => !keys.some((key) => shownKeys.has(key))).length;
  const values: ValueCount[] = shown.map(([value, organizations]) => ({ value, organizations }));
  if (pooled > 0 || values.length === 0) values.push({ value: null, organizations: pooled >= MIN_GROUP_SIZE ? pooled : null });
  void total;
  return values;
}

// ---------------------------------------------------------------- archetypes

export interface Archetype {
  /** One value per item of the archetype; null where not given. */
  values: (string | null)[];
  organizations: number;
}

export interface ArchetypeCounts {
  items: string[];
  organizations: number;
  /** Most common first. */
  archetypes: Archetype[];
  /** Anonymised: the archetypes of fewer than MIN_GROUP_SIZE organizations, pooled; `organizations` null when the pool is under MIN_GROUP_SIZE too. Null when nothing is pooled. */
  pooled: { archetypes: number; organizations: number | null } | null;
}

/** How many organizations share each combination of `items` (by default kind × decision rights × CIO reporting line). */
export function archetypeCounts(
  results: readonly ComparedResult[],
  options: CompendiumOptions & { items?: readonly string[] } = {},
): ArchetypeCounts {
  const items = [...(options.items ?? ARCHETYPE_ITEMS)];
  const latest = latestPerOrganization(results);
  const counts = new Map<string, Archetype>();
  for (const result of latest) {
    const profile = profileOf(result.organization);
    const values = items.map((id) => {
      const keys = groupKeys(id, profile[id], options.types?.[id]);
      return keys.length ? keys.join(' + ') : null;
    });
    const key = JSON.stringify(values);
    const archetype = counts.get(key) ?? { values, organizations: 0 };
    archetype.organizations += 1;
    counts.set(key, archetype);
  }
  const all = [...counts.values()].sort((a, b) => b.organizations - a.organizations || (JSON.stringify(a.values) < JSON.stringify(b.values) ? -1 : 1));
  if (!options.anonymised) return { items, organizations: latest.length, archetypes: all, pooled: null };
  const small = all.filter((a) => a.organizations < MIN_GROUP_SIZE);
  const pooledOrganizations = small.reduce((n, a) => n + a.organizations, 0);
  return {
    items,
    organizations: latest.length,
    archetypes: all.filter((a) => a.organizations >= MIN_GROUP_SIZE),
    pooled: small.length ? { archetypes: small.length, organizations: pooledOrganizations >= MIN_GROUP_SIZE ? pooledOrganizations : null } : null,
  };
}

// ---------------------------------------------------------------- maturity by arrangement

/** Medians of one column (overall or a domain) over a group. */
export interface MedianFigures {
  id: string;
  /** Organizations of the group with a score here. */
  organizations: number;
  /** Null when fewer than MIN_GROUP_SIZE organizations have one. */
  medianLevel: number | null;
  medianIndex: number | null;
}

/** Why a group gives no figure. */
export type WithheldReason = 'too-few' | 'complementary' | 'not-given';

export interface ArrangementGroup {
  /** The value of the item (option id, band, text); null for the organizations that do not give it. */
  value: string | null;
  /** Null when anonymised and withheld: a withheld group's size is a figure about it too. */
  organizations: number | null;
  /** Set when the group gives no figure; then `overall` is null and `domains` empty. */
  withheld: WithheldReason | null;
  overall: MedianFigures | null;
  domains: MedianFigures[];
}

export interface MaturityByArrangement {
  item: string;
  organizations: number;
  groups: ArrangementGroup[];
}

function median(values: readonly number[]): number | null {
  if (values.length < MIN_GROUP_SIZE) return null;
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

function figures(id: string, cells: readonly { score: number | null; achievedLevel: number | null }[]): MedianFigures {
  const scores = cells.map((c) => c.score).filter((s): s is number => s !== null);
  const levels = cells.map((c) => c.achievedLevel).filter((l): l is number => l !== null);
  return { id, organizations: scores.length, medianLevel: median(levels), medianIndex: median(scores) };
}

/** Median level and median index, overall and per domain, for each value of `item`; values in order, "not given" last. */
export function maturityByArrangement(results: readonly ComparedResult[], item: string, options: CompendiumOptions = {}): MaturityByArrangement {
  const latest = latestPerOrganization(results);
  const groups = groupByProfileItem(latest, item, options.types);
  const complementary = options.anonymised ? complementaryWithheld(groups) : new Set<string | null>();
  const domainIds: string[] = [];
  for (const result of latest) for (const domain of result.report.domains) if (!domainIds.includes(domain.domainId)) domainIds.push(domain.domainId);

  const ordered = [...groups.keys()].sort((a, b) => (a === null || b === null ? (a === b ? 0 : a === null ? 1 : -1) : a < b ? -1 : a > b ? 1 : 0));
  return {
    item,
    organizations: latest.length,
    groups: ordered.map((value): ArrangementGroup => {
      const members = groups.get(value)!;
      const organizations = new Set(members.map((r) => organizationKey(r.organization))).size;
      const withheld: WithheldReason | null =
        organizations < MIN_GROUP_SIZE ? 'too-few' : options.anonymised && value === null ? 'not-given' : complementary.has(value) ? 'complementary' : null;
      if (withheld) return { value, organizations: options.anonymised ? null : organizations, withheld, overall: null, domains: [] };
      return {
        value,
        organizations,
        withheld: null,
        overall: figures('overall', members.map((r) => r.report.overall)),
        domains: domainIds.map((id) =>
          figures(
            id,
            members.map((r) => r.report.domains.find((d) => d.domainId === id) ?? { score: null, achievedLevel: null }),
          ),
        ),
      };
    }),
  };
}

/** The items maturity by arrangement can be shown for: those any organization gives. */
export function arrangementItems(results: readonly ComparedResult[]): string[] {
  return profileItemsOf(latestPerOrganization(results).map((r) => profileOf(r.organization)));
}
