/**
 * Plausible, varied governance profiles for sample result files
 * (`npm run sample-results`): a few archetypes of organizations of the
 * United Nations system, each with its own ranges of staff, offices and ICT
 * spending, its usual decision-rights arrangement, CIO reporting line and
 * sourcing mix, and values that lean a little with the organization's
 * maturity (more governance bodies, instruments and policies, a slightly
 * larger ICT share, as organizations further along tend to have), never
 * enough to decide it.
 *
 * Every item, type and option comes from the profile given (the UN-system
 * profile file): an item the profile does not have is never written, an
 * archetype's preferred option that the profile lacks is never chosen,
 * and an item the archetypes say nothing about still gets a value of its
 * type. Deterministic: the same random source gives the same profiles.
 */
import type { ProfileValue } from '../../src/assessment/schema.ts';
import type { Profile, ProfileItem } from '../../src/model/schema.ts';

type Random = () => number;
/** Option id → relative weight; options not listed weigh `rest`. */
type Weights = Readonly<Record<string, number>>;

export interface Archetype {
  id: string;
  /** Option of `organization-kind`. */
  kind: string;
  decisionRights: Weights;
  cioReportingLine: Weights;
  hqRegion: Weights;
  /** [low, high], drawn on a log scale. */
  staff: readonly [number, number];
  fieldOffices: readonly [number, number];
  /** ICT spending in USD. */
  ictSpending: readonly [number, number];
  /** Typical sourcing shares (in-house, UNICC, other UN shared services, commercial), before noise. */
  sourcing: readonly [number, number, number, number];
  erp: Weights;
  erpShared: Weights;
  /** Share of extrabudgetary funding of ICT [low, high]. */
  extrabudgetary: readonly [number, number];
}

export const ARCHETYPES: readonly Archetype[] = [
  {
    id: 'large-specialized-centralized',
    kind: 'specialized-agency',
    decisionRights: { centralized: 6, hybrid: 2, federated: 1 },
    cioReportingLine: { deputy: 4, 'executive-head': 2, 'head-management': 3 },
    hqRegion: { europe: 6, 'north-america': 1, 'asia-pacific': 1 },
    staff: [2000, 9000],
    fieldOffices: [10, 60],
    ictSpending: [40e6, 150e6],
    sourcing: [55, 20, 5, 20],
    erp: { sap: 4, oracle: 2, workday: 1 },
    erpShared: { own: 5, 'hosted-for-others': 2 },
    extrabudgetary: [10, 40],
  },
  {
    id: 'fund-programme-federated',
    kind: 'fund-programme',
    decisionRights: { federated: 6, hybrid: 2, decentralized: 1 },
    cioReportingLine: { deputy: 3, 'head-management': 4, 'executive-head': 1 },
    hqRegion: { 'north-america': 5, europe: 3, africa: 1 },
    staff: [5000, 22000],
    fieldOffices: [80, 170],
    ictSpending: [100e6, 400e6],
    sourcing: [35, 10, 5, 50],
    erp: { oracle: 3, sap: 2, workday: 2 },
    erpShared: { own: 3, 'hosted-for-others': 3, 'uses-another': 1 },
    extrabudgetary: [50, 95],
  },
  {
    id: 'small-related-unicc',
    kind: 'related-organization',
    decisionRights: { centralized: 5, hybrid: 1 },
    cioReportingLine: { 'head-management': 6, 'executive-head': 1, other: 1 },
    hqRegion: { europe: 5, 'north-america': 1, 'asia-pacific': 1 },
    staff: [100, 600],
    fieldOffices: [0, 4],
    ictSpending: [2e6, 12e6],
    sourcing: [20, 55, 10, 15],
    erp: { sap: 2, oracle: 1, other: 1, none: 1 },
    erpShared: { 'uses-another': 4, own: 1, 'not-applicable': 1 },
    extrabudgetary: [0, 25],
  },
  {
    id: 'secretariat-department',
    kind: 'secretariat-department',
    decisionRights: { hybrid: 4, decentralized: 2, centralized: 1 },
    cioReportingLine: { 'head-management': 5, deputy: 1, other: 2 },
    hqRegion: { 'north-america': 4, europe: 2, africa: 1, 'western-asia': 1, 'latin-america-caribbean': 1, 'asia-pacific': 1 },
    staff: [300, 2500],
    fieldOffices: [0, 15],
    ictSpending: [6e6, 40e6],
    sourcing: [30, 5, 50, 15],
    erp: { sap: 5, other: 1 },
    erpShared: { 'uses-another': 5, own: 1 },
    extrabudgetary: [5, 45],
  },
  {
    id: 'mid-specialized-hybrid',
    kind: 'specialized-agency',
    decisionRights: { hybrid: 4, centralized: 2, decentralized: 1 },
    cioReportingLine: { 'head-management': 4, deputy: 2, 'executive-head': 1 },
    hqRegion: { europe: 5, 'north-america': 1, 'asia-pacific': 1, africa: 1 },
    staff: [400, 2000],
    fieldOffices: [2, 25],
    ictSpending: [8e6, 35e6],
    sourcing: [35, 40, 5, 20],
    erp: { sap: 2, oracle: 2, workday: 1, microsoft: 1 },
    erpShared: { own: 2, 'uses-another': 2 },
    extrabudgetary: [10, 50],
  },
];

