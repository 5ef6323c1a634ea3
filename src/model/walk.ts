/**
 * The one walk over a model: domain → key element → question, in the model's
 * order, each step with the parents it stands under, so no caller writes the
 * nested loop again.
 */
import type { Domain, Element, MaturityModel, Question } from './schema.ts';

export interface ElementPlace {
  domain: Domain;
  element: Element;
}

export interface QuestionPlace extends ElementPlace {
  question: Question;
}

/** Every key element of the model, in order, with its domain. */
export function elementsOf(model: Pick<MaturityModel, 'domains'>): ElementPlace[] {
  return model.domains.flatMap((domain) => domain.elements.map((element) => ({ domain, element })));
}

/** Every question of the model, in order, with its element and domain. */
export function questionsOf(model: Pick<MaturityModel, 'domains'>): QuestionPlace[] {
  return model.domains.flatMap((domain) =>
    domain.elements.flatMap((element) => element.questions.map((question) => ({ domain, element, question }))),
  );
}

/** The key element with this id, with its domain; undefined when the model has none. */
export function findElement(model: Pick<MaturityModel, 'domains'>, elementId: string): ElementPlace | undefined {
  return elementsOf(model).find(({ element }) => element.id === elementId);
}

/** The question with this id, with its element and domain; undefined when the model has none. */
export function findQuestion(model: Pick<MaturityModel, 'domains'>, questionId: string): QuestionPlace | undefined {
  return questionsOf(model).find(({ question }) => question.id === questionId);
}
