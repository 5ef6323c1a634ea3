/**
 * Reading CSV (RFC 4180: comma-separated fields, quotes around fields that
 * need them, CRLF or LF between records, an optional UTF-8 byte-order mark)
 * with papaparse. Apart from ./csv.ts, which writes CSV in the app, so that
 * no page carries the parser.
 *
 * Problems are codes with the record (row) and field (column) where they
 * start, both counted from 1: a quoted field that is never closed, or a
 * closing quote followed by more text, would otherwise take the rest of the
 * file into one cell.
 */
import Papa from 'papaparse';
import type { Problem } from '../model/problem.ts';

export type CsvProblemCode = 'csv.unterminatedQuote' | 'csv.malformedQuote';

/** A CSV problem: its code and where it starts (`problem.csv.<code>` words it, the row and column in it). */
export interface CsvProblem extends Problem<CsvProblemCode> {
  params: { row: number; column: number };
}

export type CsvReading = { ok: true; rows: string[][] } | { ok: false; problems: CsvProblem[] };

const BOM = '\uFEFF';

const CODES: Partial<Record<string, CsvProblemCode>> = {
  MissingQuotes: 'csv.unterminatedQuote',
  InvalidQuotes: 'csv.malformedQuote',
};

export function readCsv(text: string): CsvReading {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(input, { delimiter: ',', quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
  const problems: CsvProblem[] = [];
  for (const error of parsed.errors) {
    const code = CODES[error.code];
    // Other papaparse errors are about guessing a delimiter or counting header fields: neither applies (the delimiter is given, there is no header mode).
    if (!code) continue;
    const index = error.row ?? parsed.data.length - 1;
    // The field that went wrong is the last one papaparse read in that record: everything after it was taken into it.
    const row = index + 1;
    const column = Math.max(1, parsed.data[index]?.length ?? 1);
    if (problems.some((p) => p.params.row === row && p.params.column === column)) continue;
    problems.push({ code, params: { row, column } });
  }
  if (problems.length) return { ok: false, problems };
  const rows = parsed.data;
  // A final line break ends the last record; it does not start an empty one.
  if (/\r?\n$|\r$/.test(input) && rows.length && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
  return { ok: true, rows };
}

/** The rows of a CSV text that has no problem; throws with every problem's row and column otherwise. */
export function parseCsv(text: string): string[][] {
  const reading = readCsv(text);
  if (!reading.ok) throw new CsvError(reading.problems);
  return reading.rows;
}

export class CsvError extends Error {
  constructor(readonly problems: CsvProblem[]) {
    // For logs, the codes and places (the CLI words `problems` with problemText, a page with t()).
    super(problems.map(({ code, params }) => `${code} at row ${params.row}, column ${params.column}`).join('; '));
    this.name = 'CsvError';
  }
}
