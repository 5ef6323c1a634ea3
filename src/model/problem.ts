/**
 * What the domain and storage say is wrong, as a value: a code, the JSON
 * path it concerns, and what a sentence about it needs. Never a sentence:
 * the interface words a problem in its reader's language
 * (`problem.<code>` in the catalogs, see src/ui/problem.ts), the CLI and
 * the scripts in English (`problemText` in src/i18n/problem-text.ts).
 */
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem<Code extends string = string> {
  code: Code;
  /** Where, as a JSON path (`$.answers[3].value`); absent when the problem is the whole input's. */
  path?: string;
  params?: ProblemParams;
}

/** A problem with `code`, `path` and `params`, leaving out what is empty. */
export function problem<Code extends string>(code: Code, path?: string, params?: ProblemParams): Problem<Code> {
  return { code, ...(path !== undefined ? { path } : {}), ...(params && Object.keys(params).length > 0 ? { params } : {}) };
}
