/**
 * What the panel's checks refuse: a code, the JSON path it concerns and the
 * parameters a message needs. The page words it (`panel.problem.<code>`,
 * `import.problem.json.*` for the JSON reading), a script in English
 * with `describePanelProblem`.
 */
import type * as z from 'zod/mini';
import { formatPath } from '../model/validate.ts';
import { schemaIssueText, schemaProblemOf } from '../model/schema-issues.ts';
import type { JsonProblem } from '../exchange/json-limits.ts';

export type PanelProblemCode =
  | 'package.not-package'
  | 'package.version'
  | 'package.invalid'
  | 'package.unknown-model'
  | 'package.other-model'
  | 'package.unknown-domain'
  | 'contribution.not-contribution'
  | 'contribution.version'
  | 'contribution.invalid'
  | 'contribution.tampered'
  | 'contribution.other-assessment'
  | 'contribution.other-model'
  | 'contribution.unknown-respondent'
  | 'contribution.unknown-domain'
  | 'contribution.unknown-question'
  | 'contribution.outside-domains'
  | 'contribution.duplicate-question'
  | 'contribution.level-out-of-scale'
  | 'contribution.not-applicable-refused'
  | 'consensus.rationale-required'
  | 'consensus.level-out-of-scale'
  | 'consensus.not-applicable-refused'
  | 'consensus.reason-required';

export interface PanelProblem {
  code: PanelProblemCode | JsonProblem['code'];
  path: string;
  params: Readonly<Record<string, string | number>>;
}

/** A schema issue as `<kind>.invalid` at its path; `detail` is the issue in English (logs), `schema` its code. */
export function invalidProblem(kind: 'package' | 'contribution', issue: z.core.$ZodIssue): PanelProblem {
  return { code: `${kind}.invalid`, path: formatPath(issue.path), params: { detail: schemaIssueText(issue), schema: schemaProblemOf(issue).code } };
}

/** The problem in English (the CLI, logs, tests). */
export function describePanelProblem(problem: PanelProblem): string {
  const { code, path, params } = problem;
  switch (code) {
    case 'package.not-package':
      return 'it is not a contribution package of this app';
    case 'package.version':
    case 'contribution.version':
      return `its format version ${params.version} is not one this app reads`;
    case 'package.invalid':
    case 'contribution.invalid':
      return `at ${path}: ${params.detail}`;
    case 'package.unknown-model':
      return `this device does not have the model "${params.model}" ${params.version}: load that model first`;
    case 'package.other-model':
    case 'contribution.other-model':
      return `it names the model "${params.model}" ${params.version}, which is not the model of the assessment (or differs from it under the same name)`;
    case 'package.unknown-domain':
    case 'contribution.unknown-domain':
      return `at ${path}: the model has no domain "${params.domain}"`;
    case 'contribution.not-contribution':
      return 'it is not a contribution file of this app';
    case 'contribution.tampered':
      return 'its integrity hash does not match its content: the file was changed after export';
    case 'contribution.other-assessment':
      return 'it answers another assessment than this one';
    case 'contribution.unknown-respondent':
      return `its respondent "${params.name}" is not on this assessment's panel`;
    case 'contribution.unknown-question':
      return `at ${path}: the model has no question "${params.question}"`;
    case 'contribution.outside-domains':
      return `at ${path}: the question "${params.question}" is outside the domains the respondent was asked`;
    case 'contribution.duplicate-question':
      return `at ${path}: the question "${params.question}" is answered twice`;
    case 'contribution.level-out-of-scale':
    case 'consensus.level-out-of-scale':
      return `at ${path}: the level ${params.level} is not on the model's scale`;
    case 'contribution.not-applicable-refused':
      return `at ${path}: the question "${params.question}" does not allow "not applicable"`;
    case 'consensus.rationale-required':
      return `respondents are ${params.range} levels apart: say why this level is the consensus`;
    case 'consensus.not-applicable-refused':
      return 'the question does not allow "not applicable"';
    case 'consensus.reason-required':
      return '"not applicable" needs a reason: the rationale is that reason';
    default:
      return `the file cannot be read as JSON (${problem.code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''})`;
  }
}
