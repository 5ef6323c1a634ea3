/**
 * What the comparison tests share: results of the small model as a
 * comparison holds them (ComparedResult), scored from answers made up per
 * organization.
 */
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { scoreAssessment, type AnswerLookup } from '../scoring/score.ts';
import type { ComparedResult } from './matrix.ts';

export const model = MaturityModelSchema.parse(smallModel());
export const questionIds = model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => q.id)));

/** Levels that differ by organization `i` and by question: `(i × step + 3 × question) mod levels`. */
export const variedAnswers = (i: number, { step = 5, levels = 6 }: { step?: number; levels?: number } = {}): AnswerLookup =>
  new Map(questionIds.map((q, j) => [q, (i * step + j * 3) % levels]));

/** The same level for every question. */
export const levelEverywhere = (level: number): AnswerLookup => new Map(questionIds.map((q) => [q, level]));

/** A result of the small model for `organization` in `period`, scored from `answers`; its id is "name-period" unless given. */
export function comparedResult(
  organization: ComparedResult['organization'],
  answers: AnswerLookup,
  { period = '2026', assessmentId = `${organization.name}-${period}` }: { period?: string; assessmentId?: string } = {},
): ComparedResult {
  return {
    assessmentId,
    updatedAt: `${period}-01-01T00:00:00.000Z`,
    organization: { unit: '', ...organization },
    period,
    model: { id: model.id, version: model.version },
    report: scoreAssessment(model, answers),
  };
}
