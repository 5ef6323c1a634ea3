import type { ImportOutcome, ImportProblem } from '../../exchange/import.ts';
import { t, type MessageKey } from '../../i18n/index.ts';

/**
 * Why a file was refused, in the reader's language where the refusal is a
 * value (`problem`), else the reason as the domain wrote it.
 */
export function refusalText(outcome: Extract<ImportOutcome, { status: 'rejected' }>): string {
  const problem: ImportProblem | undefined = outcome.problem;
  if (!problem) return outcome.reason;
  const key = `import.problem.${problem.code}` as MessageKey;
  if (problem.code === 'json.too-large') {
    const { bytes, maxBytes } = problem.params;
    return t(key, { size: Math.round(Number(bytes) / 1024), max: Number(maxBytes) / 1024 / 1024 });
  }
  return t(key, { ...problem.params, path: problem.path });
}
