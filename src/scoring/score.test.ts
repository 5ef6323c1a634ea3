import { describe, expect, it } from 'vitest';
import { MaturityModelSchema, type MaturityModel } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given, type GivenLevels } from './answers.fixture.ts';
import { answerLookup, elementScoresOf, roundScore, scoreAssessment } from './score.ts';

const model: MaturityModel = MaturityModelSchema.parse(smallModel());
const score = (answers: GivenLevels) => scoreAssessment(model, given(model, answers));
const domain = (answers: GivenLevels, id: string) => score(answers).domains.find((d) => d.domainId === id)!;
const element = (answers: GivenLevels, id: string) =>
  elementScoresOf(score(answers)).find((e) => e.elementId === id)!;

const everything = (level: number): GivenLevels => ({
  'strategy.plan.exists': level,
  'strategy.plan.reviewed': level,
  'strategy.people.trained': level,
  'risk.register.exists': level,
  'risk.register.used': level,
});

describe('answerLookup', () => {
  it('counts "not applicable" only with a reason and only where the question allows it', () => {
    const lookup = answerLookup(model, [
      { questionId: 'risk.register.used', value: 'na', comment: '   ' },
      { questionId: 'strategy.people.trained', value: 'na', comment: 'No staff of our own: the host agency trains them.' },
      { questionId: 'strategy.plan.exists', value: 'na', comment: 'a reason, but the question does not allow it' },
    ]);
    expect([...lookup]).toEqual([['strategy.people.trained', 'na']]);
  });

  it('takes a separate reason where a file gives one', () => {
    expect(answerLookup(model, [{ questionId: 'risk.register.used', value: 'na', comment: '', reason: 'Shared register' }]).get('risk.register.used')).toBe('na');
  });

  it('ignores levels off the model\'s scale, unknown questions and inherited names', () => {
    const lookup = answerLookup(model, [
      { questionId: 'strategy.plan.exists', value: 7 },
      { questionId: 'no.such.question', value: 3 },
      { questionId: 'constructor', value: 3 },
      { questionId: 'toString', value: 3 },
    ]);
    expect(lookup.size).toBe(0);
  });
});

