import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../exchange/csv.ts';
import { parseCsv } from '../exchange/csv-parse.ts';
import type { MaturityModel, MaturityModelInput } from './schema.ts';
import { sheetProblemMessage, sheetProblemText as formatSheetProblem } from '../i18n/problem-text.ts';
import { modelFromSpreadsheet, modelToSpreadsheet, type SheetProblem } from './spreadsheet.ts';
import { parseModel } from './validate.ts';
import { smallProfile } from './profile.fixture.ts';

function parsed(json: unknown): MaturityModel {
  const checked = parseModel(json);
  if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.code}`).join('\n'));
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

/** The problems with their English sentence (the CLI's), where they point. */
function wordedOf(rows: string[][]): { row: number; column: string; message: string }[] {
  return problemsOf(rows).map((problem) => ({ row: problem.row, column: problem.column, message: sheetProblemMessage(problem) }));
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
      'rating',
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

const fileModel = (path: string) => parsed(JSON.parse(readFileSync(path, 'utf8')));
const FOUR_LEVELS = 'assessments/examples/four-level-model.json';

/** The column of `name` in a sheet's header, and a row's cell under it. */
const cellAt = (rows: string[][], row: string[], name: string) => row[rows[0]!.indexOf(name)];

describe('a model on its own scale, with rating rules and question recommendations', () => {
  for (const file of ['assessments/ict-governance.json', 'assessments/ict-governance-quick.json', 'assessments/examples/minimal-model.json', FOUR_LEVELS]) {
    it(`round-trips ${file}`, () => {
      const model = fileModel(file);
      expect(roundTrip(model)).toEqual(model);
    });
  }

  it('gives a 0–3 model the level columns level0 to level3, a rating row, and question recommendations under their question', () => {
    const model = fileModel(FOUR_LEVELS);
    const rows = modelToSpreadsheet(model);
    const header = rows[0]!;
    expect(header.filter((column) => column.startsWith('level') && column.endsWith(':en'))).toEqual(['level0:en', 'level1:en', 'level2:en', 'level3:en']);
    const rating = rows.filter((row) => row[0] === 'rating');
    expect(rating).toHaveLength(1);
    expect(['elementRule', 'domainRule', 'organizationRule', 'partially', 'largely', 'fully'].map((column) => cellAt(rows, rating[0]!, column))).toEqual([
      'nplf',
      'all',
      'nplf',
      '15',
      '50',
      '85',
    ]);
    const at = rows.findIndex((row) => row[1] === 'assets.inventory.hardware');
    const recommendation = rows[at + 1]!;
    expect([recommendation[0], cellAt(rows, recommendation, 'parent'), cellAt(rows, recommendation, 'level'), cellAt(rows, recommendation, 'text:fr')]).toEqual([
      'recommendation',
      'assets.inventory.hardware',
      '0',
      'Lister les appareils utilisés, en commençant par les serveurs.',
    ]);
  });

  it('carries a scale of ten levels, 1 to 10, in the columns level1 to level10', () => {
    const input = JSON.parse(readFileSync('assessments/examples/minimal-model.json', 'utf8')) as MaturityModelInput;
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    const byLevel = (text: (level: number) => string, levels = ten) => Object.fromEntries(levels.map((level) => [`${level}`, text(level)]));
    input.scale = ten.map((level) => ({ level, name: `Step ${level}`, meaning: `What step ${level} means` }));
    input.rating = { element: 'all', bands: { partially: 10, largely: 40, fully: 90 } };
    for (const element of input.domains.flatMap((domain) => domain.elements)) {
      element.defaultTarget = 7;
      element.recommendations = byLevel((level) => `Reach step ${level + 1}`, ten.slice(0, -1));
      for (const question of element.questions) {
        question.levels = byLevel((level) => `${question.id} at step ${level}`);
        question.recommendations = byLevel((level) => `${question.id}: from ${level} up`, [1, 9]);
      }
    }
    const model = parsed(input);
    const rows = modelToSpreadsheet(model);
    expect(rows[0]!.filter((column) => /^level\d+:en$/.test(column))).toEqual(ten.map((level) => `level${level}:en`));
    expect(roundTrip(model)).toEqual(model);
    expect(roundTrip(model).rating).toEqual({ element: 'all', domain: 'nplf', organization: 'nplf', bands: { partially: 10, largely: 40, fully: 90 } });
  });

  it('reads a sheet with no rating row, or with rating cells left empty, with the default rules', () => {
    const model = fileModel(FOUR_LEVELS);
    const rows = modelToSpreadsheet(model);
    const without = modelFromSpreadsheet(rows.filter((row) => row[0] !== 'rating'));
    expect(without.ok && without.model.rating).toEqual({ element: 'nplf', domain: 'nplf', organization: 'nplf', bands: { partially: 15, largely: 50, fully: 85 } });
    setCell(rows, (r) => r.kind === 'rating', 'domainRule', '');
    setCell(rows, (r) => r.kind === 'rating', 'partially', '');
    setCell(rows, (r) => r.kind === 'rating', 'fully', '');
    setCell(rows, (r) => r.kind === 'rating', 'largely', '60');
    const partly = modelFromSpreadsheet(rows);
    expect(partly.ok && partly.model.rating).toEqual({ element: 'nplf', domain: 'nplf', organization: 'nplf', bands: { partially: 15, largely: 60, fully: 85 } });
  });
});

describe('modelFromSpreadsheet problems', () => {
  it('name a descriptor in the column of a level the scale rows do not declare', () => {
    const rows = modelToSpreadsheet(fileModel(FOUR_LEVELS));
    const row = setCell(rows, (r) => r.id === 'risk.register.treated', 'level4:fr', 'Au-delà');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      `row ${row}, column level4:fr: Level 4 is not on the model’s scale: the scale rows give 0 to 3; leave this cell empty, or add a scale row for level 4`,
    ]);
  });

  it('name a missing descriptor when a scale row is added without its column', () => {
    const rows = modelToSpreadsheet(fileModel(FOUR_LEVELS));
    const scaleRow = rows.find((row) => row[0] === 'scale' && cellAt(rows, row, 'level') === '3')!;
    rows.splice(rows.indexOf(scaleRow) + 1, 0, scaleRow.map((cell, i) => (rows[0]![i] === 'level' ? '4' : cell)));
    const problems = wordedOf(rows);
    // Each of the five questions needs a descriptor of level 4, each of the three elements a recommendation for level 3.
    const first = rows.findIndex((row) => row[1] === 'assets.inventory.hardware') + 1;
    expect(problems.filter((p) => p.column === 'level4:en')).toHaveLength(5);
    expect(problems).toContainEqual({ row: first, column: 'level4:en', message: 'No descriptor for level 4' });
    expect(problems.filter((p) => /No recommendation for level 3/.test(p.message))).toHaveLength(3);
    expect(problems).toHaveLength(8);
  });

  it('name a recommendation for a level off the scale, and one at the top level of a question', () => {
    const rows = modelToSpreadsheet(fileModel(FOUR_LEVELS));
    const row = setCell(rows, (r) => r.kind === 'recommendation' && r.parent === 'assets.inventory.hardware', 'level', '7');
    expect(wordedOf(rows)).toEqual([{ row, column: 'level', message: 'Level 7 is not on the model’s scale: the scale rows give 0 to 3' }]);
    setCell(rows, (r) => r.kind === 'recommendation' && r.parent === 'assets.inventory.hardware', 'level', '3');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      `row ${row}, column text:en: No recommendation at the top level 3: there is no next level to reach`,
    ]);
  });

  it('name a recommendation whose parent is neither an element nor a question', () => {
    const rows = modelToSpreadsheet(fileModel(FOUR_LEVELS));
    const row = setCell(rows, (r) => r.kind === 'recommendation' && r.parent === 'assets.inventory.hardware', 'parent', 'assets');
    expect(wordedOf(rows)).toEqual([
      { row, column: 'parent', message: '“assets” is a row of kind domain; the parent of a row of kind recommendation is of kind element | question' },
    ]);
  });

  it('name a rating rule or band that does not read, and bands that do not rise', () => {
    const rows = modelToSpreadsheet(fileModel(FOUR_LEVELS));
    const row = setCell(rows, (r) => r.kind === 'rating', 'domainRule', 'minimum');
    setCell(rows, (r) => r.kind === 'rating', 'organizationRule', 'all');
    setCell(rows, (r) => r.kind === 'rating', 'fully', 'most');
    expect(wordedOf(rows)).toEqual([
      { row, column: 'domainRule', message: 'Expected nplf (ISO/IEC 33020’s rule) or all (every one reaches the level, COBIT’s focus-area rule), found “minimum”' },
      { row, column: 'organizationRule', message: 'The organization is rated by nplf, ISO/IEC 33020’s rule (found “all”)' },
      { row, column: 'fully', message: 'Expected a number such as 1 or 2.5, found “most”' },
    ]);
    const fresh = modelToSpreadsheet(fileModel(FOUR_LEVELS));
    setCell(fresh, (r) => r.kind === 'rating', 'largely', '100');
    expect(wordedOf(fresh)).toEqual([{ row, column: 'largely', message: expect.stringMatching(/100/) }]);
    setCell(fresh, (r) => r.kind === 'rating', 'largely', '90');
    expect(problemsOf(fresh).map(formatSheetProblem)).toEqual([`row ${row}: The bands must rise: partially (15) < largely (90) < fully (85)`]);
  });

  it('need one rating row at most', () => {
    const rows = modelToSpreadsheet(fileModel(FOUR_LEVELS));
    const rating = rows.find((row) => row[0] === 'rating')!;
    rows.push([...rating]);
    expect(wordedOf(rows)).toEqual([
      { row: rows.length, column: 'kind', message: `A model has one set of rating rules, and row ${rows.indexOf(rating) + 1} holds them` },
    ]);
  });

  it('name an unknown kind, with the kinds there are', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.reviewed', 'kind', 'questoin');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      `row ${row}, column kind: Unknown kind “questoin”: expected one of model, source, framework, value, scale, rating, domain, element, question, recommendation, profile-section, profile-item, profile-option`,
    ]);
  });

  it('name a missing id', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.exists', 'id', '');
    expect(wordedOf(rows)).toEqual([
      { row, column: 'id', message: 'No id: every row of kind question needs one, such as “strategy.ict-strategy.exists”' },
    ]);
  });

  it('name a level column with a bad header, in row 1', () => {
    for (const [bad, message] of [
      ['level11:fr', /There is no level11: the level columns are level0 to level10/],
      ['level3', /Say which language .* such as level3:en/],
      ['level3:FR', /“FR” is not a language tag/],
      ['levels3:fr', /Unknown column/],
    ] as const) {
      const rows = sheetOf();
      rows[0]![rows[0]!.indexOf('level3:fr')] = bad;
      const problems = wordedOf(rows);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ row: 1, column: bad, message: expect.stringMatching(message) });
    }
  });

  it('name a duplicate question id and the row that has it first', () => {
    const rows = sheetOf();
    const first = rows.findIndex((row) => row[1] === 'strategy.plan.exists') + 1;
    const second = setCell(rows, (r) => r.id === 'strategy.plan.reviewed', 'id', 'strategy.plan.exists');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      `row ${second}, column id: The id “strategy.plan.exists” is already used in row ${first}`,
    ]);
  });

  it('name a weight that is not a number, and one the schema refuses', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan', 'weight', 'heavy');
    expect(wordedOf(rows)).toEqual([{ row, column: 'weight', message: 'Expected a number such as 1 or 2.5, found “heavy”' }]);
    setCell(rows, (r) => r.id === 'strategy.plan', 'weight', '0');
    expect(wordedOf(rows)).toEqual([{ row, column: 'weight', message: 'a weight must be above 0' }]);
  });

  it('point the problems of checkModel at the row and the language column', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.exists', 'level3:en', '');
    setCell(rows, (r) => r.id === 'strategy.plan.reviewed', 'level4:en', '');
    const second = rows.findIndex((r) => r[1] === 'strategy.plan.reviewed') + 1;
    for (const language of ['ar', 'zh', 'fr', 'ru', 'es']) setCell(rows, (r) => r.id === 'strategy.plan.reviewed', `level4:${language}`, '');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      `row ${row}, column level3:en: No text in the model’s default language “en”`,
      `row ${second}, column level4:en: No descriptor for level 4`,
    ]);
  });

  it('point the problems of the schema at the row and column', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'un', 'url', 'not a url');
    setCell(rows, (r) => r.kind === 'model', 'version', 'one');
    expect(problemsOf(rows).map(formatSheetProblem)).toEqual([
      'row 2, column version: expected a semantic version such as "1.0.0"',
      `row ${row}, column url: invalid URL`,
    ]);
  });

  it('name a parent that does not exist or is of the wrong kind', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.exists', 'parent', 'strategy');
    const other = setCell(rows, (r) => r.id === 'strategy.plan.reviewed', 'parent', 'nowhere');
    expect(wordedOf(rows)).toEqual([
      { row, column: 'parent', message: '“strategy” is a row of kind domain; the parent of a row of kind question is of kind element' },
      { row: other, column: 'parent', message: 'No row of kind element has the id “nowhere” in the sheet' },
    ]);
  });

  it('name a text put in a column its kind does not use', () => {
    const rows = sheetOf();
    const row = setCell(rows, (r) => r.id === 'strategy.plan.exists', 'title:en', 'A title');
    expect(wordedOf(rows)).toEqual([
      {
        row,
        column: 'title:en',
        message: 'Rows of kind question do not use this column; leave it empty (they use id, parent, weight, allowNotApplicable, mapsTo, sources, prefills, carriesFrom, text:…, guidance:…, level0:… … level10:…)',
      },
    ]);
  });

  it('recognise a file saved with semicolons', () => {
    const text = toCsv(sheetOf(), { verbatim: true }).replace(/,/g, ';');
    const problems = modelFromSpreadsheet(parseCsv(text));
    expect(problems.ok ? [] : sheetProblemMessage(problems.problems[0]!)).toMatch(/save the sheet as “CSV UTF-8/);
  });

  it('need a model row and a header', () => {
    expect(wordedOf([])).toEqual([expect.objectContaining({ row: 1, message: expect.stringMatching(/The sheet is empty/) })]);
    const rows = sheetOf().filter((row) => row[0] !== 'model');
    expect(wordedOf(rows)).toEqual([expect.objectContaining({ row: 1, column: 'kind', message: expect.stringMatching(/No row of kind “model”/) })]);
  });
});

describe('the governance profile in the sheet', () => {
  const withProfile = () => parsed({ ...awkwardModel(), profile: smallProfile() });

  it('round-trips a model with a profile without loss: sections, items of every type, options, bounds, help', () => {
    const model = withProfile();
    const back = roundTrip(model);
    expect(back).toStrictEqual(model);
    expect(back.profile!.sections[1]!.items.map((item) => item.type)).toEqual(['year', 'amount', 'percentage', 'text']);
  });

  it('writes profile rows after the domains, the label in title and the help in description, and type/min/max only when there is a profile', () => {
    const rows = modelToSpreadsheet(withProfile());
    const header = rows[0]!;
    expect(header).toEqual(expect.arrayContaining(['type', 'min', 'max']));
    const kinds = rows.slice(1).map((row) => row[0]);
    expect(kinds.slice(kinds.indexOf('profile-section'))).toEqual([
      'profile-section',
      'profile-item',
      'profile-option',
      'profile-option',
      'profile-item',
      'profile-option',
      'profile-option',
      'profile-item',
      'profile-section',
      'profile-item',
      'profile-item',
      'profile-item',
      'profile-item',
    ]);
    const year = rows.find((row) => row[1] === 'figures-year')!;
    expect([year[header.indexOf('type')], year[header.indexOf('min')], year[header.indexOf('max')], year[header.indexOf('title:en')]]).toEqual(['year', '2000', '2100', 'Year']);
    expect(modelToSpreadsheet(parsed(awkwardModel()))[0]).not.toContain('type');
  });

  it('points a profile problem back at its row and column', () => {
    const rows = sheetOf({ ...awkwardModel(), profile: smallProfile() });
    const at = setCell(rows, (row) => row.id === 'staff', 'type', 'number');
    expect(wordedOf(rows)).toEqual([expect.objectContaining({ row: at, column: 'type', message: expect.stringMatching(/choice/) })]);
    const again = sheetOf({ ...awkwardModel(), profile: smallProfile() });
    const minAt = setCell(again, (row) => row.id === 'figures-year', 'min', '3000');
    expect(wordedOf(again)).toEqual([expect.objectContaining({ row: minAt, column: 'min', message: expect.stringMatching(/minimum \(3000\) is above the maximum \(2100\)/) })]);
    const third = sheetOf({ ...awkwardModel(), profile: smallProfile() });
    const labelAt = setCell(third, (row) => row.id === 'africa', 'title:en', '');
    expect(wordedOf(third)).toEqual([expect.objectContaining({ row: labelAt, column: 'title:en' })]);
  });
});
