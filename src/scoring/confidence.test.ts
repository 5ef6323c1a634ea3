import { describe, expect, it } from 'vitest';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { combinedConfidence, confidenceByElement, confidenceSummary, elementConfidence, isLowConfidence, type AnswerWithEvidence } from './confidence.ts';

const model = MaturityModelSchema.parse(smallModel());
const element = model.domains[0]!.elements[0]!;
const ids = element.questions.map((q) => q.id);
const verified = [{ verified: true }];
const unverified = [{ verified: false }];

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
function randomAnswers(next: () => number): AnswerWithEvidence[] {
  return ids.flatMap((questionId) => {
    const r = next();
    if (r < 0.1) return [];
    const value = r < 0.2 ? ('na' as const) : Math.floor(next() * 6);
    const evidence = next() < 0.3 ? [] : next() < 0.5 ? unverified : next() < 0.5 ? verified : [...unverified, ...verified];
    return [{ questionId, value, evidence }];
  });
}
const of = (answers: AnswerWithEvidence[]) => elementConfidence(element, new Map(answers.map((a) => [a.questionId, a])));

describe('confidence', () => {
  it('is the share of answers at level 2 or above with verified evidence', () => {
    expect(of([
      { questionId: ids[0]!, value: 4, evidence: verified },
      { questionId: ids[1]!, value: 3, evidence: unverified },
    ])).toEqual({ claims: 2, supported: 1, share: 0.5 });
  });

  it('has no figure, not 0 nor 100 %, when nothing is claimed at level 2 or above', () => {
    expect(of([{ questionId: ids[0]!, value: 1, evidence: verified }, { questionId: ids[1]!, value: 'na' }]).share).toBeNull();
    expect(of([]).share).toBeNull();
  });

  it('shows a level 4 with no evidence as 0', () => {
    expect(of([{ questionId: ids[0]!, value: 4 }]).share).toBe(0);
  });

  it('never falls when verified evidence is added, and never rises when it is taken away (property)', () => {
    const next = random(42);
    for (let run = 0; run < 500; run += 1) {
      const answers = randomAnswers(next);
      if (answers.length === 0) continue;
      const i = Math.floor(next() * answers.length);
      const added = answers.map((a, j) => (j === i ? { ...a, evidence: [...(a.evidence ?? []), ...verified] } : a));
      const before = of(answers).share;
      const after = of(added).share;
      if (before !== null) expect(after!).toBeGreaterThanOrEqual(before);
      const removed = answers.map((a, j) => (j === i ? { ...a, evidence: [] } : a));
      const less = of(removed).share;
      if (before !== null) expect(less!).toBeLessThanOrEqual(before);
    }
  });

  it('stays between 0 and 1, and is null exactly when nothing is claimed (property)', () => {
    const next = random(7);
    for (let run = 0; run < 500; run += 1) {
      const answers = randomAnswers(next);
      const c = of(answers);
      const claims = answers.filter((a) => typeof a.value === 'number' && a.value >= 2).length;
      expect(c.claims).toBe(claims);
      if (claims === 0) expect(c.share).toBeNull();
      else expect(c.share).toBeGreaterThanOrEqual(0), expect(c.share).toBeLessThanOrEqual(1);
    }
  });

  it('is unchanged by unverified evidence (property)', () => {
    const next = random(99);
    for (let run = 0; run < 300; run += 1) {
      const answers = randomAnswers(next);
      const padded = answers.map((a) => ({ ...a, evidence: [...(a.evidence ?? []), ...unverified] }));
      expect(of(padded)).toEqual(of(answers));
    }
  });

  it('covers every element, and combines claims for a domain', () => {
    const all = confidenceByElement(model, [{ questionId: ids[0]!, value: 3, evidence: verified }]);
    expect([...all.keys()]).toEqual(model.domains.flatMap((d) => d.elements.map((e) => e.id)));
    expect(combinedConfidence([...all.values()])).toEqual({ claims: 1, supported: 1, share: 1 });
    expect(combinedConfidence([]).share).toBeNull();
  });
});

describe('the confidence summary and the low-confidence flag', () => {
  it('sums each domain’s and the organization’s claims from its elements', () => {
    const answers: AnswerWithEvidence[] = [
      { questionId: 'strategy.plan.exists', value: 4, evidence: verified },
      { questionId: 'strategy.plan.reviewed', value: 3, evidence: unverified },
      { questionId: 'risk.register.exists', value: 2 },
      { questionId: 'risk.register.used', value: 1, evidence: verified },
    ];
    const summary = confidenceSummary(model, answers);
    expect(summary.elements['strategy.plan']).toEqual({ claims: 2, supported: 1, share: 0.5 });
    expect(summary.domains['risk']).toEqual({ claims: 1, supported: 0, share: 0 });
    expect(summary.overall).toEqual({ claims: 3, supported: 1, share: 1 / 3 });
    expect(summary.domains['strategy']!.claims).toBe(2);
  });

  it('flags a level of 3 or above backed at less than half, and nothing else', () => {
    expect(isLowConfidence(3, { share: 0.49 })).toBe(true);
    expect(isLowConfidence(5, { share: 0 })).toBe(true);
    expect(isLowConfidence(3, { share: 0.5 })).toBe(false);
    expect(isLowConfidence(2, { share: 0 })).toBe(false);
    expect(isLowConfidence(null, { share: 0 })).toBe(false);
    expect(isLowConfidence(4, { share: null })).toBe(false);
    expect(isLowConfidence(4, undefined)).toBe(false);
  });
});
