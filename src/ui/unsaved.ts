/**
 * Answers that could not be saved, by question id, as the questionnaire
 * reports them, so the status bar can say so wherever the person is.
 */
const failed = new Set<string>();
const listeners = new Set<(count: number) => void>();

export function reportSaveFailed(questionId: string, isFailed: boolean): void {
  const had = failed.has(questionId);
  if (isFailed) failed.add(questionId);
  else failed.delete(questionId);
  if (had !== isFailed) for (const listener of listeners) listener(failed.size);
}

export function onFailedSaves(listener: (count: number) => void): () => void {
  listeners.add(listener);
  listener(failed.size);
  return () => listeners.delete(listener);
}
