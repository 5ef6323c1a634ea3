import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../exchange/csv.ts';
import type { MaturityModel, MaturityModelInput } from './schema.ts';
import { formatSheetProblem, modelFromSpreadsheet, modelToSpreadsheet, type SheetProblem } from './spreadsheet.ts';
import { parseModel } from './validate.ts';

function parsed(json: unknown): MaturityModel {
  const checked = parseModel(json);
  if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return checked.model;
}

/** model → sheet → CSV text → sheet → model, as the two scripts do it. */
function roundTrip(model: MaturityModel): MaturityModel {
  const back = modelFromSpreadsheet(parseCsv(toCsv(modelToSpreadsheet(model), { verbatim: true })));
  if (!back.ok) throw new Error(back.problems.map(formatSheetProblem).join('\n'));
  return back.model;
}

const six = (ar: string, zh: string, en: string, fr: string, ru: string, es: string) => ({ ar, zh, en, fr, ru, es });

const levels = (topic: string) =>
  Object.fromEntries(
    [0, 1, 2, 3, 4, 5].map((level) => [
      `${level}`,
      six(`${topic} المستوى ${level}`, `${topic} 级别 ${level}`, `${topic} level ${level}`, `${topic} niveau ${level}`, `${topic} уровень ${level}`, `${topic} nivel ${level}`),
    ]),
  );

const recommendations = () => Object.fromEntries([0, 1, 2, 3, 4].map((level) => [`${level}`, `reach level ${level + 1}`]));

/** Every kind of awkward cell: CSV syntax, formula starts, line breaks, six scripts, plain strings next to per-language text. */
function awkwardModel(): MaturityModelInput {
  return {
    $schema: '../schema/maturity-model.schema.json',
    format: 'ict-governance-maturity-model',
    formatVersion: 1,
    id: 'awkward',
    version: '2.1.0-rc.1',
    defaultLanguage: 'en',
    title: six('حوكمة تكنولوجيا المعلومات', '信息和通信技术治理', 'ICT governance, "awkward" edition', 'Gouvernance des TIC, édition « délicate »', 'Управление ИКТ', 'Gobernanza de las TIC, ñandú'),
    description: 'A plain string,\r\nwith a CRLF line break\nand an LF one, "quotes", and commas.',
    authors: ['Ada, Lovelace', '"Quoted" Author', 'Two\nLines', '=HYPERLINK("x")'],
    license: '-CC0-',
    sources: [
      { id: 'iso-iec-38500', citation: '=ISO/IEC 38500, "Governance of IT"', url: 'https://www.iso.org/standard/81684.html' },
      { id: 'un', citation: '@United Nations\nJIU/REP/2011/9' },
    ],
    frameworks: [
      {
        id: 'edm',
        title: { en: 'Evaluate – direct – monitor', fr: 'Évaluer – diriger – surveiller' },
        values: [
          { id: 'evaluate', title: '+Evaluate' },
          { id: 'monitor', title: { en: 'Monitor', ar: 'رصد' } },
        ],
      },
      { id: 'empty', title: 'A framework no element maps to one of', values: [{ id: 'x', title: 'x' }] },
    ],
    scale: [0, 1, 2, 3, 4, 5].map((level) => ({
      level: level as 0,
      name: six(`م${level}`, `级${level}`, `L${level}`, `N${level}`, `У${level}`, `N${level}`),
      meaning: level === 3 ? "'=already guarded" : `-meaning ${level}`,
    })),
    domains: [
      {
        id: 'strategy',
        title: { en: 'Strategy', zh: '战略', ru: 'Стратегия' },
        description: '@mention, then text',
        weight: 1.5,
        elements: [
          {
            id: 'strategy.plan',
            title: 'Plan',
            description: { en: 'Plan,\nline two', es: 'Plan,\r\nlínea dos' },
            weight: 0.25,
            defaultTarget: 5,
            mapsTo: { edm: ['evaluate', 'monitor'], empty: [] },
            sources: [
              { source: 'iso-iec-38500', detail: 'Principle 2: Strategy, "direct"' },
              { source: 'un', detail: '"quoted" detail\nover two lines' },
              { source: 'un' },
            ],
            recommendations: { ...recommendations(), '2': six('أ', '乙', '-minus', '=égal', '+плюс', '@arroba') },
            questions: [
              {
                id: 'strategy.plan.exists',
                text: six('هل توجد خطة؟', '有计划吗？', 'Is there a plan, "really"?', 'Y a-t-il un plan ?', 'Есть ли план?', '¿Hay un plan?'),
                guidance: '- look for it\r\n- then look again',
                levels: levels('plan'),
                allowNotApplicable: true,
                weight: 3,
                sources: [{ source: 'iso-iec-38500' }],
              },
              {
                id: 'strategy.plan.reviewed',
                text: 'Is it reviewed?',
                guidance: { en: 'Look, for reviews.', fr: "Cherchez l'examen." },
                levels: { ...levels('review'), '0': '=0 plain', '5': { en: '+5', fr: '@5' } },
              },
            ],
          },
        ],
      },
    ],
  };
}

