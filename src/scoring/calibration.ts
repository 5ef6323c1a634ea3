/**
 * Calibration of the rating method: a simulated population of
 * organizations, each answering every question at its true level with
 * independent noise, rated as the tool rates a real one. The confusion
 * table says how often the headline level is the true level. Pure and
 * seeded, so the test and the README's table give the same figures.
 */
import type { AnswerValue } from '../assessment/schema.ts';
import { scaleLevels, type Level, type MaturityModel } from '../model/schema.ts';
import { answerLookup, scoreAssessment } from './score.ts';

/** mulberry32: a small, well-known seeded generator, so a seed always gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CalibrationOptions {
  /** How many organizations. */
  organizations: number;
  /** The true levels, drawn in turn. */
  trueLevels: readonly Level[];
  /** The share of answers moved one level up or down (at random, kept on the scale). */
  noise: number;
  seed: number;
}

export interface Calibration {
  /** true level → headline level → organizations. */
  table: Map<Level, Map<Level | null, number>>;
  /** Share of organizations whose headline level is their true level. */
  agreement: number;
  /** Share of domain levels, and of key element levels, equal to the true level. */
  domainAgreement: number;
  elementAgreement: number;
}

/** Answers of one organization whose every practice stands at `level`, with noise. */
export function noisyAnswers(model: MaturityModel, level: Level, noise: number, next: () => number): { questionId: string; value: AnswerValue }[] {
  const levels = scaleLevels(model);
  const lowest = levels[0]!;
  const highest = levels.at(-1)!;
  return model.domains.flatMap((d) =>
    d.elements.flatMap((e) =>
      e.questions.map((q) => {
        let value = level;
        if (next() < noise) value = Math.min(highest, Math.max(lowest, level + (next() < 0.5 ? -1 : 1)));
        return { questionId: q.id, value };
      }),
    ),
  );
}

export function calibrate(model: MaturityModel, options: CalibrationOptions): Calibration {
  const next = seededRandom(options.seed);
  const table = new Map<Level, Map<Level | null, number>>(options.trueLevels.map((level) => [level, new Map()]));
  let agreeing = 0;
  let domains = 0;
  let domainsAgreeing = 0;
  let elements = 0;
  let elementsAgreeing = 0;
  for (let i = 0; i < options.organizations; i += 1) {
    const truth = options.trueLevels[i % options.trueLevels.length]!;
    const report = scoreAssessment(model, answerLookup(model, noisyAnswers(model, truth, options.noise, next)));
    const headline = report.overall.achievedLevel;
    const row = table.get(truth)!;
    row.set(headline, (row.get(headline) ?? 0) + 1);
    if (headline === truth) agreeing += 1;
    for (const domain of report.domains) {
      domains += 1;
      if (domain.achievedLevel === truth) domainsAgreeing += 1;
      for (const element of domain.elements) {
        elements += 1;
        if (element.achievedLevel === truth) elementsAgreeing += 1;
      }
    }
  }
  return {
    table,
    agreement: agreeing / options.organizations,
    domainAgreement: domainsAgreeing / domains,
    elementAgreement: elementsAgreeing / elements,
  };
}
