/**
 * How far a key element's level rests on evidence: the share of its answers
 * at level 2 or above that have at least one verified evidence reference.
 *
 * An element with no answer at level 2 or above has no confidence figure
 * (`null`), neither 0 nor 100 %: a level 0 or 1 claims nothing evidence
 * could back, and "100 % of nothing" would read as well supported. Screens
 * and files show it as "—" (no claim to back).
 *
 * "Not applicable" and unanswered questions count neither way. Pure.
 */
import type { Evidence } from '../assessment/schema.ts';
import type { Element, MaturityModel } from '../model/schema.ts';
import { elementsOf } from '../model/walk.ts';
import { answersByQuestion } from '../assessment/answers.ts';

/** The level from which an answer claims something evidence should back. */
export const CONFIDENCE_FROM_LEVEL = 2;

export interface AnswerWithEvidence {
  questionId: string;
  value: number | 'na' | null;
  evidence?: readonly Pick<Evidence, 'verified'>[];
}

export interface Confidence {
  /** Answers at level 2 or above. */
  claims: number;
  /** Of those, the ones with verified evidence. */
  supported: number;
  /** supported / claims, 0–1; null when there are no claims. */
  share: number | null;
}

/** Whether an answer has at least one reference someone verified. */
export function hasVerifiedEvidence(answer: Pick<AnswerWithEvidence, 'evidence'> | undefined): boolean {
  return answer?.evidence?.some((e) => e.verified) ?? false;
}

export function elementConfidence(element: Pick<Element, 'questions'>, answers: ReadonlyMap<string, AnswerWithEvidence>): Confidence {
  let claims = 0;
  let supported = 0;
  for (const question of element.questions) {
    const answer = answers.get(question.id);
    if (typeof answer?.value !== 'number' || answer.value < CONFIDENCE_FROM_LEVEL) continue;
    claims += 1;
    if (hasVerifiedEvidence(answer)) supported += 1;
  }
  return { claims, supported, share: claims === 0 ? null : supported / claims };
}

/** Element id → its confidence, for every element of the model. */
export function confidenceByElement(model: Pick<MaturityModel, 'domains'>, answers: readonly AnswerWithEvidence[]): Map<string, Confidence> {
  const byQuestion = answersByQuestion(answers);
  const result = new Map<string, Confidence>();
  for (const { element } of elementsOf(model)) result.set(element.id, elementConfidence(element, byQuestion));
  return result;
}

/** The same over a whole domain or the organization: every claim of its elements counted once. */
export function combinedConfidence(parts: readonly Confidence[]): Confidence {
  const claims = parts.reduce((n, p) => n + p.claims, 0);
  const supported = parts.reduce((n, p) => n + p.supported, 0);
  return { claims, supported, share: claims === 0 ? null : supported / claims };
}

/** Confidence overall, by domain id and by element id: plain data, kept with an imported result. */
export interface ConfidenceSummary {
  overall: Confidence;
  domains: Record<string, Confidence>;
  elements: Record<string, Confidence>;
}

export function confidenceSummary(model: Pick<MaturityModel, 'domains'>, answers: readonly AnswerWithEvidence[]): ConfidenceSummary {
  const byElement = confidenceByElement(model, answers);
  // Without a prototype, an id can never find something every object has ("constructor", say).
  const domains: Record<string, Confidence> = Object.create(null);
  const elements: Record<string, Confidence> = Object.create(null);
  for (const domain of model.domains) {
    const parts = domain.elements.map((e) => byElement.get(e.id)!);
    domain.elements.forEach((e, i) => (elements[e.id] = parts[i]!));
    domains[domain.id] = combinedConfidence(parts);
  }
  return { overall: combinedConfidence([...byElement.values()]), domains, elements };
}

/**
 * Our own rule for the flag beside a level (README, "Confidence"): a level
 * of 3 or above that less than half of its claims back with verified
 * evidence stands out. Levels below 3 claim too little to flag.
 */
export const LOW_CONFIDENCE_FROM_LEVEL = 3;
export const LOW_CONFIDENCE_BELOW = 0.5;

export function isLowConfidence(level: number | null | undefined, confidence: Pick<Confidence, 'share'> | undefined): boolean {
  return typeof level === 'number' && level >= LOW_CONFIDENCE_FROM_LEVEL && confidence?.share != null && confidence.share < LOW_CONFIDENCE_BELOW;
}
