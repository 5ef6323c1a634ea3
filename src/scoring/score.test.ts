import { describe, expect, it } from 'vitest';
import { MaturityModelSchema, type MaturityModel } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { roundScore, scoreAssessment, type AnswerLookup } from './score.ts';

const model: MaturityModel = MaturityModelSchema.parse(smallModel());
const score = (answers: AnswerLookup) => scoreAssessment(model, answers);
const domain = (answers: AnswerLookup, id: string) => score(answers).domains.find((d) => d.domainId === id)!;
const element = (answers: AnswerLookup, id: string) =>
  score(answers).domains.flatMap((d) => d.elements).find((e) => e.elementId === id)!;

describe('scoreAssessment', () => {
  it('gives no score and no level when nothing is answered, with zero coverage', () => {
    const report = score({});
    expect(report.overall).toEqual({ score: null, achievedLevel: null, coverage: 0, answered: 0, notApplicable: 0, total: 5 });
    for (const d of report.domains) {
      expect(d.score).toBeNull();
      expect(d.achievedLevel).toBeNull();
      for (const e of d.elements) expect(e.coverage).toBe(0);
    }
  });

  it('weights questions within an element', () => {
    // (1×1 + 3×5) / (1 + 3) = 4
    expect(element({ 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 5 }, 'strategy.plan').score).toBe(4);
  });

  it('weights elements within a domain', () => {
    // plan: (2×1 + 4×3)/4 = 3.5, weight 2; people: 0, weight 1 → (3.5×2 + 0)/3 = 2.333…
    const d = domain({ 'strategy.plan.exists': 2, 'strategy.plan.reviewed': 4, 'strategy.people.trained': 0 }, 'strategy');
    expect(d.score).toBe(2.33);
    expect(d.achievedLevel).toBe(0);
  });

  it('takes the weakest link for the achieved level, whatever the mean', () => {
    const e = element({ 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 5 }, 'strategy.plan');
    expect(e.score).toBe(4);
    expect(e.achievedLevel).toBe(1);
    const report = score({
      'strategy.plan.exists': 5,
      'strategy.plan.reviewed': 5,
      'strategy.people.trained': 5,
      'risk.register.exists': 2,
      'risk.register.used': 5,
    });
    expect(report.overall.achievedLevel).toBe(2);
    expect(report.overall.score).toBe(4.25); // strategy 5, risk 3.5, equal domain weights
  });

  it('leaves "not applicable" out of scores and levels but counts it as answered', () => {
    const e = element({ 'risk.register.exists': 3, 'risk.register.used': 'na' }, 'risk.register');
    expect(e).toMatchObject({ score: 3, achievedLevel: 3, coverage: 1, answered: 2, notApplicable: 1, total: 2 });
  });

  it('gives an element answered entirely "not applicable" no score, and the domain ignores it', () => {
    const answers = { 'strategy.plan.exists': 3, 'strategy.plan.reviewed': 3, 'strategy.people.trained': 'na' } as const;
    expect(element(answers, 'strategy.people')).toMatchObject({ score: null, achievedLevel: null, coverage: 1 });
    expect(domain(answers, 'strategy')).toMatchObject({ score: 3, achievedLevel: 3, coverage: 1 });
  });

  it('reports partial coverage and scores only what is answered', () => {
    const report = score({ 'strategy.plan.exists': 4, 'risk.register.exists': 2 });
    expect(report.overall.coverage).toBe(2 / 5);
    expect(report.overall.answered).toBe(2);
    expect(domain({ 'strategy.plan.exists': 4 }, 'strategy')).toMatchObject({ score: 4, coverage: 1 / 3 });
    expect(report.overall.score).toBe(3);
    expect(report.overall.achievedLevel).toBe(2);
  });

  it('ignores a question answered with null (a comment without a level)', () => {
    expect(element({ 'strategy.plan.exists': null, 'strategy.plan.reviewed': 2 }, 'strategy.plan')).toMatchObject({
      score: 2,
      answered: 1,
    });
  });

  it('ignores answers to questions the model does not have', () => {
    expect(score({ 'no.such.question': 5 }).overall.answered).toBe(0);
  });

  it('rounds to two decimals from unrounded parts', () => {
    // plan: (1×1 + 3×2)/4 = 1.75; people 2 → (1.75×2 + 2)/3 = 1.8333…
    const d = domain({ 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 2, 'strategy.people.trained': 2 }, 'strategy');
    expect(d.score).toBe(1.83);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(2 / 3)).toBe(0.67);
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
  });

  it('reads the element scores along each framework', () => {
    const report = score({ 'strategy.plan.exists': 4, 'strategy.plan.reviewed': 4, 'strategy.people.trained': 1 });
    const [edm] = report.frameworks;
    expect(edm!.frameworkId).toBe('edm');
    // evaluate: plan (4, weight 2) and people (1, weight 1) → 3; monitor: people → 1
    expect(edm!.values).toEqual([
      { valueId: 'evaluate', score: 3, achievedLevel: 1, elementIds: ['strategy.plan', 'strategy.people'] },
      { valueId: 'monitor', score: 1, achievedLevel: 1, elementIds: ['strategy.people'] },
    ]);
  });

  it('is deterministic', () => {
    const answers = { 'strategy.plan.exists': 3, 'risk.register.used': 'na' } as const;
    expect(score(answers)).toEqual(score(answers));
  });
});
