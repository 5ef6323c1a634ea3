/**
 * The roll-up of unit assessments into an organization view: one
 * organization, one period, one model (versions that ask the same questions
 * count together, as on the Compare page). Pure: the organization page, its
 * printout and CSV, and the CLI (`npm run compare -- <folder> --by-unit`)
 * all use it.
 *
 * Per key element, per domain and overall, the organization's level comes
 * from its units' levels by the rule the model declares in
 * `rating.rollup` (default `nplf`): the units are the indicators of
 * ISO/IEC 33020's rating, exactly as key elements are for a domain, so the
 * organization reaches level k when its units are Largely at k and Fully
 * below (`./../scoring/rating.ts`). A unit not rated yet counts as reaching
 * nothing; a unit marked not applicable to a domain is left out of that
 * domain (and its key elements), with the reason kept. The unit holding
 * each level down is always named.
 *
 * Weights: every unit weighs 1, or (weighting `staff`) its staff from the
 * governance profile. A unit whose size is not given weighs the median size
 * of the units that give one (the typical unit: it neither vanishes from the
 * rating nor outweighs the others), and each such unit is listed in the
 * problems; when no unit gives a size, every unit weighs 1.
 */
import { normalisedName, organizationNameKey } from '../assessment/organization.ts';
import { compareNames, groupByModel, type ComparedResult, type StructureLookup } from '../compare/matrix.ts';
import { quantile } from '../compare/statistics.ts';
import { scaleLevels, type Level, type MaturityModel, type RatingRule } from '../model/schema.ts';
import { holdingIndicators, rateIndicators, type Indicator } from '../scoring/rating.ts';
import { isNotApplicable, type Figures } from '../scoring/score.ts';

/** One unit's result: a compared result, with its size and the domains it is not concerned by. */
export interface UnitResult extends ComparedResult {
  /** Staff of the unit (governance profile item `staff`), when given. */
  staff?: number;
  /** Domain ids marked not applicable to this unit. */
  notApplicableDomains?: readonly string[];
}

export type Weighting = 'equal' | 'staff';

/** Why a result is not in the roll-up, or what a reader should know; the UI words it with `rollup.problem.<code>`. */
export type RollupProblem =
  | { code: 'rollup.otherOrganization'; path: string; params: { assessmentId: string; organization: string } }
  | { code: 'rollup.otherPeriod'; path: string; params: { assessmentId: string; period: string } }
  | { code: 'rollup.otherModel'; path: string; params: { assessmentId: string; modelId: string } }
  | { code: 'rollup.otherVersion'; path: string; params: { assessmentId: string; version: string } }
  | { code: 'rollup.duplicateUnit'; path: string; params: { assessmentId: string; unit: string; kept: string } }
  | { code: 'rollup.sizeMissing'; path: string; params: { unit: string; weight: number } };

export interface RollupUnit {
  /** Normalised unit name: what makes two results the same unit. */
  key: string;
  /** The unit as written, or the organization's name for an assessment without a unit. */
  label: string;
  assessmentId: string;
  modelVersion: string;
  staff: number | null;
  /** The weight the unit has in the rating (1 under equal weighting). */
  weight: number;
  /** The unit's overall coverage, 0–1. */
  coverage: number;
}

/** Why a unit is left out of a domain or key element. */
export type Exclusion = 'markedNotApplicable' | 'answeredNotApplicable';

export interface UnitEntry {
  unitKey: string;
  level: Level | null;
  score: number | null;
  coverage: number;
  /** Set when the unit is left out of this column. */
  excluded?: Exclusion;
}

export interface RollupColumn {
  /** Domain or key element id; `overall` for the organization as a whole. */
  id: string;
  /** The organization's level by the roll-up rule; null when no unit counted is rated. */
  level: Level | null;
  /** The unit holding the level down (see `holdingUnit`); null when no unit counts. */
  holding: { unitKey: string; level: Level | null } | null;
  /** Median and spread of the levels of the units rated (unweighted). */
  median: number | null;
  min: Level | null;
  max: Level | null;
  /** Units counted (not excluded), and of them those rated. */
  counted: number;
  rated: number;
  /** One entry per unit, in the order of `units`. */
  units: UnitEntry[];
}

export interface DomainRollup extends RollupColumn {
  elements: RollupColumn[];
}

