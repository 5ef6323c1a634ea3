/**
 * From levels to decisions: targets, gaps, ranked priorities with the
 * recommendation for what holds each one down, why a level is what it is,
 * and a summary. Pure functions over the model, the answers and the report.
 */
import type { Domain, Element, Level, LocalText, MaturityModel, Question } from '../model/schema.ts';
import { scaleLevels } from '../model/schema.ts';
import { achievementOf, holdingIndicators, shareReaching, type Achievement, type Indicator } from './rating.ts';
import { elementScoresOf, isNotApplicable, scoreElement, type AnswerLookup, type ElementScore, type LevelProfile, type ScoreReport } from './score.ts';
import { elementsOf } from '../model/walk.ts';

/** Element id → target level. */
export type Targets = Readonly<Record<string, Level>>;

/** Below this share of questions answered, the figures say too little to act on. */
export const LOW_COVERAGE = 0.8;

/** Every element's target: the one chosen for the assessment, else the model's default. */
export function effectiveTargets(model: MaturityModel, chosen: Targets): Map<string, Level> {
  const targets = new Map<string, Level>();
  for (const { element } of elementsOf(model)) {
    targets.set(element.id, Object.hasOwn(chosen, element.id) ? chosen[element.id]! : element.defaultTarget);
  }
  return targets;
}

/** The level after `level` on the model's scale; `null` at the top. */
export function nextLevelOf(model: MaturityModel, level: Level | null): Level | null {
  if (level === null) return null;
  const levels = scaleLevels(model);
  const at = levels.indexOf(level);
  return at >= 0 && at < levels.length - 1 ? levels[at + 1]! : null;
}

export interface Priority {
  elementId: string;
  domainId: string;
  /** The element's index (mean level), for reference. */
  score: number | null;
  achievedLevel: Level;
  target: Level;
  /** Target − achieved level. */
  gap: number;
  /** The gap weighted by the element's weight: what ranks priorities. */
  weightedGap: number;
  /** The next level of the element. */
  nextLevel: Level | null;
  /** The question that holds the element down (the lowest answer among those that do, first in the model). */
  holdingQuestionId: string | null;
  /** Its answer, and the level it should reach next. */
  holdingLevel: Level | null;
  /** What to do: the question's recommendation for its next level, else the element's. */
  recommendation: LocalText | null;
}

/** A question's recommendation from `level`, falling back to its element's. */
export function recommendationFor(element: Element, question: Question | undefined, level: Level): LocalText | null {
  const key = `${level}`;
  if (question?.recommendations && Object.hasOwn(question.recommendations, key)) return question.recommendations[key]!;
  return Object.hasOwn(element.recommendations, key) ? element.recommendations[key]! : null;
}

export interface LevelExplanation {
  level: Level | null;
  /** The questions that hold the element at its level: raising them is what lifts it. */
  holding: string[];
  /** The level reached next. */
  liftTo: Level | null;
}

/** Why a key element stands where it does. */
export function explainElement(model: MaturityModel, element: Element, answers: AnswerLookup): LevelExplanation {
  const level = scoreElement(model, element, answers).achievedLevel;
  if (level === null) return { level: null, holding: [], liftTo: null };
  const counted = element.questions.flatMap((question) => {
    const value = answers.get(question.id);
    return value === undefined || value === 'na' ? [] : [{ question, indicator: { level: value, weight: question.weight } }];
  });
  const held = holdingIndicators(counted.map((c) => c.indicator), level, scaleLevels(model), model.rating.element, model.rating.bands);
  return { level, holding: held.map((i) => counted[i]!.question.id), liftTo: nextLevelOf(model, level) };
}

export interface DomainExplanation {
  level: Level | null;
  holdingElements: string[];
  liftTo: Level | null;
}

/** Why a domain stands where it does: the key elements that hold it there. */
export function explainDomain(model: MaturityModel, domain: Domain, report: ScoreReport): DomainExplanation {
  const domainScore = report.domains.find((d) => d.domainId === domain.id);
  const level = domainScore?.achievedLevel ?? null;
  if (!domainScore || level === null) return { level: null, holdingElements: [], liftTo: null };
  const applicable = domainScore.elements.filter((e) => !isNotApplicable(e));
  const indicators: Indicator[] = applicable.map((e) => ({ level: e.achievedLevel, weight: e.weight }));
  const held = holdingIndicators(indicators, level, scaleLevels(model), model.rating.domain, model.rating.bands);
  return { level, holdingElements: held.map((i) => applicable[i]!.elementId), liftTo: nextLevelOf(model, level) };
}

function questionOf(element: Element, id: string | null): Question | undefined {
  return id === null ? undefined : element.questions.find((q) => q.id === id);
}

