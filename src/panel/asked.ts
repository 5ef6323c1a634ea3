/**
 * What a respondent was asked: the model cut to the domains of their
 * package, in the model's order. Their questionnaire, their results and
 * their scores are over these domains only; a domain they were not asked is
 * not "unanswered", it is not theirs. Pure: the questionnaire and the
 * results read it the same way.
 */
import type { MaturityModel } from '../model/schema.ts';

/** The model as a respondent of `contribution` sees it; the whole model for an assessment of one's own (or a package naming no domain of it). */
export function askedModel(model: MaturityModel, contribution: { domains: readonly string[] } | undefined): MaturityModel {
  if (!contribution) return model;
  const domains = model.domains.filter((d) => contribution.domains.includes(d.id));
  return domains.length ? { ...model, domains } : model;
}

/** "You were asked N of M domains": how many of the model's domains the respondent was asked. */
export function askedCount(model: MaturityModel, contribution: { domains: readonly string[] }): { asked: number; total: number } {
  return { asked: askedModel(model, contribution).domains.length, total: model.domains.length };
}
