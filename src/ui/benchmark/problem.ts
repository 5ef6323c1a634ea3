import type { BenchmarkProblem } from '../../exchange/benchmark-file.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { problemText } from '../problem.ts';

/** Why a benchmark file was refused, in the reader's language: JSON problems as imports word them, the rest as `benchmark.problem.<code>`. */
export function benchmarkProblemText(problem: BenchmarkProblem): string {
  if (problem.code.startsWith('json.') || problem.code.startsWith('schema.')) return problemText(problem);
  return t(`benchmark.problem.${problem.code}` as MessageKey, { ...problem.params, path: problem.path });
}
