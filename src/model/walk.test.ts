import { describe, expect, it } from 'vitest';
import type { MaturityModel } from './schema.ts';
import { smallModel } from './small-model.fixture.ts';
import { parseModel } from './validate.ts';
import { elementsOf, findElement, findQuestion, questionsOf } from './walk.ts';

function model(): MaturityModel {
  const checked = parseModel(smallModel());
  if (!checked.ok) throw new Error('the small model does not parse');
  return checked.model;
}

describe('the walk over a model', () => {
  it('visits every key element once, in the model order, under its own domain', () => {
    const places = elementsOf(model());
    expect(places.map(({ domain, element }) => `${domain.id}/${element.id}`)).toEqual([
      'strategy/strategy.plan',
      'strategy/strategy.people',
      'risk/risk.register',
    ]);
    for (const { domain, element } of places) expect(domain.elements).toContain(element);
  });

  it('visits every question once, in the model order, under its own element and domain', () => {
    const places = questionsOf(model());
    expect(places.map(({ question }) => question.id)).toEqual([
      'strategy.plan.exists',
      'strategy.plan.reviewed',
      'strategy.people.trained',
      'risk.register.exists',
      'risk.register.used',
    ]);
    for (const { domain, element, question } of places) {
      expect(domain.elements).toContain(element);
      expect(element.questions).toContain(question);
    }
  });

  it('walks nothing in a model without domains', () => {
    expect(elementsOf({ domains: [] })).toEqual([]);
    expect(questionsOf({ domains: [] })).toEqual([]);
  });

  it('finds an element or a question by id, with its parents, and nothing for an unknown id', () => {
    const m = model();
    expect(findElement(m, 'strategy.people')?.domain.id).toBe('strategy');
    expect(findElement(m, 'strategy.people.trained')).toBeUndefined();
    const found = findQuestion(m, 'risk.register.used');
    expect([found?.domain.id, found?.element.id]).toEqual(['risk', 'risk.register']);
    expect(findQuestion(m, 'risk.register')).toBeUndefined();
  });
});