const CIO_TITLES = ['Chief Information Officer', 'Director, Information and Communications Technology', 'Chief Information Technology Officer', 'Director of Digital Services', 'Head of ICT'];

/** The archetype of the organization numbered `index`: every archetype in turn, so that any set of a few organizations holds several. */
export function archetypeOf(index: number): Archetype {
  return ARCHETYPES[index % ARCHETYPES.length]!;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** A weighted pick among the item's own options; options the weights do not name weigh `rest`. */
function weighted(random: Random, item: ProfileItem, weights: Weights, rest = 0): string {
  const options = (item.options ?? []).map((o) => ({ id: o.id, weight: weights[o.id] ?? rest }));
  const usable = options.some((o) => o.weight > 0) ? options.filter((o) => o.weight > 0) : options.map((o) => ({ ...o, weight: 1 }));
  let left = random() * usable.reduce((sum, o) => sum + o.weight, 0);
  for (const option of usable) {
    left -= option.weight;
    if (left < 0) return option.id;
  }
  return usable[usable.length - 1]!.id;
}

/** A number between low and high on a log scale (sizes of organizations spread that way). */
function logBetween(random: Random, [low, high]: readonly [number, number]): number {
  const from = Math.log(Math.max(low, 1));
  return Math.exp(from + random() * (Math.log(Math.max(high, 1)) - from));
}

/** Whole shares that sum to exactly 100, by largest remainder. */
export function sharesOf100(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0) || 1;
  const raw = weights.map((w) => (Math.max(0, w) / total) * 100);
  const shares = raw.map(Math.floor);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const missing = 100 - shares.reduce((sum, s) => sum + s, 0);
  for (let k = 0; k < missing; k += 1) shares[order[k % order.length]!.i]! += 1;
  return shares;
}

/** Options of a multiple choice, each kept with its own chance; `none` only when nothing else is. */
function several(random: Random, item: ProfileItem, chance: (id: string) => number): string[] {
  const ids = (item.options ?? []).map((o) => o.id);
  const chosen = ids.filter((id) => id !== 'none' && random() < chance(id));
  return chosen.length > 0 ? chosen : ids.includes('none') ? ['none'] : ids.slice(0, 1);
}

export interface SampleProfileInput {
  archetype: Archetype;
  /** The organization's maturity from 0 (lowest) to 1 (highest): values lean with it, weakly. */
  maturity: number;
  /** The year of the assessment; the figures are of the year before. */
  year: number;
}

/**
 * One organization's profile: a value for every item of `profile`, typed as
 * the item asks. `random` is the organization's own source, so that its
 * profile is the same whatever else is generated.
 */
