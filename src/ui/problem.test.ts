import { afterAll, describe, expect, it } from 'vitest';
import { importResultFile } from '../exchange/import.ts';
import { loadLanguage } from '../i18n/index.ts';
import { loadMessagePart } from '../i18n/parts.ts';
import { refusalText } from './compare/refusal.ts';
import { problemText } from './problem.ts';

const FSI = '\u2068';
const PDI = '\u2069';
/** Latin words left once the paths are taken out: English that should not be there. */
const latinWords = (text: string) => text.replace(/\$[\w.[\]"]*/g, '').match(/[A-Za-z]{2,}/g) ?? [];

describe('problems in the reader’s language', () => {
  afterAll(() => loadLanguage('en'));

  it('words a refused import entirely in Arabic, the field path kept', async () => {
    await loadMessagePart('network');
    await loadLanguage('ar');
    const truncated = await importResultFile('broken.json', '{"format": "ict-governance-result", "formatVersion": 2', () => undefined, new Map());
    if (truncated.status !== 'rejected') throw new Error('expected a refusal');
    const text = refusalText(truncated);
    expect(text).toBe('الملف ليس بصيغة JSON صالحة: ينتهي قبل أوانه، كأنه قُطع.');
    expect(latinWords(text)).toEqual(['JSON']);
    const badField = problemText({ code: 'schema.invalid_type', path: '$.organization.name', params: { expected: 'string' } });
    expect(badField).toBe(`في ${FSI}$.organization.name${PDI}: ${FSI}المتوقع ${FSI}نص${PDI}.${PDI}`);
    expect(latinWords(badField)).toEqual([]);
  });

  it('words the same problem in English and French from the same code', async () => {
    await loadLanguage('fr');
    expect(problemText({ code: 'import.answer-twice', path: '$.answers[1]', params: { question: 'a.b' } })).toBe('À $.answers[1] : Une seconde réponse à la question « a.b ».');
    await loadLanguage('en');
    expect(problemText({ code: 'import.answer-twice', path: '$.answers[1]', params: { question: 'a.b' } })).toBe('At $.answers[1]: A second answer to the question “a.b”.');
  });
});