describe('scoreAssessment', () => {
  it('gives no index and no level when nothing is answered, with zero coverage', () => {
    const report = score({});
    expect(report.overall).toMatchObject({ score: null, achievedLevel: null, complete: false, coverage: 0, answered: 0, notApplicable: 0, total: 5 });
    expect(report.overall.profile).toEqual({ levels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, elements: 0 })), notRated: 3, notApplicable: 0 });
    for (const d of report.domains) {
      expect(d.score).toBeNull();
      expect(d.achievedLevel).toBeNull();
      for (const e of d.elements) expect(e.coverage).toBe(0);
    }
  });

  it('weights questions within an element for the index', () => {
    // (1×1 + 3×5) / (1 + 3) = 4
    expect(element({ 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 5 }, 'strategy.plan').score).toBe(4);
  });

  it('rates an element of two questions at its weakest answer, whatever the mean', () => {
    // Weights 1 and 3: level 2 needs Largely at 2 (75 % of the weight > 50 %) and Fully at 1 (100 %) → 2;
    // level 3 would need Fully at 2, which 75 % is not.
    expect(element({ 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 5 }, 'strategy.plan').achievedLevel).toBe(2);
    // Equal weights: the weakest link.
    expect(element({ 'risk.register.exists': 1, 'risk.register.used': 5 }, 'risk.register').achievedLevel).toBe(1);
    expect(element({ 'risk.register.exists': 4, 'risk.register.used': 2 }, 'risk.register').achievedLevel).toBe(2);
  });

  it('rates an element only when every question is answered', () => {
    const e = element({ 'strategy.plan.exists': 4 }, 'strategy.plan');
    expect(e).toMatchObject({ score: 4, achievedLevel: null, complete: false, coverage: 0.5 });
  });

  it('leaves "not applicable" out of the index and the level but counts it as answered', () => {
    const e = element({ 'risk.register.exists': 3, 'risk.register.used': 'na' }, 'risk.register');
    expect(e).toMatchObject({ score: 3, achievedLevel: 3, complete: true, coverage: 1, answered: 2, notApplicable: 1, total: 2 });
  });

  it('leaves an element answered entirely "not applicable" out of its domain', () => {
    const answers = { 'strategy.plan.exists': 3, 'strategy.plan.reviewed': 3, 'strategy.people.trained': 'na' } as const;
    expect(element(answers, 'strategy.people')).toMatchObject({ score: null, achievedLevel: null, complete: true, coverage: 1 });
    expect(domain(answers, 'strategy')).toMatchObject({ score: 3, achievedLevel: 3, coverage: 1 });
    expect(domain(answers, 'strategy').profile).toMatchObject({ notApplicable: 1, notRated: 0 });
  });

  it('counts an unrated element as reaching nothing in its domain, so the domain is provisional and never higher', () => {
    const d = domain({ 'strategy.plan.exists': 4, 'strategy.plan.reviewed': 4 }, 'strategy');
    // plan (weight 2) at 4, people (weight 1) not rated: 2/3 of the weight reaches 1 (Largely), but not more
    // than 85 % reaches anything, so the domain stands at 1 until people is rated.
    expect(d).toMatchObject({ achievedLevel: 1, complete: false });
    expect(domain({ 'strategy.plan.exists': 4, 'strategy.plan.reviewed': 4, 'strategy.people.trained': 4 }, 'strategy').achievedLevel).toBe(4);
  });

  it('rates the organization over its key elements, not at the minimum of every answer', () => {
    const report = score({ ...everything(3), 'risk.register.used': 2 });
    // plan 3 (weight 2), people 3 (1), register 2 (1): 75 % of the weight reaches 3 (Largely), 100 % reaches 2 (Fully).
    expect(report.overall.achievedLevel).toBe(3);
    expect(report.overall.profile.levels.find((l) => l.level === 3)!.elements).toBe(2);
    expect(report.overall.profile.levels.find((l) => l.level === 2)!.elements).toBe(1);
    expect(report.domains.find((d) => d.domainId === 'risk')!.achievedLevel).toBe(2);
  });

  it('weights elements within a domain for the index', () => {
    // plan: (2×1 + 4×3)/4 = 3.5, weight 2; people: 0, weight 1 → (3.5×2 + 0)/3 = 2.333…
    const d = domain({ 'strategy.plan.exists': 2, 'strategy.plan.reviewed': 4, 'strategy.people.trained': 0 }, 'strategy');
    expect(d.score).toBe(2.33);
  });

  it('ignores a question answered with null (a comment without a level)', () => {
    expect(element({ 'strategy.plan.exists': null, 'strategy.plan.reviewed': 2 }, 'strategy.plan')).toMatchObject({ score: 2, answered: 1 });
  });

  it('ignores answers to questions the model does not have', () => {
    expect(score({ 'no.such.question': 5 }).overall.answered).toBe(0);
  });

  it('rounds the index to two decimals from unrounded parts', () => {
    // plan: (1×1 + 3×2)/4 = 1.75; people 2 → (1.75×2 + 2)/3 = 1.8333…
    const d = domain({ 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 2, 'strategy.people.trained': 2 }, 'strategy');
    expect(d.score).toBe(1.83);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(2 / 3)).toBe(0.67);
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
  });

  it('reads the key elements along each framework', () => {
    const report = score({ 'strategy.plan.exists': 4, 'strategy.plan.reviewed': 4, 'strategy.people.trained': 1 });
    const [edm] = report.frameworks;
    expect(edm!.frameworkId).toBe('edm');
    // evaluate: plan (4, weight 2) and people (1, weight 1): all reach 1 (Fully), 2/3 reach 2 (Largely) → 2; index 3.
    expect(edm!.values).toEqual([
      { valueId: 'evaluate', score: 3, achievedLevel: 2, elementIds: ['strategy.plan', 'strategy.people'] },
      { valueId: 'monitor', score: 1, achievedLevel: 1, elementIds: ['strategy.people'] },
    ]);
  });

  it('follows the rule the model declares: "all" takes the minimum within a domain', () => {
    const strict = MaturityModelSchema.parse({ ...smallModel(), rating: { domain: 'all' } });
    const answers = given(strict, { ...everything(4), 'strategy.people.trained': 2 });
    const report = scoreAssessment(strict, answers);
    expect(report.domains.find((d) => d.domainId === 'strategy')!.achievedLevel).toBe(2);
    // The default, N/P/L/F: plan (weight 2) at 4 and people (1) at 2 → Fully at 2, Largely at 3 → 3.
    expect(scoreAssessment(model, given(model, { ...everything(4), 'strategy.people.trained': 2 })).domains[0]!.achievedLevel).toBe(3);
  });

  it('is deterministic', () => {
    const answers = { 'strategy.plan.exists': 3, 'risk.register.used': 'na' } as const;
    expect(score(answers)).toEqual(score(answers));
  });
});

describe('elementScoresOf', () => {
  it('lists every key element of the report once, in the model order', () => {
    expect(elementScoresOf(score({ 'risk.register.exists': 2 })).map((e) => e.elementId)).toEqual(['strategy.plan', 'strategy.people', 'risk.register']);
  });
});
