/**
 * The lead's consensus level for one question: on the model's scale (or
 * "not applicable" where the question allows it), and with a rationale when
 * the respondents were two or more levels apart.
 */
import type { AnswerValue } from '../assessment/schema.ts';
import type { MergedQuestion } from './merge.ts';
import type { PanelProblem } from './problems.ts';

/** What is wrong with setting `level` as the consensus of `merged`, with `rationale`; empty when nothing is. */
export function checkConsensus(merged: Pick<MergedQuestion, 'spread' | 'needsRationale' | 'levels' | 'allowNotApplicable'>, level: AnswerValue, rationale: string): PanelProblem[] {
  const problems: PanelProblem[] = [];
  const onScale = level === 'na' ? merged.allowNotApplicable : merged.levels.includes(level);
  if (!onScale) problems.push({ code: 'consensus.level-out-of-scale', path: '$.value', params: { level: String(level) } });
  if (merged.needsRationale && rationale.trim() === '') {
    problems.push({ code: 'consensus.rationale-required', path: '$.rationale', params: { range: merged.spread?.range ?? 0 } });
  }
  return problems;
}
