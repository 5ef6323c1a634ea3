import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MaturityModelSchema, type MaturityModel } from '../model/schema.ts';
import { prefillFromQuickCheck, prefillsInto, stillToConfirm } from './prefill.ts';
import type { Answer } from './schema.ts';

const read = (file: string): MaturityModel => MaturityModelSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const quick = read('assessments/ict-governance-quick.json');
const full = read('assessments/ict-governance.json');
const quickQuestions = quick.domains.flatMap((d) => d.elements.flatMap((e) => e.questions));
const fullQuestions = new Map(full.domains.flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => [q.id, q] as const))));
const AT = '2026-01-01T00:00:00.000Z';

const answer = (questionId: string, value: Answer['value'], comment = ''): Answer => ({ assessmentId: 'quick-1', questionId, value, comment, answeredAt: '2025-12-01T00:00:00.000Z' });

describe('pre-filling a full assessment from a quick check', () => {
  it('names the shipped full model as the one the shipped quick check leads into', () => {
    expect(prefillsInto(quick, full)).toBe(true);
  });

  it('gives every question a quick question stands for its level and comment, for the new assessment, dated when it starts, all to confirm', () => {
    const answers = quickQuestions.map((q, i) => answer(q.id, i % 6, `quick ${q.id}`));
    const { answers: prefilled, toConfirm } = prefillFromQuickCheck(quick, answers, full, 'full-1', AT);
    const expected = new Map<string, number>();
    quickQuestions.forEach((q, i) => q.prefills!.forEach((id) => expected.set(id, Math.min(expected.get(id) ?? 9, i % 6))));
    expect(new Map(prefilled.map((a) => [a.questionId, a.value]))).toEqual(expected);
    for (const a of prefilled) {
      expect(a.assessmentId).toBe('full-1');
      expect(a.answeredAt).toBe(AT);
      expect(fullQuestions.has(a.questionId)).toBe(true);
    }
    expect(toConfirm).toEqual(prefilled.map((a) => a.questionId));
    // In the full model's order.
    const order = [...fullQuestions.keys()];
    expect([...toConfirm].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(toConfirm);
    const first = quickQuestions[0]!;
    expect(prefilled.find((a) => a.questionId === first.prefills![0])!.comment).toBe(`quick ${first.id}`);
  });

  it('pre-fills nothing from an unanswered quick question, or one with a comment but no level', () => {
    const [a, b] = quickQuestions;
    const { answers } = prefillFromQuickCheck(quick, [answer(a!.id, null, 'thinking')], full, 'full-1', AT);
    expect(answers).toEqual([]);
    const some = prefillFromQuickCheck(quick, [answer(b!.id, 2)], full, 'full-1', AT);
    expect(some.answers.map((x) => x.questionId)).toEqual(b!.prefills);
  });

  it('carries "not applicable" with its reason only to questions that allow it', () => {
    const erp = quickQuestions.find((q) => q.allowNotApplicable)!;
    const { answers } = prefillFromQuickCheck(quick, [answer(erp.id, 'na', 'ERP provided by another organization')], full, 'full-1', AT);
    const allowing = erp.prefills!.filter((id) => fullQuestions.get(id)!.allowNotApplicable);
    expect(allowing.length).toBeGreaterThan(0);
    expect(answers.map((a) => [a.questionId, a.value, a.comment])).toEqual(allowing.map((id) => [id, 'na', 'ERP provided by another organization']));
  });

  it('pre-fills both parts of the ERP question that 2.1.0 split, with the quick answer or its "not applicable"', () => {
    const erp = quickQuestions.find((q) => q.id === 'enterprise-systems.quick.erp')!;
    const parts = ['enterprise-systems.erp-lifecycle.cost', 'enterprise-systems.erp-lifecycle.sharing'];
    expect(erp.prefills).toEqual(expect.arrayContaining(parts));
    for (const value of [3, 'na'] as const) {
      const { answers } = prefillFromQuickCheck(quick, [answer(erp.id, value, 'ERP')], full, 'full-1', AT);
      for (const part of parts) expect(answers.find((a) => a.questionId === part)?.value, `${part} ${value}`).toBe(value);
    }
  });

  it('takes the weaker level where two quick questions stand for one full question', () => {
    const twice = structuredClone(quick);
    const [q1, q2] = twice.domains[0]!.elements[0]!.questions.length > 1 ? twice.domains[0]!.elements[0]!.questions : [twice.domains[0]!.elements[0]!.questions[0]!, twice.domains[1]!.elements[0]!.questions[0]!];
    q2!.prefills = [...q1!.prefills!];
    for (const [high, low] of [[4, 1], [1, 4]]) {
      const { answers } = prefillFromQuickCheck(twice, [answer(q1!.id, high!), answer(q2!.id, low!)], full, 'full-1', AT);
      expect(answers.filter((a) => q1!.prefills!.includes(a.questionId)).map((a) => a.value)).toEqual(q1!.prefills!.map(() => 1));
    }
  });

  it('pre-fills nothing into a model the quick check does not name', () => {
    expect(prefillFromQuickCheck(quick, quickQuestions.map((q) => answer(q.id, 3)), { ...full, version: '9.0.0' }, 'full-1', AT)).toEqual({ answers: [], toConfirm: [] });
  });

  it('keeps a question to confirm until it is answered, or confirmed, after the pre-fill', () => {
    const prefilled = { at: AT, toConfirm: ['a', 'b', 'c'] };
    const later = '2026-01-02T00:00:00.000Z';
    expect([...stillToConfirm(prefilled, [{ questionId: 'a', answeredAt: AT }, { questionId: 'b', answeredAt: later }])]).toEqual(['a', 'c']);
    expect(stillToConfirm(undefined, [])).toEqual(new Set());
  });
});