export interface OrganizationRollup {
  /** The organization's name as the first unit writes it; `nameKey` is what matched. */
  organization: string;
  nameKey: string;
  period: string;
  modelId: string;
  /** The versions counted together, oldest first. */
  versions: string[];
  rule: RatingRule;
  weighting: Weighting;
  units: RollupUnit[];
  overall: RollupColumn;
  domains: DomainRollup[];
  problems: RollupProblem[];
}

export interface RollupInput {
  /** The organization's name (matched by `organizationNameKey`). */
  organization: string;
  period: string;
  /** The model rated with: its rule, scale, bands, domains and key elements (the newest version counted). */
  model: MaturityModel;
  /** Finds the other versions' structure, to tell which versions ask the same questions. */
  models: StructureLookup;
  weighting?: Weighting;
}

/** The rule a model declares for its roll-up: `nplf` unless it says otherwise. */
export function rollupRule(model: Pick<MaturityModel, 'rating'>): RatingRule {
  return model.rating.rollup ?? 'nplf';
}

function unitLabel(result: ComparedResult): string {
  return result.organization.unit?.trim() ? result.organization.unit.trim() : result.organization.name.trim();
}

/** Median of the sizes given, or null. */
function medianOf(values: readonly number[]): number | null {
  return values.length ? quantile([...values].sort((a, b) => a - b), 0.5) : null;
}

function validSize(staff: number | undefined): number | null {
  return typeof staff === 'number' && Number.isFinite(staff) && staff > 0 ? staff : null;
}

interface Counted {
  unit: RollupUnit;
  result: UnitResult;
}

/**
 * Which unit holds the organization at `level`: among the units whose
 * raising would lift it (`holdingIndicators`), the one at the lowest level
 * (not rated lowest of all); at the top of the scale, or when no single
 * group holds it, the lowest unit counted. Ties go to the unit first in
 * name order.
 */
function holdingUnit(
  entries: readonly { unitKey: string; label: string; indicator: Indicator }[],
  level: Level | null,
  levels: readonly Level[],
  rule: RatingRule,
  bands: MaturityModel['rating']['bands'],
): { unitKey: string; level: Level | null } | null {
  if (entries.length === 0) return null;
  const held = level === null ? [] : holdingIndicators(entries.map((e) => e.indicator), level, levels, rule, bands);
  const candidates = held.length ? held.map((i) => entries[i]!) : [...entries];
  const rank = (l: Level | null) => (l === null ? -Infinity : l);
  candidates.sort((a, b) => rank(a.indicator.level) - rank(b.indicator.level) || compareNames(a.label, b.label));
  const weakest = candidates[0]!;
  return { unitKey: weakest.unitKey, level: weakest.indicator.level };
}

function column(
  id: string,
  counted: readonly Counted[],
  figuresOf: (result: UnitResult) => (Pick<Figures, 'score' | 'achievedLevel' | 'coverage' | 'complete' | 'total' | 'notApplicable'> | undefined),
  markedNotApplicable: (result: UnitResult) => boolean,
  model: MaturityModel,
  rule: RatingRule,
): RollupColumn {
  const levels = scaleLevels(model);
  const units: UnitEntry[] = [];
  const indicators: { unitKey: string; label: string; indicator: Indicator }[] = [];
  for (const { unit, result } of counted) {
    const figures = figuresOf(result);
    const entry: UnitEntry = {
      unitKey: unit.key,
      level: figures?.achievedLevel ?? null,
      score: figures?.score ?? null,
      coverage: figures?.coverage ?? 0,
    };
    if (markedNotApplicable(result)) entry.excluded = 'markedNotApplicable';
    else if (figures && isNotApplicable(figures)) entry.excluded = 'answeredNotApplicable';
    else indicators.push({ unitKey: unit.key, label: unit.label, indicator: { level: entry.level, weight: unit.weight } });
    units.push(entry);
  }
  const level = rateIndicators(indicators.map((e) => e.indicator), levels, rule, model.rating.bands);
  const ratedLevels = indicators.flatMap((e) => (e.indicator.level === null ? [] : [e.indicator.level]));
  return {
    id,
    level,
    holding: holdingUnit(indicators, level, levels, rule, model.rating.bands),
    median: medianOf(ratedLevels),
    min: ratedLevels.length ? Math.min(...ratedLevels) : null,
    max: ratedLevels.length ? Math.max(...ratedLevels) : null,
    counted: indicators.length,
    rated: ratedLevels.length,
    units,
  };
}

