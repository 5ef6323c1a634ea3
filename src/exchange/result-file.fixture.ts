/**
 * What the result-file tests share: the small model as published and its
 * hash, a catalogue that knows it, a final assessment of it, and a result
 * file made from an assessment and its answers (scored as the app does).
 */
import type { Assessment } from '../assessment/schema.ts';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { answerLookup, scoreAssessment } from '../scoring/score.ts';
import { publishedModelHash } from './model-identity.ts';
import { createResultFile, type ResultFileInput } from './result-file.ts';

export const model = MaturityModelSchema.parse(smallModel());
export const sha256 = await publishedModelHash(smallModel());

/** The small model by id and version, as an import's catalogue finds it. */
export const models = (id: string, version: string) => (id === model.id && version === model.version ? { model, sha256 } : undefined);

/** A final assessment of the small model, created on 1 January 2026; `more` sets the rest (its id at least). */
export function finalAssessment(more: Partial<Assessment> & Pick<Assessment, 'id' | 'organization'>): Assessment {
  return {
    model: { id: model.id, version: model.version },
    period: '2026',
    status: 'final',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    targets: {},
    actions: {},
    ...more,
  };
}

/** The result file of `assessment` and `answers`, scored on the small model; the model embedded unless `embedModel` is false. */
export function resultFileOf({
  embedModel = true,
  ...input
}: Pick<ResultFileInput, 'assessment' | 'answers'> & Partial<Omit<ResultFileInput, 'assessment' | 'answers'>> & { embedModel?: boolean }) {
  return createResultFile({
    model,
    modelIdentity: { sha256, ...(embedModel ? { published: smallModel() } : {}) },
    report: scoreAssessment(model, answerLookup(model, input.answers)),
    appVersion: 'test',
    ...input,
  });
}
