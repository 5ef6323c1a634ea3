import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { parseCsv } from './csv-parse.ts';

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 2]])).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('quotes fields with commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\rlf\r\n', ' padded ']], { bom: false, verbatim: true })).toBe(
      '"a,b","say ""hi""","two\nlines","cr\rlf\r\n"," padded "\r\n',
    );
  });

  it('keeps text from files on one line and in its order: line breaks become spaces, controls and bidi overrides go', () => {
    const name = 'Org\r\nInjected row,1\u001b[2K\u001b[31mred\u202Egnp.exe\u2066x\u2069\u2028end\tz\u0085';
    const csv = toCsv([[name, 'two\nlines']], { bom: false });
    expect(csv).toBe('"Org  Injected row,1[2K[31mredgnp.exex end z ",two lines\r\n');
    expect(parseCsv(csv)).toHaveLength(1);
    // Marks that only give a direction stay, and so does every script.
    expect(parseCsv(toCsv([['\u200Fمنظمة\u200E', '信息']]))).toEqual([['\u200Fمنظمة\u200E', '信息']]);
  });

  it('writes empty cells, numbers and booleans plainly', () => {
    expect(toCsv([[null, undefined, '', 0, -1.5, 2.25, true, false]], { bom: false })).toBe(',,,0,-1.5,2.25,true,false\r\n');
  });

  it('keeps non-Latin text as it is', () => {
    const row = ['تقييم الحوكمة', '信息和通信技术治理', 'Управление ИКТ', 'Évaluation à Genève', 'Gobernanza de las TIC'];
    expect(parseCsv(toCsv([row]))).toEqual([row]);
  });

  it('never lets text run as a spreadsheet formula', () => {
    expect(toCsv([['=SUM(A1:A2)', '+1', '-cmd', '@x', '\tx', 'safe'], [-3]], { bom: false, verbatim: true })).toBe(
      "'=SUM(A1:A2),'+1,'-cmd,'@x,'\tx,safe\r\n-3\r\n",
    );
    // After white space or a line break, which spreadsheets skip, and in the full-width forms.
    const cells = [' =1+1', '\n=cmd|calc', '\r\n@SUM(A1)', '\u3000-2', '＝1+1', '＋1', '－1', '＠A1', ' \t ＝HYPERLINK("x")'];
    for (const verbatim of [false, true]) {
      const [row] = parseCsv(toCsv([cells], { bom: false, verbatim }));
      expect(row).toHaveLength(cells.length);
      for (const cell of row!) expect(cell).toMatch(/^'/);
    }
    expect(toCsv([['a=b', 'x-1', 'e@mail']], { bom: false })).toBe('a=b,x-1,e@mail\r\n');
  });
});

describe('parseCsv', () => {
  it('round-trips awkward values', () => {
    const rows = [
      ['id', 'text', 'n'],
      ['1', 'comma, inside', '3.5'],
      ['2', 'quote " and ""double""', '0'],
      ['3', 'line\r\nbreak and\nnewline', ''],
      ['4', '', ' spaced '],
    ];
    expect(parseCsv(toCsv(rows, { verbatim: true }))).toEqual(rows);
  });

  it('reads LF-only files and ignores a final line break', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,"b\nc"')).toEqual([['a', 'b\nc']]);
  });
});
