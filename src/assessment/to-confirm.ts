/**
 * Which pre-filled answers are still to confirm: kept apart from the
 * pre-fill itself (./prefill.ts), so that the questionnaire's first visit
 * carries only this and the home and results pages load the pre-fill when
 * they use it.
 */
import type { Answer } from './schema.ts';

/**
 * The questions still to confirm: pre-filled and neither answered nor
 * confirmed since (confirming saves the answer again, so its time moves past
 * the pre-fill's).
 */
export function stillToConfirm(prefilled: { at: string; toConfirm: readonly string[] } | undefined, answers: readonly Pick<Answer, 'questionId' | 'answeredAt'>[]): Set<string> {
  if (!prefilled) return new Set();
  const answeredAt = new Map(answers.map((a) => [a.questionId, a.answeredAt]));
  return new Set(prefilled.toConfirm.filter((id) => (answeredAt.get(id) ?? '') <= prefilled.at));
}
