/**
 * Kept apart from `validate.ts`, which the questionnaire loads: only the
 * scripts (validate-models) and tests need to check two models together.
 */
import type { MaturityModel } from './schema.ts';
import { formatPath, type ModelProblem } from './validate.ts';
import { questionsOf } from './walk.ts';

/**
 * The check across two models that a schema cannot make alone: every
 * question of `short` that `prefills` names questions of `full` (the model
 * `short.prefillsModel` names) names questions `full` has. Problems are
 * paths in `short`.
 */
export function checkPrefills(short: MaturityModel, full: MaturityModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const target = short.prefillsModel;
  if (!target || target.id !== full.id || target.version !== full.version) return problems;
  const known = new Set(questionsOf(full).map(({ question }) => question.id));
  short.domains.forEach((domain, d) =>
    domain.elements.forEach((element, e) =>
      element.questions.forEach((question, q) =>
        question.prefills?.forEach((id, i) => {
          if (!known.has(id)) {
            problems.push({
              code: 'model.unknown-prefill',
              path: formatPath(['domains', d, 'elements', e, 'questions', q, 'prefills', i]),
              params: { id, model: full.id, version: full.version },
            });
          }
        }),
      ),
    ),
  );
  return problems;
}
