/**
 * Scoring: answers + model → scores, achieved levels and coverage.
 * Pure and deterministic; the rules are explained with a worked example in
 * the README ("How scores are computed").
 *
 * - A score is a weighted mean of levels (0–5). Questions answered "not
 *   applicable" and unanswered questions are left out of it.
 * - An achieved level is the weakest link: the lowest level among what is
 *   counted below it (questions for an element, elements for a domain,
 *   domains overall), as in ISO/IEC 33020 where a level is achieved only
 *   when everything beneath reaches it. A high average cannot hide a
 *   missing foundation.
 * - Coverage is the share of questions that have an answer (a level or
 *   "not applicable"); figures with coverage below 1 are provisional.
 */
import type { AnswerValue } from '../assessment/schema.ts';
import type { Domain, Element, Level, MaturityModel } from '../model/schema.ts';

/** Question id → the answer given (absent or `null` when unanswered). */
export type AnswerLookup = Readonly<Record<string, AnswerValue | null | undefined>>;

export interface Figures {
  /** Weighted mean level, 0–5, rounded to two decimals; `null` when nothing counts. */
  score: number | null;
  /** The weakest link; `null` when nothing counts. */
  achievedLevel: Level | null;
  /** Questions answered (a level or "not applicable") / questions asked, 0–1. */
  coverage: number;
  answered: number;
  notApplicable: number;
  total: number;
}

export interface ElementScore extends Figures {
  elementId: string;
  weight: number;
}

export interface DomainScore extends Figures {
  domainId: string;
  weight: number;
  elements: ElementScore[];
}

export interface FrameworkValueScore {
  valueId: string;
  score: number | null;
  achievedLevel: Level | null;
  elementIds: string[];
}

export interface FrameworkScore {
  frameworkId: string;
  values: FrameworkValueScore[];
}

export interface ScoreReport {
  modelId: string;
  modelVersion: string;
  overall: Figures;
  domains: DomainScore[];
  /** The same element scores read along each framework the model maps onto. */
  frameworks: FrameworkScore[];
}

/** Two decimals, so figures read the same everywhere (and in exported files). */
export function roundScore(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

interface Weighted {
  value: number;
  weight: number;
}

function weightedMean(items: readonly Weighted[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}

function weakestLink(levels: readonly (Level | null)[]): Level | null {
  let lowest: Level | null = null;
  for (const level of levels) {
    if (level !== null && (lowest === null || level < lowest)) lowest = level;
  }
  return lowest;
}

/** Unrounded element figures, so domain and overall means do not compound rounding. */
interface RawFigures extends Omit<Figures, 'score'> {
  rawScore: number | null;
}

function figures(raw: RawFigures): Figures {
  const { rawScore, ...rest } = raw;
  return { ...rest, score: rawScore === null ? null : roundScore(rawScore) };
}

function scoreElementRaw(element: Element, answers: AnswerLookup): RawFigures {
  const levels: Weighted[] = [];
  let answered = 0;
  let notApplicable = 0;
  for (const question of element.questions) {
    const value = answers[question.id];
    if (value === undefined || value === null) continue;
    answered += 1;
    if (value === 'na') notApplicable += 1;
    else levels.push({ value, weight: question.weight });
  }
  const total = element.questions.length;
  return {
    rawScore: weightedMean(levels),
    achievedLevel: weakestLink(levels.map((l) => l.value as Level)),
    coverage: total > 0 ? answered / total : 0,
    answered,
    notApplicable,
    total,
  };
}

function combine(parts: readonly { raw: RawFigures; weight: number }[]): RawFigures {
  const answered = parts.reduce((n, p) => n + p.raw.answered, 0);
  const total = parts.reduce((n, p) => n + p.raw.total, 0);
  return {
    rawScore: weightedMean(
      parts.flatMap((p) => (p.raw.rawScore === null ? [] : [{ value: p.raw.rawScore, weight: p.weight }])),
    ),
    achievedLevel: weakestLink(parts.map((p) => p.raw.achievedLevel)),
    coverage: total > 0 ? answered / total : 0,
    answered,
    notApplicable: parts.reduce((n, p) => n + p.raw.notApplicable, 0),
    total,
  };
}

export function scoreElement(element: Element, answers: AnswerLookup): ElementScore {
  return { elementId: element.id, weight: element.weight, ...figures(scoreElementRaw(element, answers)) };
}

function scoreDomainRaw(domain: Domain, answers: AnswerLookup) {
  const elements = domain.elements.map((element) => ({
    element,
    raw: scoreElementRaw(element, answers),
    weight: element.weight,
  }));
  return { elements, raw: combine(elements) };
}

/** Scores every element, domain and framework value of `model` from `answers`. */
export function scoreAssessment(model: MaturityModel, answers: AnswerLookup): ScoreReport {
  const domains = model.domains.map((domain) => ({ domain, ...scoreDomainRaw(domain, answers) }));
  const overall = combine(domains.map((d) => ({ raw: d.raw, weight: d.domain.weight })));

  const elementRaw = new Map(domains.flatMap((d) => d.elements.map((e) => [e.element.id, e] as const)));
  const frameworks = model.frameworks.map((framework) => ({
    frameworkId: framework.id,
    values: framework.values.map((value) => {
      const tagged = [...elementRaw.values()].filter((e) => e.element.mapsTo[framework.id]?.includes(value.id));
      const raw = combine(tagged);
      return {
        valueId: value.id,
        score: raw.rawScore === null ? null : roundScore(raw.rawScore),
        achievedLevel: raw.achievedLevel,
        elementIds: tagged.map((e) => e.element.id),
      };
    }),
  }));

  return {
    modelId: model.id,
    modelVersion: model.version,
    overall: figures(overall),
    domains: domains.map((d) => ({
      domainId: d.domain.id,
      weight: d.domain.weight,
      ...figures(d.raw),
      elements: d.elements.map((e) => ({ elementId: e.element.id, weight: e.weight, ...figures(e.raw) })),
    })),
    frameworks,
  };
}
