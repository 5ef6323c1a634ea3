/**
 * A result's governance profile as the comparison reads it: the values of
 * `organization.profile`, with the older `country` and `type` read as the
 * profile items `hq-region` and `organization-kind` (free text kept as
 * given), and each value turned into the groups it falls in, so that any
 * profile item can filter or group results.
 *
 * Numbers fall in bands (so that a group is a kind of organization, not
 * one organization's exact figure): staff, offices, money, percentages
 * and years each have theirs; the four sourcing shares together give one
 * derived item, `sourcing-mix`, the source with the largest share.
 */
import type { ProfileValue } from '../exchange/result-file.ts';
import type { ComparedResult } from './matrix.ts';

export type ProfileValues = Readonly<Record<string, ProfileValue>>;

/** Profile items older files carried as `organization.country` / `organization.type`. */
export const REGION_ITEM = 'hq-region';
export const KIND_ITEM = 'organization-kind';
export const DECISION_RIGHTS_ITEM = 'decision-rights';
export const CIO_REPORTING_ITEM = 'cio-reporting-line';

/** The derived item: which source has the largest share of ICT delivery. */
export const SOURCING_MIX_ITEM = 'sourcing-mix';
export const SOURCING_ITEMS = ['sourcing-in-house', 'sourcing-unicc', 'sourcing-un-shared', 'sourcing-commercial'] as const;

/** The items an archetype is made of, in order. */
export const ARCHETYPE_ITEMS = [KIND_ITEM, DECISION_RIGHTS_ITEM, CIO_REPORTING_ITEM] as const;

/** The profile of one result: its own profile, `country`/`type` filling `hq-region`/`organization-kind` where the profile lacks them. */
export function profileOf(organization: ComparedResult['organization']): ProfileValues {
  const profile: Record<string, ProfileValue> = Object.create(null);
  for (const [id, value] of Object.entries(organization.profile ?? {})) profile[id] = value;
  const given = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text : undefined);
  const country = given(organization.country);
  const type = given(organization.type);
  if (country !== undefined && !(REGION_ITEM in profile)) profile[REGION_ITEM] = country;
  if (type !== undefined && !(KIND_ITEM in profile)) profile[KIND_ITEM] = type;
  const mix = sourcingMix(profile);
  if (mix !== null && !(SOURCING_MIX_ITEM in profile)) profile[SOURCING_MIX_ITEM] = mix;
  return profile;
}

/** The source with the largest share ("in-house", "unicc", "un-shared", "commercial"); null when no share is given or two tie at the top. */
export function sourcingMix(profile: ProfileValues): string | null {
  const shares = SOURCING_ITEMS.map((id) => ({ id, share: profile[id] })).filter((s): s is { id: (typeof SOURCING_ITEMS)[number]; share: number } => typeof s.share === 'number');
  if (shares.length === 0) return null;
  const top = Math.max(...shares.map((s) => s.share));
  const leaders = shares.filter((s) => s.share === top);
  return leaders.length === 1 ? leaders[0]!.id.slice('sourcing-'.length) : null;
}

/** The types of profile items (the model's `profile`); when a model is not at hand, the item id and the value tell. */
export type ProfileItemType = 'choice' | 'choices' | 'integer' | 'amount' | 'percentage' | 'year' | 'text';

/** Bands: each `[upper bound (exclusive), name]`, the last open-ended. */
type Bands = readonly (readonly [number, string])[];

const STAFF_BANDS: Bands = [
  [500, 'under-500'],
  [2000, '500-1999'],
  [10000, '2000-9999'],
  [Infinity, '10000-plus'],
];
const OFFICE_BANDS: Bands = [
  [1, '0'],
  [10, '1-9'],
  [50, '10-49'],
  [Infinity, '50-plus'],
];
const AMOUNT_BANDS: Bands = [
  [10e6, 'under-10m'],
  [50e6, '10m-50m'],
  [200e6, '50m-200m'],
  [Infinity, '200m-plus'],
];
const PERCENT_BANDS: Bands = [
  [10, 'under-10'],
  [25, '10-24'],
  [50, '25-49'],
  [75, '50-74'],
  [Infinity, '75-plus'],
];

function band(value: number, bands: Bands): string {
  return bands.find(([upper]) => value < upper)![1];
}

/** Integers that count people (staff bands) rather than places (office bands). */
function isStaffCount(itemId: string): boolean {
  return /staff|personnel|employees/.test(itemId);
}

/**
 * The group keys a value falls in: a choice its option id, several choices
 * each of theirs, text as given (trimmed), numbers their band, an amount
 * its band with the currency ("USD:10m-50m"), a year its decade ("2010s").
 * Empty when nothing is given.
 */
export function groupKeys(itemId: string, value: ProfileValue | undefined, type?: ProfileItemType): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return [...new Set(value.map((v) => v.trim()).filter((v) => v !== ''))].sort();
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return [];
    if (type === 'year' || (type === undefined && /year/.test(itemId))) return [`${Math.floor(value / 10) * 10}s`];
    if (type === 'percentage' || (type === undefined && /share|percent|sourcing|funded|contractor/.test(itemId))) return [band(value, PERCENT_BANDS)];
    if (isStaffCount(itemId)) return [band(value, STAFF_BANDS)];
    return [band(value, OFFICE_BANDS)];
  }
  return [`${value.currency}:${band(value.amount, AMOUNT_BANDS)}`];
}

/** The items given by at least one result, in the order first met (the model's order when results follow it), `sourcing-mix` after the sourcing shares. */
export function profileItemsOf(profiles: readonly ProfileValues[]): string[] {
  const items: string[] = [];
  for (const profile of profiles) for (const id of Object.keys(profile)) if (!items.includes(id)) items.push(id);
  return items;
}

/** Whether a result falls in `value` of `itemId` (a filter on any profile item). */
export function hasProfileValue(result: Pick<ComparedResult, 'organization'>, itemId: string, value: string, types?: Readonly<Record<string, ProfileItemType>>): boolean {
  return groupKeys(itemId, profileOf(result.organization)[itemId], types?.[itemId]).includes(value);
}

/** The distinct group keys of `itemId` among `results`, sorted. */
export function profileValuesOf(results: readonly Pick<ComparedResult, 'organization'>[], itemId: string, types?: Readonly<Record<string, ProfileItemType>>): string[] {
  const keys = new Set<string>();
  for (const result of results) for (const key of groupKeys(itemId, profileOf(result.organization)[itemId], types?.[itemId])) keys.add(key);
  return [...keys].sort();
}

/** Each organization's results grouped by the value(s) it gives for `item`; null for those that give none. */
export function groupByProfileItem<R extends ComparedResult>(results: readonly R[], item: string, types?: Readonly<Record<string, ProfileItemType>>): Map<string | null, R[]> {
  const groups = new Map<string | null, R[]>();
  for (const result of results) {
    const keys = groupKeys(item, profileOf(result.organization)[item], types?.[item]);
    for (const key of keys.length ? keys : [null]) groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return groups;
}

