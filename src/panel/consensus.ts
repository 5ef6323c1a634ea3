/**
 * The lead's consensus for one question: a level on the model's scale, or
 * "not applicable" where the question allows it. A rationale is required
 * when the respondents were two or more levels apart; for "not applicable"
 * the rationale is the reason, required as for any "not applicable" answer.
 */
import type { AnswerValue } from '../assessment/schema.ts';
import type { MergedQuestion } from './merge.ts';
import type { PanelProblem } from './problems.ts';

/** What is wrong with setting `level` as the consensus of `merged`, with `rationale`; empty when nothing is. */
export function checkConsensus(merged: Pick<MergedQuestion, 'spread' | 'needsRationale' | 'levels' | 'allowNotApplicable'>, level: AnswerValue, rationale: string): PanelProblem[] {
  const problems: PanelProblem[] = [];
  if (level === 'na' && !merged.allowNotApplicable) {
    problems.push({ code: 'consensus.not-applicable-refused', path: '$.value', params: {} });
  } else if (level !== 'na' && !merged.levels.includes(level)) {
    problems.push({ code: 'consensus.level-out-of-scale', path: '$.value', params: { level: String(level) } });
  }
  const empty = rationale.trim() === '';
  if (level === 'na' && merged.allowNotApplicable && empty) {
    problems.push({ code: 'consensus.reason-required', path: '$.rationale', params: {} });
  } else if (merged.needsRationale && empty) {
    problems.push({ code: 'consensus.rationale-required', path: '$.rationale', params: { range: merged.spread?.range ?? 0 } });
  }
  return problems;
}
