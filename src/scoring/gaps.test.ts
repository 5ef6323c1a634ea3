import { describe, expect, it } from 'vitest';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { LOW_COVERAGE, effectiveTargets, explainDomain, explainElement, rankPriorities, summarize } from './gaps.ts';
import { scoreAssessment, scoreElement, type AnswerLookup } from './score.ts';

const model = MaturityModelSchema.parse(smallModel());
const plan = model.domains[0]!.elements[0]!; // weight 2; questions weights 1 and 3
const people = model.domains[0]!.elements[1]!;
const report = (answers: AnswerLookup) => scoreAssessment(model, answers);

describe('targets', () => {
  it('uses the chosen target, else the default, and ignores unknown elements', () => {
    expect(effectiveTargets(model, { 'strategy.plan': 5, 'no.such': 1 })).toEqual({
      'strategy.plan': 5,
      'strategy.people': 3,
      'risk.register': 3,
    });
  });
});

describe('rankPriorities', () => {
  it('has nothing to rank when nothing is answered', () => {
    expect(rankPriorities(model, report({}), {})).toEqual([]);
  });

  it('never gives a negative gap: an element above its target is no priority', () => {
    const answers: AnswerLookup = { 'strategy.plan.exists': 5, 'strategy.plan.reviewed': 5, 'risk.register.exists': 2 };
    expect(rankPriorities(model, report(answers), {}).map((p) => p.elementId)).toEqual(['risk.register']);
  });

  it('ranks by gap weighted by the element weight, with the recommendation for the level reached', () => {
    // plan: score 2, weight 2 → gap 1, weighted 2; people: score 1 → gap 2, weighted 2; risk: 2.5 → gap 0.5
    const answers: AnswerLookup = { 'strategy.plan.exists': 2, 'strategy.plan.reviewed': 2, 'strategy.people.trained': 1, 'risk.register.exists': 2, 'risk.register.used': 3 };
    const ranked = rankPriorities(model, report(answers), {});
    expect(ranked.map((p) => [p.elementId, p.gap, p.weightedGap])).toEqual([
      ['strategy.people', 2, 2], // ties on 2: the lower achieved level (1) first
      ['strategy.plan', 1, 2],
      ['risk.register', 0.5, 0.5],
    ]);
    expect(ranked[0]).toMatchObject({ achievedLevel: 1, nextLevel: 2, recommendation: people.recommendations['1'] });
  });

  it('follows the targets chosen', () => {
    const answers: AnswerLookup = { 'strategy.plan.exists': 3, 'strategy.plan.reviewed': 3 };
    expect(rankPriorities(model, report(answers), {})).toEqual([]);
    expect(rankPriorities(model, report(answers), { 'strategy.plan': 5 })[0]).toMatchObject({ gap: 2, weightedGap: 4, target: 5 });
  });
});

describe('explanations', () => {
  it('names the answers that hold an element at its level, and lifting them lifts it', () => {
    const answers: AnswerLookup = { 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 4 };
    const why = explainElement(plan, answers);
    expect(why).toEqual({ level: 1, holding: ['strategy.plan.exists'], liftTo: 2 });
    const lifted = { ...answers, ...Object.fromEntries(why.holding.map((id) => [id, why.liftTo!])) };
    expect(scoreElement(plan, lifted).achievedLevel).toBe(2);
  });

  it('has nothing to explain without answers, and nothing to lift at level 5', () => {
    expect(explainElement(plan, {})).toEqual({ level: null, holding: [], liftTo: null });
    expect(explainElement(plan, { 'strategy.plan.exists': 5, 'strategy.plan.reviewed': 5 }).liftTo).toBeNull();
  });

  it('explains a domain by its weakest elements', () => {
    const answers: AnswerLookup = { 'strategy.plan.exists': 2, 'strategy.plan.reviewed': 4, 'strategy.people.trained': 2 };
    expect(explainDomain(model.domains[0]!, answers)).toEqual({
      level: 2,
      holdingElements: ['strategy.plan', 'strategy.people'],
      holdingQuestions: ['strategy.plan.exists', 'strategy.people.trained'],
      liftTo: 3,
    });
  });
});

describe('summarize', () => {
  it('names the strongest and weakest domains, counts gaps and warns on low coverage', () => {
    const answers: AnswerLookup = { 'strategy.plan.exists': 4, 'strategy.plan.reviewed': 4, 'risk.register.exists': 1 };
    const summary = summarize(model, report(answers), {});
    expect(summary).toEqual({
      overallLevel: 1,
      overallScore: 2.5,
      strongestDomainId: 'strategy',
      weakestDomainId: 'risk',
      belowTarget: 1,
      assessedElements: 2,
      coverage: 3 / 5,
      lowCoverage: true,
    });
    expect(3 / 5 < LOW_COVERAGE).toBe(true);
  });

  it('says nothing about domains when nothing is answered', () => {
    expect(summarize(model, report({}), {})).toMatchObject({ strongestDomainId: null, weakestDomainId: null, belowTarget: 0, lowCoverage: true });
  });
});
