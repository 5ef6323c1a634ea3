import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { problemText } from '../i18n/problem-text.ts';
import { CsvError, parseCsv, readCsv } from './csv-parse.ts';

describe('readCsv', () => {
  it('reads what toCsv writes, whatever the cells hold', () => {
    const rows = [
      ['a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', ' padded ', ''],
      ['تقييم الحوكمة', '信息和通信技术治理', 'Управление ИКТ', '"', '""', ','],
    ];
    expect(parseCsv(toCsv(rows, { verbatim: true }))).toEqual(rows);
    expect(parseCsv(toCsv(rows, { verbatim: true, bom: false }))).toEqual(rows);
  });

  it('reads CRLF and LF record ends, keeps empty lines as empty records, and a final line break starts no record', () => {
    expect(parseCsv('a,b\r\n\r\nc,d\r\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('\uFEFFa\n')).toEqual([['a']]);
  });

  it('reads a quote inside an unquoted field as a quote, and goes on with the next records', () => {
    // The hand-written parser took x"y as the start of a quoted field and swallowed the rest of the file.
    expect(parseCsv('a,b\r\nx"y,z\r\nq,r')).toEqual([
      ['a', 'b'],
      ['x"y', 'z'],
      ['q', 'r'],
    ]);
  });

  it('names the row and column of a quoted field that is never closed', () => {
    const reading = readCsv('a,b,c\r\nx,"y,z\r\nq,r,s\r\n');
    expect(reading).toEqual({ ok: false, problems: [{ code: 'csv.unterminatedQuote', params: { row: 2, column: 2 } }] });
  });

  it('names the row and column of an unterminated quote in the last record, in the first column, and after a multi-line cell', () => {
    expect(readCsv('"open')).toMatchObject({ ok: false, problems: [{ code: 'csv.unterminatedQuote', params: { row: 1, column: 1 } }] });
    expect(readCsv('a,"b\nc",d\r\ne,f,"g')).toMatchObject({ ok: false, problems: [{ code: 'csv.unterminatedQuote', params: { row: 2, column: 3 } }] });
  });

  it('names the row and column of a closing quote followed by more text', () => {
    const reading = readCsv('a,b\r\nq,"x"y,z\r\nq,r\r\n');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems[0]).toEqual({ code: 'csv.malformedQuote', params: { row: 2, column: 2 } });
    expect(reading.problems.every((p) => p.params.row === 2 && p.params.column === 2)).toBe(true);
  });

  it('parseCsv throws with every problem as a code, which problemText words in English for the command line', () => {
    expect(() => parseCsv('a\r\n"b')).toThrow(CsvError);
    expect(() => parseCsv('a\r\n"b')).toThrow(/^csv.unterminatedQuote at row 2, column 1$/);
    const error = (() => {
      try {
        parseCsv('a\r\n"b');
      } catch (e) {
        return e as CsvError;
      }
    })();
    expect(error!.problems.map(problemText)).toEqual(['Row 2, column 1: a quoted field is never closed (a " is missing), so the rest of the file would be read into this cell.']);
    expect(problemText({ code: 'csv.malformedQuote', params: { row: 4, column: 7 } })).toMatch(/^Row 4, column 7: a closing " is followed/);
  });
});
