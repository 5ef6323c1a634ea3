import type { PanelProblem } from '../../panel/problems.ts';
import { t, type MessageKey } from '../../i18n/index.ts';

/** A panel refusal in the reader's language: JSON problems as imports word them, the rest as `panel.problem.<code>`, naming the field. */
export function panelProblemText(problem: PanelProblem): string {
  if (problem.code === 'json.too-large') {
    const { bytes, maxBytes } = problem.params;
    return t('import.problem.json.too-large', { size: Math.round(Number(bytes) / 1024), max: Number(maxBytes) / 1024 / 1024 });
  }
  const key = (problem.code.startsWith('json.') ? `import.problem.${problem.code}` : `panel.problem.${problem.code}`) as MessageKey;
  return t(key, { ...problem.params, path: problem.path });
}
