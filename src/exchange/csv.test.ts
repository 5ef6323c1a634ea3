import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 2]])).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('quotes fields with commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\rlf\r\n', ' padded ']], { bom: false })).toBe(
      '"a,b","say ""hi""","two\nlines","cr\rlf\r\n"," padded "\r\n',
    );
  });

  it('writes empty cells, numbers and booleans plainly', () => {
    expect(toCsv([[null, undefined, '', 0, -1.5, 2.25, true, false]], { bom: false })).toBe(',,,0,-1.5,2.25,true,false\r\n');
  });

  it('keeps non-Latin text as it is', () => {
    const row = ['تقييم الحوكمة', '信息和通信技术治理', 'Управление ИКТ', 'Évaluation à Genève', 'Gobernanza de las TIC'];
    expect(parseCsv(toCsv([row]))).toEqual([row]);
  });

  it('never lets text run as a spreadsheet formula', () => {
    expect(toCsv([['=SUM(A1:A2)', '+1', '-cmd', '@x', '\tx', 'safe'], [-3]], { bom: false })).toBe(
      "'=SUM(A1:A2),'+1,'-cmd,'@x,'\tx,safe\r\n-3\r\n",
    );
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
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('reads LF-only files and ignores a final line break', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,"b\nc"')).toEqual([['a', 'b\nc']]);
  });
});
