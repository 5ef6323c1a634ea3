/**
 * Scoring: answers + model → levels, index, profile and coverage. Pure and
 * deterministic; the rules are explained with a worked example in the
 * README ("How scores are computed") and applied by `./rating.ts`.
 *
 * - A key element is rated like one process of ISO/IEC 33020: its
 *   questions are indicators, combined by the model's `rating.element`
 *   rule. It is rated only when every question is answered (a level, or
 *   "not applicable" with a reason); until then it is "not rated yet".
 * - A domain combines its key elements by `rating.domain`; the organization
 *   combines all key elements by `rating.organization` (never a minimum
 *   over every answer). Key elements not rated yet count as reaching
 *   nothing, so leaving a question unanswered never raises a level; wholly
 *   "not applicable" elements are left out.
 * - The index is the weighted mean level of what is answered, shown with one
 *   decimal; the level is what the tool states.
 * - Coverage is the share of questions that have an answer.
 */
import { notApplicableReason, type AnswerValue } from '../assessment/schema.ts';
import { scaleLevels, type Domain, type Element, type Level, type MaturityModel, type Question } from '../model/schema.ts';
import { rateIndicators, type Indicator } from './rating.ts';
import { questionsOf } from '../model/walk.ts';

/** What scoring needs of a model again and again, worked out once per model (an import rates thousands of files with one). */
interface ModelShape {
  questions: Map<string, Question>;
  levels: Level[];
  onScale: Set<unknown>;
}
const shapes = new WeakMap<MaturityModel, ModelShape>();

function shapeOf(model: MaturityModel): ModelShape {
  let shape = shapes.get(model);
  if (!shape) {
    const levels = scaleLevels(model);
    shape = {
      questions: new Map(questionsOf(model).map(({ question }) => [question.id, question])),
      levels,
      onScale: new Set(levels),
    };
    shapes.set(model, shape);
  }
  return shape;
}

/** Question id → the answer that counts. Only `answerLookup` builds one from stored or imported answers. */
export type AnswerLookup = ReadonlyMap<string, AnswerValue>;


/** What scoring reads of an answer, stored or imported. */
export interface GivenAnswer {
  questionId: string;
  value: AnswerValue | null;
  comment?: string;
  /** The reason for "not applicable", where a file keeps it apart from the comment. */
  reason?: string;
  /** A panel's consensus: for "not applicable", its rationale is the reason. */
  consensus?: { rationale: string } | undefined;
}


/**
 * The answers that count, by question id: a level on the model's scale, or
 * "not applicable" where the question allows it and a reason is given
 * (ISO/IEC 33020 asks a justification for every exclusion). Anything else
 * counts as unanswered.
 */
export function answerLookup(model: MaturityModel, answers: Iterable<GivenAnswer>): AnswerLookup {
  const { questions } = shapeOf(model);
  const lookup = new Map<string, AnswerValue>();
  for (const answer of answers) {
    const question = questions.get(answer.questionId);
    if (!question || answer.value === null) continue;
    if (answer.value === 'na') {
      if (question.allowNotApplicable && notApplicableReason(answer) !== '') lookup.set(answer.questionId, 'na');
    } else if (shapeOf(model).onScale.has(answer.value)) lookup.set(answer.questionId, answer.value);
  }
  return lookup;
}

