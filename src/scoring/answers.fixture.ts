/**
 * Answers for tests, written as `{ questionId: level | "na" }`; every
 * "not applicable" comes with a reason. They go through `answerLookup`,
 * the same door as stored and imported answers.
 */
import type { AnswerValue } from '../assessment/schema.ts';
import type { MaturityModel } from '../model/schema.ts';
import { answerLookup, type AnswerLookup } from './score.ts';

export type GivenLevels = Readonly<Record<string, AnswerValue | null>>;

export function given(model: MaturityModel, answers: GivenLevels): AnswerLookup {
  return answerLookup(
    model,
    Object.entries(answers).map(([questionId, value]) => ({ questionId, value, comment: value === 'na' ? 'Not ours to do: a reason.' : '' })),
  );
}
