/**
 * From scores to decisions: targets, gaps, ranked priorities with the
 * model's recommendations, why a level is what it is, and a summary.
 * Pure functions over the model, the answers and the score report.
 */
import type { Domain, Element, Level, LocalText, MaturityModel } from '../model/schema.ts';
import { roundScore, scoreElement, type AnswerLookup, type ScoreReport } from './score.ts';

/** Element id → target level. */
export type Targets = Readonly<Record<string, Level>>;

/** Below this share of questions answered, the figures say too little to act on. */
export const LOW_COVERAGE = 0.8;

/** Every element's target: the one chosen for the assessment, else the model's default. */
export function effectiveTargets(model: MaturityModel, chosen: Targets): Record<string, Level> {
  const targets: Record<string, Level> = {};
  for (const domain of model.domains) {
    for (const element of domain.elements) targets[element.id] = chosen[element.id] ?? element.defaultTarget;
  }
  return targets;
}

export interface Priority {
  elementId: string;
  domainId: string;
  score: number | null;
  achievedLevel: Level | null;
  target: Level;
  /** Target − score, never negative. */
  gap: number;
  /** The gap weighted by the element's weight: what ranks priorities. */
  weightedGap: number;
  /** What the model recommends to move from the achieved level to the next. */
  recommendation: LocalText | null;
  nextLevel: Level | null;
}

function nextLevelOf(level: Level | null): Level | null {
  return level === null || level === 5 ? null : ((level + 1) as Level);
}

/** Elements below target, largest weighted gap first (then the lower level, then model order). */
export function rankPriorities(model: MaturityModel, report: ScoreReport, chosen: Targets): Priority[] {
  const targets = effectiveTargets(model, chosen);
  const priorities: (Priority & { order: number })[] = [];
  let order = 0;
  for (const domain of model.domains) {
    const domainScore = report.domains.find((d) => d.domainId === domain.id);
    for (const element of domain.elements) {
      order += 1;
      const score = domainScore?.elements.find((e) => e.elementId === element.id);
      if (!score || score.score === null) continue;
      const target = targets[element.id]!;
      const gap = roundScore(Math.max(0, target - score.score));
      if (gap <= 0) continue;
      const level = score.achievedLevel;
      priorities.push({
        elementId: element.id,
        domainId: domain.id,
        score: score.score,
        achievedLevel: level,
        target,
        gap,
        weightedGap: roundScore(gap * element.weight),
        recommendation: level !== null && level < 5 ? (element.recommendations[`${level}`] ?? null) : null,
        nextLevel: nextLevelOf(level),
        order,
      });
    }
  }
  return priorities
    .sort((a, b) => b.weightedGap - a.weightedGap || (a.achievedLevel ?? 0) - (b.achievedLevel ?? 0) || a.order - b.order)
    .map(({ order: _order, ...priority }) => priority);
}

export interface LevelExplanation {
  level: Level | null;
  /** The answered questions at exactly that level: the weakest links that hold it there. */
  holding: string[];
  /** The level reached once every holding question is raised to it. */
  liftTo: Level | null;
}

export function explainElement(element: Element, answers: AnswerLookup): LevelExplanation {
  const level = scoreElement(element, answers).achievedLevel;
  if (level === null) return { level: null, holding: [], liftTo: null };
  const holding = element.questions.filter((q) => answers[q.id] === level).map((q) => q.id);
  return { level, holding, liftTo: nextLevelOf(level) };
}

export interface DomainExplanation {
  level: Level | null;
  holdingElements: string[];
  holdingQuestions: string[];
  liftTo: Level | null;
}

export function explainDomain(domain: Domain, answers: AnswerLookup): DomainExplanation {
  const explained = domain.elements.map((element) => ({ element, ...explainElement(element, answers) }));
  const levels = explained.flatMap((e) => (e.level === null ? [] : [e.level]));
  if (levels.length === 0) return { level: null, holdingElements: [], holdingQuestions: [], liftTo: null };
  const level = Math.min(...levels) as Level;
  const holding = explained.filter((e) => e.level === level);
  return {
    level,
    holdingElements: holding.map((e) => e.element.id),
    holdingQuestions: holding.flatMap((e) => e.holding),
    liftTo: nextLevelOf(level),
  };
}

export interface Summary {
  overallLevel: Level | null;
  overallScore: number | null;
  strongestDomainId: string | null;
  weakestDomainId: string | null;
  /** Scored elements whose score is below their target. */
  belowTarget: number;
  assessedElements: number;
  coverage: number;
  lowCoverage: boolean;
}

export function summarize(model: MaturityModel, report: ScoreReport, chosen: Targets): Summary {
  const targets = effectiveTargets(model, chosen);
  const scored = report.domains.filter((d) => d.score !== null);
  // Ties go to the domain first in the model: reduce keeps the earlier one.
  const strongest = scored.reduce<(typeof scored)[number] | null>((best, d) => (!best || d.score! > best.score! ? d : best), null);
  const weakest = scored.reduce<(typeof scored)[number] | null>((worst, d) => (!worst || d.score! < worst.score! ? d : worst), null);
  const elements = report.domains.flatMap((d) => d.elements).filter((e) => e.score !== null);
  return {
    overallLevel: report.overall.achievedLevel,
    overallScore: report.overall.score,
    strongestDomainId: strongest?.domainId ?? null,
    weakestDomainId: weakest?.domainId ?? null,
    belowTarget: elements.filter((e) => e.score! < targets[e.elementId]!).length,
    assessedElements: elements.length,
    coverage: report.overall.coverage,
    lowCoverage: report.overall.coverage < LOW_COVERAGE,
  };
}
