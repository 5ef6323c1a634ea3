/**
 * A problem (`{ code, path, params }`) in English, for the CLI, the scripts
 * and logs: the very sentence the interface shows an English reader
 * (`problem.<code>` in ./problems/en.ts), the path before it.
 */
import type { Problem } from '../model/problem.ts';
import { schemaProblemText, type SchemaProblem } from '../model/schema-issues.ts';
import type { SheetProblem } from '../model/spreadsheet.ts';
import type { Message } from './en.ts';
import { problemsEn } from './problems/en.ts';

const messages: Readonly<Record<string, Message>> = problemsEn;
const plurals = new Intl.PluralRules('en');

function fill(message: Message, params: Readonly<Record<string, string | number>>): string {
  const text = typeof message === 'string' ? message : (message[plurals.select(Number(params.count ?? 0))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** The sentence of a problem, without its path; the code itself for a code no catalog has. */
export function problemMessage({ code, params = {} }: Problem): string {
  // A shape problem in the scripts' own English: with a schema's own words for a rule (what a pattern means, say), and limits and units in full.
  if (code.startsWith('schema.')) return schemaProblemText({ code: code as SchemaProblem['code'], params });
  const message = messages[`problem.${code}`];
  return message === undefined ? code : fill(message, params);
}

/** The problem in English, its path first when it concerns a part of the input. */
export function problemText(problem: Problem): string {
  const message = problemMessage(problem);
  return problem.path && problem.path !== '$' ? fill(messages['problem.at']!, { path: problem.path, problem: message }) : message;
}

/** A spreadsheet problem's sentence, without its full stop (it follows a place). */
export function sheetProblemMessage(problem: SheetProblem): string {
  return problemMessage(problem).replace(/\.$/, '');
}

/** "row 14, column level3:fr: …", or "row 14: …" for a whole row: a spreadsheet problem for the command line. */
export function sheetProblemText(problem: SheetProblem): string {
  const { row, column } = problem;
  return column ? `row ${row}, column ${column}: ${sheetProblemMessage(problem)}` : `row ${row}: ${sheetProblemMessage(problem)}`;
}
