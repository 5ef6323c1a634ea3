/**
 * An assessment's answers by the question they answer: how the scoring,
 * the files, the report and the pages find one question's answer.
 */
export function answersByQuestion<A extends { questionId: string }>(answers: Iterable<A>): Map<string, A> {
  const byQuestion = new Map<string, A>();
  // A question has one answer; should a list hold two, the later one stands, as it would in storage.
  for (const answer of answers) byQuestion.set(answer.questionId, answer);
  return byQuestion;
}