/** Rated elements below their target, largest weighted gap first (then the lower level, then model order). */
export function rankPriorities(model: MaturityModel, report: ScoreReport, chosen: Targets, answers: AnswerLookup): Priority[] {
  const targets = effectiveTargets(model, chosen);
  const scores = new Map(elementScoresOf(report).map((e) => [e.elementId, e]));
  const priorities: (Priority & { order: number })[] = [];
  let order = 0;
  for (const { domain, element } of elementsOf(model)) {
    order += 1;
    const score = scores.get(element.id);
    const level = score?.achievedLevel ?? null;
    if (!score || level === null) continue;
    const target = targets.get(element.id)!;
    if (level >= target) continue;
    const why = explainElement(model, element, answers);
    // The lowest answer among the questions that hold it; the first in the model on a tie.
    let holding: { id: string; level: Level } | null = null;
    for (const id of why.holding) {
      const value = answers.get(id);
      if (typeof value === 'number' && (holding === null || value < holding.level)) holding = { id, level: value };
    }
    const gap = target - level;
    priorities.push({
      elementId: element.id,
      domainId: domain.id,
      score: score.score,
      achievedLevel: level,
      target,
      gap,
      weightedGap: Math.round(gap * element.weight * 100) / 100,
      nextLevel: nextLevelOf(model, level),
      holdingQuestionId: holding?.id ?? null,
      holdingLevel: holding?.level ?? null,
      recommendation: recommendationFor(element, questionOf(element, holding?.id ?? null), holding?.level ?? level),
      order,
    });
  }
  return priorities
    .sort((a, b) => b.weightedGap - a.weightedGap || a.achievedLevel - b.achievedLevel || a.order - b.order)
    .map(({ order: _order, ...priority }) => priority);
}

export interface Summary {
  /** The organization's level by the model's rule; provisional while `complete` is false. */
  overallLevel: Level | null;
  /** The index: the weighted mean level, one decimal when shown. */
  overallScore: number | null;
  complete: boolean;
  profile: LevelProfile;
  strongestDomainId: string | null;
  strongestDomainLevel: Level | null;
  /** The domain with the lowest level (then the lowest index): a missing foundation in plain view. */
  weakestDomainId: string | null;
  weakestDomainLevel: Level | null;
  /** Rated elements whose level is below their target. */
  belowTarget: number;
  /** Rated elements. */
  assessedElements: number;
  coverage: number;
  lowCoverage: boolean;
}

export function summarize(model: MaturityModel, report: ScoreReport, chosen: Targets): Summary {
  const targets = effectiveTargets(model, chosen);
  const rated = report.domains.filter((d) => d.achievedLevel !== null);
  const rank = (d: (typeof rated)[number]) => [d.achievedLevel!, d.score ?? 0] as const;
  const compare = (a: (typeof rated)[number], b: (typeof rated)[number]) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1];
  // Ties go to the domain first in the model: reduce keeps the earlier one.
  const strongest = rated.reduce<(typeof rated)[number] | null>((best, d) => (!best || compare(d, best) > 0 ? d : best), null);
  const weakest = rated.reduce<(typeof rated)[number] | null>((worst, d) => (!worst || compare(d, worst) < 0 ? d : worst), null);
  const elements: ElementScore[] = elementScoresOf(report).filter((e) => e.achievedLevel !== null);
  return {
    overallLevel: report.overall.achievedLevel,
    overallScore: report.overall.score,
    complete: report.overall.complete,
    profile: report.overall.profile,
    strongestDomainId: strongest?.domainId ?? null,
    strongestDomainLevel: strongest?.achievedLevel ?? null,
    weakestDomainId: weakest?.domainId ?? null,
    weakestDomainLevel: weakest?.achievedLevel ?? null,
    belowTarget: elements.filter((e) => e.achievedLevel! < targets.get(e.elementId)!).length,
    assessedElements: elements.length,
    coverage: report.overall.coverage,
    lowCoverage: report.overall.coverage < LOW_COVERAGE,
  };
}

export interface RatingStep {
  level: Level;
  /** Key elements (not "not applicable") at this level or above, of how many. */
  reaching: number;
  of: number;
  /** Their share by weight, 0–1, and its rating on the N/P/L/F scale. */
  share: number;
  achievement: Achievement;
}

/** How the organization's level comes about: for each level above the lowest, the key elements that reach it. */
export function organizationSteps(model: MaturityModel, report: ScoreReport): RatingStep[] {
  const applicable = elementScoresOf(report).filter((e) => !isNotApplicable(e));
  const indicators: Indicator[] = applicable.map((e) => ({ level: e.achievedLevel, weight: e.weight }));
  return scaleLevels(model)
    .slice(1)
    .map((level) => {
      const share = shareReaching(indicators, level);
      return {
        level,
        reaching: applicable.filter((e) => e.achievedLevel !== null && e.achievedLevel >= level).length,
        of: applicable.length,
        share,
        achievement: achievementOf(share, model.rating.bands),
      };
    });
}
