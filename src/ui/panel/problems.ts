import type { PanelProblem } from '../../panel/problems.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { problemText } from '../problem.ts';

/** A panel refusal in the reader's language: JSON problems as imports word them, the rest as `panel.problem.<code>`, naming the field. */
export function panelProblemText(problem: PanelProblem): string {
  if (problem.code.startsWith('json.')) return problemText(problem);
  const key = `panel.problem.${problem.code}` as MessageKey;
  return t(key, { ...problem.params, path: problem.path });
}
