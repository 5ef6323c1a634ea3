import type { ImportOutcome } from '../../exchange/import.ts';
import { problemText } from '../problem.ts';

/** Problems shown of one refused file; the rest are as many more reasons to fix, not new information. */
const SHOWN = 5;

/** Why a file was refused, in the reader's language: each problem with the field it concerns. */
export function refusalText(outcome: Extract<ImportOutcome, { status: 'rejected' }>): string {
  const shown = outcome.problems.slice(0, SHOWN).map(problemText);
  return outcome.problems.length > SHOWN ? [...shown, '…'].join(' ') : shown.join(' ');
}