function sheetOf(model: MaturityModelInput = awkwardModel()): string[][] {
  return modelToSpreadsheet(parsed(model));
}

/** Sets one cell of the row whose `id` (or, for kind-only rows, `kind` and `level`) matches. */
function setCell(rows: string[][], find: (row: Record<string, string>) => boolean, column: string, value: string): number {
  const header = rows[0]!;
  const index = rows.findIndex((row, i) => i > 0 && find(Object.fromEntries(header.map((name, c) => [name, row[c] ?? '']))));
  if (index < 0) throw new Error('no such row');
  let at = header.indexOf(column);
  if (at < 0) {
    header.push(column);
    at = header.length - 1;
  }
  rows[index]![at] = value;
  return index + 1;
}

function problemsOf(rows: string[][]): SheetProblem[] {
  const result = modelFromSpreadsheet(parseCsv(toCsv(rows, { verbatim: true })));
  if (result.ok) throw new Error('expected the sheet to be rejected');
  return result.problems;
}

describe('modelToSpreadsheet and modelFromSpreadsheet', () => {
  it('round-trip the shipped default model without loss', () => {
    const model = parsed(JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8')));
    const back = roundTrip(model);
    expect(back).toStrictEqual(model);
    expect(JSON.stringify(back)).toBe(JSON.stringify(model));
  });

  it('round-trip commas, quotes, line breaks, formula starts and six scripts without loss', () => {
    const model = parsed(awkwardModel());
    expect(roundTrip(model)).toStrictEqual(model);
    // And without going through CSV.
    const direct = modelFromSpreadsheet(modelToSpreadsheet(model));
    expect(direct.ok && direct.model).toStrictEqual(model);
  });

  it('keep a plain string plain and a per-language text per language', () => {
    const back = roundTrip(parsed(awkwardModel()));
    expect(back.description).toBe('A plain string,\r\nwith a CRLF line break\nand an LF one, "quotes", and commas.');
    expect(back.domains[0]!.elements[0]!.title).toBe('Plan');
    expect(back.frameworks[0]!.values[1]!.title).toEqual({ en: 'Monitor', ar: 'رصد' });
    expect(back.scale[3]!.meaning).toBe("'=already guarded");
  });

  it('lay out one row per thing in model order, a column per text and language, default language first', () => {
    const rows = sheetOf();
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(['kind', 'id', 'parent']);
    expect(header.filter((column) => column.startsWith('text:'))).toEqual(['text:en', 'text:ar', 'text:zh', 'text:fr', 'text:ru', 'text:es']);
    expect(header).toContain('level3:fr');
    expect(header).toContain('plainText');
    const kindAndId = rows.slice(1).map((row) => `${row[0]} ${row[1]}`.trim());
    expect(kindAndId).toEqual([
      'model awkward',
      'source iso-iec-38500',
      'source un',
      'framework edm',
      'value evaluate',
      'value monitor',
      'framework empty',
      'value x',
      ...Array(6).fill('scale'),
      'domain strategy',
      'element strategy.plan',
      'question strategy.plan.exists',
      'question strategy.plan.reviewed',
      ...Array(5).fill('recommendation'),
    ]);
    // What a spreadsheet would run as a formula is guarded.
    const model = rows[1]!;
    expect(model[header.indexOf('license')]).toBe("'-CC0-");
    expect(model[header.indexOf('authors')]).toBe('Ada, Lovelace\n"\\"Quoted\\" Author"\n"Two\\nLines"\n=HYPERLINK("x")');
  });

  it('read a sheet that was sorted by kind, with blank rows and LF line ends', () => {
    const model = parsed(awkwardModel());
    const [header, ...rows] = modelToSpreadsheet(model);
    const sorted = [...rows].sort((a, b) => a[0]!.localeCompare(b[0]!));
    const text = toCsv([header!, ...sorted, [], header!.map(() => '')], { verbatim: true }).replace(/\r\n/g, '\n');
    const back = modelFromSpreadsheet(parseCsv(text));
    // Line breaks inside cells became LF too; otherwise nothing changed.
    const expected = JSON.parse(JSON.stringify(model).replace(/\\r\\n/g, '\\n'));
    expect(back.ok ? back.model : back.problems).toStrictEqual(expected);
  });
});

describe('modelFromSpreadsheet problems', () => {
  it('name an unknown kind, with the kinds there are', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.reviewed', 'kind', 'questoin');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      `row ${row}, column kind: unknown kind "questoin": expected one of model, source, framework, value, scale, domain, element, question, recommendation`,
    ]);
  });

  it('name a missing id', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.exists', 'id', '');
    expect(problemsOf(rows)).toEqual([
      { row, column: 'id', message: 'no id: every question row needs one, such as "strategy.ict-strategy.exists"' },
    ]);
  });

  it('name a level column with a bad header, in row 1', () => {
    for (const [bad, message] of [
      ['level6:fr', /there is no level6: the level columns are level0 to level5/],
      ['level3', /say which language .* such as level3:en/],
      ['level3:FR', /"FR" is not a language tag/],
      ['levels3:fr', /unknown column/],
    ] as const) {
      const rows = sheetOf();
      rows[0]![rows[0]!.indexOf('level3:fr')] = bad;
      const problems = problemsOf(rows);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ row: 1, column: bad, message: expect.stringMatching(message) });
    }
  });

  it('name a duplicate question id and the row that has it first', () => {
    const rows = sheetOf();
    const first = rows.findIndex((row) => row[1] === 'strategy.plan.exists') + 1;
    const second = setCell(rows, (r) => r.id === 'strategy.plan.reviewed', 'id', 'strategy.plan.exists');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      `row ${second}, column id: the id "strategy.plan.exists" is already used in row ${first}`,
    ]);
  });

  it('name a weight that is not a number, and one the schema refuses', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan', 'weight', 'heavy');
    expect(problemsOf(rows)).toEqual([{ row, column: 'weight', message: 'expected a number such as 1 or 2.5, found "heavy"' }]);
    setCell(rows, (r) => r.id === 'strategy.plan', 'weight', '0');
    expect(problemsOf(rows)).toEqual([{ row, column: 'weight', message: 'a weight must be above 0' }]);
  });

  it('point the problems of checkModel at the row and the language column', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.exists', 'level3:en', '');
    setCell(rows, (r) => r.id === 'strategy.plan.reviewed', 'level4:en', '');
    const second = rows.findIndex((r) => r[1] === 'strategy.plan.reviewed') + 1;
    for (const language of ['ar', 'zh', 'fr', 'ru', 'es']) setCell(rows, (r) => r.id === 'strategy.plan.reviewed', `level4:${language}`, '');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      `row ${row}, column level3:en: no text in the model's default language "en"`,
      `row ${second}, column level4:en: no descriptor for level 4`,
    ]);
  });

  it('point the problems of the schema at the row and column', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'un', 'url', 'not a url');
    setCell(rows, (r) => r.kind === 'model', 'version', 'one');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      'row 2, column version: expected a semantic version such as "1.0.0"',
      `row ${row}, column url: Invalid URL`,
    ]);
  });

  it('name a parent that does not exist or is of the wrong kind', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.exists', 'parent', 'strategy');
    const other = setCell(rows, (r) => r.id === 'strategy.plan.reviewed', 'parent', 'nowhere');
    expect(problemsOf(rows)).toEqual([
      { row, column: 'parent', message: '"strategy" is a domain; the parent of a question is an element' },
      { row: other, column: 'parent', message: 'no element with the id "nowhere" in the sheet' },
    ]);
  });

  it('name a text put in a column its kind does not use', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.exists', 'title:en', 'A title');
    expect(problemsOf(rows)).toEqual([
      {
        row,
        column: 'title:en',
        message: 'question rows do not use this column; leave it empty (they use id, parent, weight, allowNotApplicable, sources, text:…, guidance:…, level0:… to level5:…)',
      },
    ]);
  });

  it('recognise a file saved with semicolons', () => {
    const text = toCsv(sheetOf(), { verbatim: true }).replace(/,/g, ';');
    const problems = modelFromSpreadsheet(parseCsv(text));
    expect(problems.ok ? [] : problems.problems[0]!.message).toMatch(/save the sheet as "CSV UTF-8/);
  });

  it('need a model row and a header', () => {
    expect(problemsOf([])).toEqual([expect.objectContaining({ row: 1, message: expect.stringMatching(/the sheet is empty/) })]);
    const rows = sheetOf().filter((row) => row[0] !== 'model');
    expect(problemsOf(rows)).toEqual([expect.objectContaining({ row: 1, column: 'kind', message: expect.stringMatching(/no row of kind "model"/) })]);
  });
});