export function sampleProfile(profile: Profile, { archetype, maturity, year }: SampleProfileInput, random: Random): Record<string, ProfileValue> {
  const m = clamp(maturity, 0, 1);
  // A lean of ±15 % with maturity, on top of a spread of several times that: a weak correlation.
  const lean = 1 + (m - 0.5) * 0.3;
  const values: Record<string, ProfileValue> = {};
  const staff = Math.round(logBetween(random, archetype.staff));
  const spending = logBetween(random, archetype.ictSpending) * lean;
  const sourcing = sharesOf100(archetype.sourcing.map((share) => share * (0.6 + random() * 0.8)));
  const sourcingIds = ['sourcing-in-house', 'sourcing-unicc', 'sourcing-un-shared', 'sourcing-commercial'];
  const items = profile.sections.flatMap((section) => section.items);
  const hasAll = sourcingIds.every((id) => items.some((item) => item.id === id && item.type === 'percentage'));

  for (const item of items) {
    const value = ((): ProfileValue | undefined => {
      switch (item.id) {
        case 'organization-kind':
          return weighted(random, item, { [archetype.kind]: 1 });
        case 'hq-region':
          return weighted(random, item, archetype.hqRegion);
        case 'operating-regions': {
          const reach = Math.min(1, archetype.fieldOffices[1] / 60);
          return several(random, item, () => 0.15 + reach * 0.75);
        }
        case 'staff':
          return staff;
        case 'field-offices':
          return Math.round(archetype.fieldOffices[0] + random() * (archetype.fieldOffices[1] - archetype.fieldOffices[0]));
        case 'decision-rights':
          return weighted(random, item, archetype.decisionRights);
        case 'governance-bodies':
          return several(random, item, (id) => (id === 'ict-board' ? 0.55 + m * 0.4 : id === 'executive-committee' ? 0.6 : 0.1 + m * 0.45));
        case 'governance-body-chair':
          return weighted(random, item, { deputy: 3, 'head-management': 3, 'executive-head': 1 + m * 2, cio: 2 - m, 'business-head': 1 });
        case 'governance-body-level':
          return weighted(random, item, { 'senior-management': 1 + m * 4, director: 3, working: 2 - m * 1.5 });
        case 'governance-body-members':
          return several(random, item, (id) => (id === 'business-units' ? 0.9 : id === 'field-offices' ? Math.min(0.9, archetype.fieldOffices[1] / 80) : 0.2 + m * 0.4));
        case 'governance-body-frequency':
          return weighted(random, item, { quarterly: 4, monthly: 1 + m, 'twice-yearly': 2, yearly: 1, 'ad-hoc': 2 - m * 1.5 });
        case 'cio-title':
          return CIO_TITLES[Math.floor(random() * CIO_TITLES.length)]!;
        case 'cio-grade':
          return staff >= 5000 ? weighted(random, item, { d2: 3, 'asg-above': 1, d1: 1 }) : staff >= 1000 ? weighted(random, item, { d1: 3, d2: 1, p5: 1 }) : weighted(random, item, { p5: 2, d1: 1, 'p4-below': 1 });
        case 'cio-reporting-line':
          return weighted(random, item, archetype.cioReportingLine);
        case 'figures-year':
          return year - 1;
        case 'ict-spending': {
          const amount = Math.round(spending / 1e5) * 1e5;
          return { amount, currency: 'USD' };
        }
        case 'ict-share-of-expenditure':
          return Math.round(clamp((2.5 + random() * 5) * lean, 0.5, 20) * 10) / 10;
        case 'ict-extrabudgetary-share':
          return Math.round(archetype.extrabudgetary[0] + random() * (archetype.extrabudgetary[1] - archetype.extrabudgetary[0]));
        case 'ict-staff':
          // A few ICT staff per hundred; a little more where ICT is further along.
          return Math.max(3, Math.round(staff * (0.015 + random() * 0.035) * lean));
        case 'ict-contractor-share':
          return Math.round(clamp(20 + random() * 45 - (m - 0.5) * 10, 0, 100));
        case 'erp':
          return weighted(random, item, archetype.erp);
        case 'erp-shared':
          return weighted(random, item, archetype.erpShared);
        case 'shared-services-offered':
          return archetype.staff[1] >= 5000 || archetype.kind === 'specialized-agency'
            ? several(random, item, () => 0.15 + m * 0.3)
            : several(random, item, () => 0.05);
        case 'formal-instruments':
          return several(random, item, () => 0.25 + m * 0.55);
        case 'oversight-reviews-ict':
          return weighted(random, item, { regularly: 1 + m * 4, occasionally: 3, no: 2 - m * 1.8 });
        case 'ai-policy':
          return weighted(random, item, { adopted: 0.5 + m * 3, 'in-preparation': 3, none: 3 - m * 2.5 });
        case 'cloud-policy':
          return weighted(random, item, { adopted: 1 + m * 4, 'in-preparation': 2, none: 2 - m * 1.8 });
      }
      const at = sourcingIds.indexOf(item.id);
      if (at >= 0 && hasAll) return sourcing[at]!;
      return typedValue(item, random, year);
    })();
    if (value !== undefined) values[item.id] = value;
  }
  return values;
}

/** A value of the item's type for an item the archetypes say nothing about. */
function typedValue(item: ProfileItem, random: Random, year: number): ProfileValue | undefined {
  const low = item.min ?? 0;
  switch (item.type) {
    case 'choice':
      return weighted(random, item, {}, 1);
    case 'choices':
      return several(random, item, () => 0.4);
    case 'integer':
      return Math.round(clamp(low + random() * 100, low, item.max ?? Infinity));
    case 'year':
      return clamp(year - 1, low, item.max ?? Infinity);
    case 'percentage':
      return Math.round(clamp(random() * 100, Math.max(low, 0), Math.min(item.max ?? 100, 100)));
    case 'amount':
      return { amount: Math.round(clamp(low + random() * 1e7, low, item.max ?? Infinity)), currency: 'USD' };
    case 'text':
      // Free text the archetypes do not know is left unanswered, as people often do.
      return undefined;
  }
}
