import { describe, expect, it } from 'vitest';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given, type GivenLevels } from './answers.fixture.ts';
import { LOW_COVERAGE, effectiveTargets, explainDomain, explainElement, rankPriorities, summarize } from './gaps.ts';
import { scoreAssessment, scoreElement } from './score.ts';

const model = MaturityModelSchema.parse(smallModel());
const plan = model.domains[0]!.elements[0]!; // weight 2; questions weights 1 and 3
const report = (answers: GivenLevels) => scoreAssessment(model, given(model, answers));
const priorities = (answers: GivenLevels, targets = {}) => rankPriorities(model, report(answers), targets, given(model, answers));

describe('targets', () => {
  it('uses the chosen target, else the default, and ignores unknown elements', () => {
    expect(Object.fromEntries(effectiveTargets(model, { 'strategy.plan': 5, 'no.such': 1 }))).toEqual({
      'strategy.plan': 5,
      'strategy.people': 3,
      'risk.register': 3,
    });
  });
});

describe('rankPriorities', () => {
  it('has nothing to rank when nothing is answered, and nothing for an element not rated yet', () => {
    expect(priorities({})).toEqual([]);
    expect(priorities({ 'risk.register.exists': 1 })).toEqual([]);
  });

  it('takes the gap from the achieved level, not the mean: 5 and 1 is level 1, a gap of 2', () => {
    const ranked = priorities({ 'risk.register.exists': 5, 'risk.register.used': 1 });
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ elementId: 'risk.register', score: 3, achievedLevel: 1, target: 3, gap: 2, weightedGap: 2 });
  });

  it('names the question that holds the element down, with the recommendation for its next level', () => {
    const [first] = priorities({ 'risk.register.exists': 5, 'risk.register.used': 1 });
    expect(first).toMatchObject({ holdingQuestionId: 'risk.register.used', holdingLevel: 1, nextLevel: 2, recommendation: 'reach level 2' });
  });

  it('prefers the question\'s own recommendation to its element\'s', () => {
    const input = smallModel();
    input.domains[1]!.elements[0]!.questions[1]!.recommendations = { '1': 'Use the register in every project review.' };
    const own = MaturityModelSchema.parse(input);
    const answers = given(own, { 'risk.register.exists': 4, 'risk.register.used': 1 });
    expect(rankPriorities(own, scoreAssessment(own, answers), {}, answers)[0]!.recommendation).toBe('Use the register in every project review.');
  });

  it('never lists an element at or above its target', () => {
    const answers = { 'strategy.plan.exists': 5, 'strategy.plan.reviewed': 5, 'risk.register.exists': 2, 'risk.register.used': 2 };
    expect(priorities(answers).map((p) => p.elementId)).toEqual(['risk.register']);
  });

  it('ranks by the gap weighted by the element weight', () => {
    const answers = {
      'strategy.plan.exists': 2,
      'strategy.plan.reviewed': 2,
      'strategy.people.trained': 1,
      'risk.register.exists': 2,
      'risk.register.used': 3,
    };
    const ranked = priorities(answers);
    // plan: gap 1 × weight 2 = 2; people: gap 2 × 1 = 2, lower level first; register: 1 × 1.
    expect(ranked.map((p) => [p.elementId, p.weightedGap])).toEqual([
      ['strategy.people', 2],
      ['strategy.plan', 2],
      ['risk.register', 1],
    ]);
  });

  it('follows the targets chosen', () => {
    const answers = { 'strategy.plan.exists': 3, 'strategy.plan.reviewed': 3 };
    expect(priorities(answers)).toEqual([]);
    expect(priorities(answers, { 'strategy.plan': 5 })[0]).toMatchObject({ gap: 2, weightedGap: 4, target: 5 });
  });
});

describe('explanations', () => {
  it('names the answers that hold an element at its level, and lifting them lifts it', () => {
    const answers = { 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 4 };
    // Weights 1 and 3: 75 % reach 2 (Largely), 100 % reach 1 → level 2; level 3 needs Fully at 2: the answer 1.
    const why = explainElement(model, plan, given(model, answers));
    expect(why).toEqual({ level: 2, holding: ['strategy.plan.exists'], liftTo: 3 });
    const lifted = given(model, { ...answers, 'strategy.plan.exists': 2 });
    expect(scoreElement(model, plan, lifted).achievedLevel).toBe(3);
  });

  it('has nothing to explain without answers, and nothing to lift at the top', () => {
    expect(explainElement(model, plan, given(model, {}))).toEqual({ level: null, holding: [], liftTo: null });
    expect(explainElement(model, plan, given(model, { 'strategy.plan.exists': 5, 'strategy.plan.reviewed': 5 }))).toEqual({ level: 5, holding: [], liftTo: null });
  });

  it('explains a domain by the key elements that hold it', () => {
    const answers = { 'strategy.plan.exists': 2, 'strategy.plan.reviewed': 4, 'strategy.people.trained': 1 };
    // plan at 3 (weight 2), people at 1 (weight 1): all reach 1, 2/3 reach 2 (Largely) → 2; people holds Fully at 2.
    expect(explainDomain(model, model.domains[0]!, report(answers))).toEqual({ level: 2, holdingElements: ['strategy.people'], liftTo: 3 });
  });
});

describe('summarize', () => {
  it('states the level, the index, the profile and the weakest domain, and counts gaps on levels', () => {
    const answers = { 'strategy.plan.exists': 4, 'strategy.plan.reviewed': 4, 'strategy.people.trained': 4, 'risk.register.exists': 1, 'risk.register.used': 4 };
    const summary = summarize(model, report(answers), {});
    expect(summary).toMatchObject({
      // plan (weight 2) and people at 4, register at 1: 75 % reach 2 (Largely), 100 % reach 1 (Fully) → 2;
      // 3 would need Fully at 2, which 75 % is not. The weakest domain, risk at 1, stands beside it.
      overallLevel: 2,
      strongestDomainId: 'strategy',
      weakestDomainId: 'risk',
      weakestDomainLevel: 1,
      belowTarget: 1,
      assessedElements: 3,
      complete: true,
      lowCoverage: false,
    });
    expect(summary.profile.levels.filter((l) => l.elements > 0)).toEqual([{ level: 1, elements: 1 }, { level: 4, elements: 2 }]);
  });

  it('says nothing about domains when nothing is answered, and warns on low coverage', () => {
    expect(summarize(model, report({}), {})).toMatchObject({ strongestDomainId: null, weakestDomainId: null, belowTarget: 0, lowCoverage: true });
    expect(LOW_COVERAGE).toBe(0.8);
  });
});
