/**
 * CSV as RFC 4180 says: comma-separated fields, CRLF between records,
 * quotes around fields that need them. Written with a UTF-8 byte-order mark
 * by default, so spreadsheet programs read accents and non-Latin scripts.
 */
import { singleLine } from './plain-text.ts';

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would take for a formula is prefixed with an
 * apostrophe, so a cell from an untrusted file can never run as one: text
 * starting with =, +, - or @, or their full-width forms ＝ ＋ － ＠, after
 * any white space (spreadsheets skip it), or with a tab or CR. Numbers are
 * written as they are.
 */
export const FORMULA_SIGNS = /(?:[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/.source;
const FORMULA_START = new RegExp(`^${FORMULA_SIGNS}`);

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (the default), so spreadsheet programs read non-Latin scripts. */
  bom?: boolean;
  /**
   * Keep every character of the text (a model's own spreadsheet, which must
   * read back unchanged). By default line breaks and tabs in text become a
   * space and control characters and bidirectional overrides are left out
   * (see `singleLine`): text from other people's files cannot break a row
   * or reorder what a reader sees.
   */
  verbatim?: boolean;
}

function field(cell: CsvCell, verbatim: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return String(cell);
  const plain = verbatim ? cell : singleLine(cell);
  const text = FORMULA_START.test(plain) ? `'${plain}` : plain;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], { bom = true, verbatim = false }: CsvOptions = {}): string {
  const body = rows.map((row) => row.map((cell) => field(cell, verbatim)).join(',')).join('\r\n');
  return `${bom ? BOM : ''}${body}\r\n`;
}