/**
 * Rolls the unit results of one organization, period and model up into the
 * organization's view. Results of another organization, period or model, of
 * a version asking other questions, or an older result of a unit already
 * counted, are left out and listed in `problems`; models are never mixed.
 */
export function rollUpOrganization(results: readonly UnitResult[], input: RollupInput): OrganizationRollup {
  const { model } = input;
  const weighting = input.weighting ?? 'equal';
  const rule = rollupRule(model);
  const nameKey = organizationNameKey(input.organization);
  const periodKey = input.period.trim();
  const problems: RollupProblem[] = [];

  const candidates = results.filter((result, i) => {
    const path = `results[${i}]`;
    if (organizationNameKey(result.organization.name) !== nameKey) {
      problems.push({ code: 'rollup.otherOrganization', path, params: { assessmentId: result.assessmentId, organization: result.organization.name } });
      return false;
    }
    if (result.period.trim() !== periodKey) {
      problems.push({ code: 'rollup.otherPeriod', path, params: { assessmentId: result.assessmentId, period: result.period } });
      return false;
    }
    if (result.model.id !== model.id) {
      problems.push({ code: 'rollup.otherModel', path, params: { assessmentId: result.assessmentId, modelId: result.model.id } });
      return false;
    }
    return true;
  });

  // The versions that ask the same questions as the model rated with (the Compare page's rule).
  const set = groupByModel(candidates, (id, version) => (id === model.id && version === model.version ? model : input.models(id, version)))[0]?.sets.find(
    (s) => s.versions.includes(model.version),
  );
  const versions = set?.versions ?? [model.version];
  const sameQuestions = candidates.filter((result) => {
    if (versions.includes(result.model.version)) return true;
    problems.push({ code: 'rollup.otherVersion', path: `results[${results.indexOf(result)}]`, params: { assessmentId: result.assessmentId, version: result.model.version } });
    return false;
  });

  // One result per unit: the one changed last.
  const byUnit = new Map<string, UnitResult>();
  for (const result of [...sameQuestions].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.assessmentId < b.assessmentId ? -1 : 1))) {
    const key = normalisedName(result.organization.unit);
    const kept = byUnit.get(key);
    if (kept) {
      problems.push({
        code: 'rollup.duplicateUnit',
        path: `results[${results.indexOf(result)}]`,
        params: { assessmentId: result.assessmentId, unit: unitLabel(result), kept: kept.assessmentId },
      });
    } else byUnit.set(key, result);
  }

  const ordered = [...byUnit].sort(([, a], [, b]) => compareNames(unitLabel(a), unitLabel(b)));
  const sizes = ordered.flatMap(([, r]) => {
    const size = validSize(r.staff);
    return size === null ? [] : [size];
  });
  const typical = medianOf(sizes);
  const counted: Counted[] = ordered.map(([key, result]) => {
    const staff = validSize(result.staff);
    let weight = 1;
    if (weighting === 'staff' && typical !== null) {
      weight = staff ?? typical;
      if (staff === null) problems.push({ code: 'rollup.sizeMissing', path: `units.${key}`, params: { unit: unitLabel(result), weight } });
    }
    return {
      unit: { key, label: unitLabel(result), assessmentId: result.assessmentId, modelVersion: result.model.version, staff, weight, coverage: result.report.overall.coverage },
      result,
    };
  });

  const marked = (domainId: string) => (result: UnitResult) => (result.notApplicableDomains ?? []).includes(domainId);
  const domainOf = (result: UnitResult, domainId: string) => result.report.domains.find((d) => d.domainId === domainId);

  return {
    organization: ordered[0]?.[1].organization.name.trim() ?? input.organization.trim(),
    nameKey,
    period: input.period,
    modelId: model.id,
    versions,
    rule,
    weighting,
    units: counted.map((c) => c.unit),
    // Overall, a unit counts whole: its own overall level already leaves out what it marked not applicable.
    overall: column('overall', counted, (r) => r.report.overall, () => false, model, rule),
    domains: model.domains.map((domain) => ({
      ...column(domain.id, counted, (r) => domainOf(r, domain.id), marked(domain.id), model, rule),
      elements: domain.elements.map((element) =>
        column(
          element.id,
          counted,
          (r) => domainOf(r, domain.id)?.elements.find((e) => e.elementId === element.id),
          marked(domain.id),
          model,
          rule,
        ),
      ),
    })),
    problems,
  };
}
