/**
 * Starting a full assessment from a quick check: each quick question names,
 * in `prefills`, the questions of the full model it stands for, and its
 * answer becomes their first answer, marked "to confirm" until a person
 * answers them or confirms the level. Pure: the answers and the marks are
 * plain data; storage saves them.
 *
 * The rules:
 * - A level carries when the full model's scale has it; "not applicable"
 *   carries (with its reason) only to a question that allows it.
 * - A full question that two quick questions name takes the lower level:
 *   the quick check asks to rate the weaker part, and so does this.
 * - An unanswered quick question (or one left without a level) pre-fills nothing.
 */
import type { Answer } from './schema.ts';
import { isScaleLevel, type MaturityModel } from '../model/schema.ts';
import { questionsOf } from '../model/walk.ts';
import { answersByQuestion } from './answers.ts';

export interface Prefill {
  /** The full assessment's first answers, dated `at`. */
  answers: Answer[];
  /** The questions they answer, in the full model's order: what the questionnaire marks "to confirm". */
  toConfirm: string[];
}

/** Whether `quick` is a short model that leads into `full` (it names it in `prefillsModel`). */
export function prefillsInto(quick: MaturityModel, full: MaturityModel): boolean {
  return quick.prefillsModel?.id === full.id && quick.prefillsModel.version === full.version;
}

/** The answers a full assessment `assessmentId` on `full` starts with, from the answers of a quick check on `quick`. */
export function prefillFromQuickCheck(quick: MaturityModel, quickAnswers: readonly Answer[], full: MaturityModel, assessmentId: string, at: string): Prefill {
  const fullQuestions = new Map(questionsOf(full).map(({ question }) => [question.id, question]));
  const answerOf = answersByQuestion(quickAnswers);
  const chosen = new Map<string, Answer>();
  if (!prefillsInto(quick, full)) return { answers: [], toConfirm: [] };
  for (const { question } of questionsOf(quick)) {
    const answer = answerOf.get(question.id);
    if (!answer || answer.value === null) continue;
    for (const targetId of question.prefills ?? []) {
      const target = fullQuestions.get(targetId);
      if (!target) continue;
      const value = answer.value;
      if (value === 'na' ? !target.allowNotApplicable : !isScaleLevel(full, value)) continue;
      const before = chosen.get(targetId);
      // The weaker of two: a level below another, and a level below "not applicable".
      if (before && before.value !== 'na' && (value === 'na' || (before.value as number) <= value)) continue;
      chosen.set(targetId, { assessmentId, questionId: targetId, value, comment: answer.comment, answeredAt: at });
    }
  }
  const order = [...fullQuestions.keys()];
  const answers = [...chosen.values()].sort((a, b) => order.indexOf(a.questionId) - order.indexOf(b.questionId));
  return { answers, toConfirm: answers.map((a) => a.questionId) };
}

export { stillToConfirm } from './to-confirm.ts';