export interface Figures {
  /** The index: weighted mean level of the answered questions, two decimals; `null` when nothing counts. */
  score: number | null;
  /** The level reached by the model's rating rules; `null` when not rated yet, or when nothing applies. */
  achievedLevel: Level | null;
  /** Every question answered: the level is final, not provisional. */
  complete: boolean;
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

/** How many key elements stand at each level of the scale: the capability profile. */
export interface LevelProfile {
  /** One entry per level of the scale, lowest first. */
  levels: { level: Level; elements: number }[];
  /** Key elements with questions still unanswered. */
  notRated: number;
  /** Key elements answered "not applicable" throughout. */
  notApplicable: number;
}

export interface DomainScore extends Figures {
  domainId: string;
  weight: number;
  elements: ElementScore[];
  profile: LevelProfile;
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
  overall: Figures & { profile: LevelProfile };
  domains: DomainScore[];
  /** The same key elements read along each framework the model maps onto. */
  frameworks: FrameworkScore[];
}

/** Every key element's score in a report, in the model's order. */
export function elementScoresOf(report: Pick<ScoreReport, 'domains'>): ElementScore[] {
  return report.domains.flatMap((domain) => domain.elements);
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

/** Unrounded figures, so domain and overall means do not compound rounding. */
interface RawFigures extends Omit<Figures, 'score'> {
  rawScore: number | null;
}

function figures(raw: RawFigures): Figures {
  const { rawScore, ...rest } = raw;
  return { ...rest, score: rawScore === null ? null : roundScore(rawScore) };
}

interface RatedElement {
  element: Element;
  raw: RawFigures;
}

/** Wholly "not applicable": every question answered so, none with a level. Left out of what it belongs to. */
export function isNotApplicable(figures: Pick<Figures, 'complete' | 'total' | 'notApplicable'>): boolean {
  return figures.complete && figures.total > 0 && figures.notApplicable === figures.total;
}

function rateElement(model: MaturityModel, element: Element, answers: AnswerLookup): RawFigures {
  const levels: Weighted[] = [];
  let answered = 0;
  let notApplicable = 0;
  for (const question of element.questions) {
    const value = answers.get(question.id);
    if (value === undefined) continue;
    answered += 1;
    if (value === 'na') notApplicable += 1;
    else levels.push({ value, weight: question.weight });
  }
  const total = element.questions.length;
  const complete = answered === total;
  const indicators: Indicator[] = levels.map(({ value, weight }) => ({ level: value, weight }));
  return {
    rawScore: weightedMean(levels),
    achievedLevel: complete ? rateIndicators(indicators, shapeOf(model).levels, model.rating.element, model.rating.bands) : null,
    complete,
    coverage: total > 0 ? answered / total : 0,
    answered,
    notApplicable,
    total,
  };
}

/** The key elements as indicators of a larger whole: "not applicable" ones left out, unrated ones reaching nothing. */
function elementIndicators(elements: readonly RatedElement[]): Indicator[] {
  return elements.filter((e) => !isNotApplicable(e.raw)).map((e) => ({ level: e.raw.achievedLevel, weight: e.element.weight }));
}

function combine(model: MaturityModel, elements: readonly RatedElement[], rule: MaturityModel['rating']['element'], indexParts: readonly Weighted[]): RawFigures {
  const answered = elements.reduce((n, e) => n + e.raw.answered, 0);
  const total = elements.reduce((n, e) => n + e.raw.total, 0);
  return {
    rawScore: weightedMean(indexParts),
    achievedLevel: rateIndicators(elementIndicators(elements), shapeOf(model).levels, rule, model.rating.bands),
    complete: elements.every((e) => e.raw.complete),
    coverage: total > 0 ? answered / total : 0,
    answered,
    notApplicable: elements.reduce((n, e) => n + e.raw.notApplicable, 0),
    total,
  };
}

function profileOf(model: MaturityModel, elements: readonly RatedElement[]): LevelProfile {
  const counts = new Map(shapeOf(model).levels.map((level) => [level, 0]));
  let notRated = 0;
  let notApplicable = 0;
  for (const { raw } of elements) {
    if (isNotApplicable(raw)) notApplicable += 1;
    else if (raw.achievedLevel === null) notRated += 1;
    else counts.set(raw.achievedLevel, (counts.get(raw.achievedLevel) ?? 0) + 1);
  }
  return { levels: [...counts].map(([level, n]) => ({ level, elements: n })), notRated, notApplicable };
}

function elementIndex(elements: readonly RatedElement[]): Weighted[] {
  return elements.flatMap((e) => (e.raw.rawScore === null ? [] : [{ value: e.raw.rawScore, weight: e.element.weight }]));
}

export function scoreElement(model: MaturityModel, element: Element, answers: AnswerLookup): ElementScore {
  return { elementId: element.id, weight: element.weight, ...figures(rateElement(model, element, answers)) };
}

interface RatedDomain {
  domain: Domain;
  elements: RatedElement[];
  raw: RawFigures;
}

function rateDomain(model: MaturityModel, domain: Domain, answers: AnswerLookup): RatedDomain {
  const elements = domain.elements.map((element) => ({ element, raw: rateElement(model, element, answers) }));
  return { domain, elements, raw: combine(model, elements, model.rating.domain, elementIndex(elements)) };
}

/** Rates every key element, domain and framework value of `model` from `answers`, and the organization. */
export function scoreAssessment(model: MaturityModel, answers: AnswerLookup): ScoreReport {
  const domains = model.domains.map((domain) => rateDomain(model, domain, answers));
  const allElements = domains.flatMap((d) => d.elements);
  const domainIndex = domains.flatMap((d) => (d.raw.rawScore === null ? [] : [{ value: d.raw.rawScore, weight: d.domain.weight }]));
  const overall = combine(model, allElements, model.rating.organization, domainIndex);

  const frameworks = model.frameworks.map((framework) => ({
    frameworkId: framework.id,
    values: framework.values.map((value) => {
      const tagged = allElements.filter((e) => (Object.hasOwn(e.element.mapsTo, framework.id) ? e.element.mapsTo[framework.id]! : []).includes(value.id));
      const raw = combine(model, tagged, model.rating.domain, elementIndex(tagged));
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
    overall: { ...figures(overall), profile: profileOf(model, allElements) },
    domains: domains.map((d) => ({
      domainId: d.domain.id,
      weight: d.domain.weight,
      ...figures(d.raw),
      elements: d.elements.map((e) => ({ elementId: e.element.id, weight: e.element.weight, ...figures(e.raw) })),
      profile: profileOf(model, d.elements),
    })),
    frameworks,
  };
}
