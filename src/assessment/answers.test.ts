import { describe, expect, it } from 'vitest';
import { answersByQuestion } from './answers.ts';

describe('answersByQuestion', () => {
  it('finds each answer by its question id', () => {
    const answers = [
      { questionId: 'q1', value: 2 },
      { questionId: 'q2', value: 'na' },
    ];
    const byQuestion = answersByQuestion(answers);
    expect(byQuestion.get('q2')).toBe(answers[1]);
    expect(byQuestion.get('q1')).toBe(answers[0]);
    expect(byQuestion.get('q3')).toBeUndefined();
    expect(byQuestion.size).toBe(2);
  });

  it('keeps the later of two answers to one question', () => {
    expect(answersByQuestion([{ questionId: 'q1', value: 1 }, { questionId: 'q1', value: 4 }]).get('q1')?.value).toBe(4);
  });
});
