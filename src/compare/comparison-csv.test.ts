import { describe, expect, it } from 'vitest';
import { toCsv } from '../exchange/csv.ts';
import { parseCsv } from '../exchange/csv-parse.ts';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given, type GivenLevels } from '../scoring/answers.fixture.ts';
import { scoreAssessment } from '../scoring/score.ts';
import { anonymiseMatrix, anonymousCodes } from './anonymise.ts';
import {
  ANONYMISED_MATRIX_CELL_COLUMNS,
  MATRIX_CELL_COLUMNS,
  STATISTICS_COLUMNS,
  matrixCellCsvRows,
  matrixCsvRows,
  statisticsCsvRows,
} from './comparison-csv.ts';
import { domainMatrix, elementMatrix, type ComparedResult } from './matrix.ts';
import { groupStatistics, networkStatistics } from './network.ts';

const model = MaturityModelSchema.parse(smallModel());

let made = 0;
function result(name: string, unit: string, country: string, answers: GivenLevels): ComparedResult {
  made += 1;
  return {
    assessmentId: `a-${made}`,
    updatedAt: '2025-06-01T00:00:00.000Z',
    organization: { name, unit, country, type: 'Fund' },
    period: '2025',
    model: { id: model.id, version: model.version },
    report: scoreAssessment(model, given(model, answers)),
  };
}

const risk = (level: 0 | 1 | 2 | 3 | 4 | 5): GivenLevels => ({ 'risk.register.exists': level, 'risk.register.used': level });
const results = [
  result('Health, "the" Organization', 'Geneva', 'Europe', { ...risk(2), 'strategy.plan.exists': 3 }),
  result('Food Organization', '', 'Africa', risk(1)),
  result('Labour Organization', 'Turin', 'Africa', risk(4)),
  result('Trade Organization', '', 'Africa', risk(3)),
];

/** What a spreadsheet would read back from the file. */
const readBack = (rows: Parameters<typeof toCsv>[0]) => parseCsv(toCsv(rows));

describe('matrixCsvRows with governance profiles', () => {
  const profiled = [
    { ...results[0]!, organization: { ...results[0]!.organization, profile: { 'decision-rights': 'federated', staff: 900, 'ict-spending': { amount: 2.5e6, currency: 'CHF' } } } },
    { ...results[1]!, organization: { ...results[1]!.organization, profile: { 'operating-regions': ['africa', 'europe'], 'decision-rights': 'centralized' } } },
    results[2]!,
  ];

  it('adds a column for every item any result gives, alphabetical without a profile, in the profile’s order with one', () => {
    const [header, ...rows] = readBack(matrixCsvRows(domainMatrix(profiled)));
    expect(header!.slice(12)).toEqual(['profile.decision-rights', 'profile.ict-spending', 'profile.ict-spending.currency', 'profile.operating-regions', 'profile.staff']);
    const byName = new Map(rows.map((row) => [row[0], row.slice(12)]));
    expect(byName.get('Health, "the" Organization — Geneva')).toEqual(['federated', '2500000', 'CHF', '', '900']);
    expect(byName.get('Food Organization')).toEqual(['centralized', '', '', 'africa; europe', '']);
    expect(byName.get('Labour Organization — Turin')).toEqual(['', '', '', '', '']);
    const ordered = matrixCsvRows(domainMatrix(profiled), {
      sections: [{ id: 's', title: 'S', items: [{ id: 'staff', type: 'integer', label: 'Staff' }, { id: 'decision-rights', type: 'choice', label: 'D', options: [{ id: 'federated', label: 'F' }] }] }],
    });
    expect(ordered[0]!.slice(12, 14)).toEqual(['profile.staff', 'profile.decision-rights']);
  });

  it('leaves the profile out of an anonymised matrix: its facts can name an organization', async () => {
    const codes = await anonymousCodes(profiled, 'salt');
    const [header] = readBack(matrixCsvRows(anonymiseMatrix(domainMatrix(profiled), codes)));
    expect(header!.some((column) => column.startsWith('profile.'))).toBe(false);
  });
});

describe('matrixCsvRows', () => {
  it('writes one row per result, one score column per domain, then the total', () => {
    const [header, ...rows] = readBack(matrixCsvRows(domainMatrix(results)));
    expect(header).toEqual(['organization', 'period', 'model_id', 'model_version', 'strategy', 'risk', 'overall_score', 'overall_level', 'coverage', 'confidence', 'review_state', 'approved_by']);
    // Only risk is answered: the strategy elements, not rated yet, hold the organization at 0.
    expect(rows[0]).toEqual(['Food Organization', '2025', 'small', '1.0.0', '', '1', '1', '0', '0.4', '', '', '']);
    expect(rows[1]).toEqual(['Health, "the" Organization — Geneva', '2025', 'small', '1.0.0', '3', '2', '2.5', '0', '0.6', '', '', '']);
  });

  it('names the total after the domain in an element matrix', () => {
    const [header] = matrixCsvRows(elementMatrix(results, 'risk'));
    expect(header).toEqual(['organization', 'period', 'model_id', 'model_version', 'risk.register', 'domain_score', 'domain_level', 'coverage', 'confidence', 'review_state', 'approved_by']);
  });
});

describe('matrixCellCsvRows', () => {
  it('writes one row per cell, with unit, region and type', () => {
    const [header, ...rows] = readBack(matrixCellCsvRows(domainMatrix(results.slice(0, 1))));
    expect(header).toEqual([...MATRIX_CELL_COLUMNS]);
    expect(rows).toEqual([
      ['Health, "the" Organization', 'Geneva', 'Europe', 'Fund', '2025', 'small', '1.0.0', 'overall', 'overall', '2.5', '0', '0.6', ''],
      // An index but no level: no key element of strategy is rated yet.
      ['Health, "the" Organization', 'Geneva', 'Europe', 'Fund', '2025', 'small', '1.0.0', 'domain', 'strategy', '3', '', '0.333', ''],
      ['Health, "the" Organization', 'Geneva', 'Europe', 'Fund', '2025', 'small', '1.0.0', 'domain', 'risk', '2', '2', '1', ''],
    ]);
  });
});

describe('confidence and review in the matrix CSVs', () => {
  const review = {
    state: 'approved' as const,
    history: [
      { state: 'in-review' as const, by: 'B. Manager', role: 'ICT manager', at: '2025-05-01T00:00:00.000Z', note: '' },
      { state: 'approved' as const, by: 'A. Director', role: 'Director', at: '2025-05-02T00:00:00.000Z', note: '' },
    ],
  };
  const confidence = {
    overall: { claims: 4, supported: 1, share: 0.25 },
    domains: { strategy: { claims: 1, supported: 1, share: 1 }, risk: { claims: 3, supported: 0, share: 0 } },
    elements: {},
  };
  const withBoth: ComparedResult = { ...results[0]!, confidence, review };
  const draft: ComparedResult = { ...results[1]!, review: { state: 'draft', history: [] } };

  it('writes the total’s confidence, the review state and who approved, after the total', () => {
    const [header, ...rows] = readBack(matrixCsvRows(domainMatrix([withBoth, draft])));
    const at = (name: string) => header!.indexOf(name);
    const byName = new Map(rows.map((row) => [row[0], row]));
    const health = byName.get('Health, "the" Organization — Geneva')!;
    expect([health[at('confidence')], health[at('review_state')], health[at('approved_by')]]).toEqual(['0.25', 'approved', 'A. Director (Director)']);
    const food = byName.get('Food Organization')!;
    expect([food[at('confidence')], food[at('review_state')], food[at('approved_by')]]).toEqual(['', 'draft', '']);
  });

  it('writes each cell’s confidence in the long layout', () => {
    const [, ...rows] = readBack(matrixCellCsvRows(domainMatrix([withBoth])));
    expect(rows.map((row) => [row[8], row.at(-1)])).toEqual([
      ['overall', '0.25'],
      ['strategy', '1'],
      ['risk', '0'],
    ]);
  });

  it('keeps the review state but not who approved once anonymised: a name names the organization', async () => {
    const codes = await anonymousCodes([withBoth, draft], 'salt');
    const [header, ...rows] = readBack(matrixCsvRows(anonymiseMatrix(domainMatrix([withBoth, draft]), codes)));
    expect(header).not.toContain('approved_by');
    expect(rows.map((row) => row[header!.indexOf('review_state')]).sort()).toEqual(['approved', 'draft']);
    expect(rows.flat().join(' ')).not.toMatch(/Director/);
  });
});

describe('anonymised CSV', () => {
  it('holds codes and no name, unit or region, in either layout', async () => {
    const matrix = anonymiseMatrix(domainMatrix(results), await anonymousCodes(results, 'set-1'));
    const wide = toCsv(matrixCsvRows(matrix));
    const long = toCsv(matrixCellCsvRows(matrix));
    for (const text of [wide, long]) {
      for (const word of ['Organization', 'Geneva', 'Turin', 'Europe', 'Africa']) expect(text).not.toContain(word);
      expect(text).toMatch(/ORG-[0-9A-F]{6}/);
    }
    expect(parseCsv(long)[0]).toEqual([...ANONYMISED_MATRIX_CELL_COLUMNS]);
  });
});

describe('statisticsCsvRows', () => {
  it('writes the network and each group, figures rounded to two decimals', () => {
    const three = [...results, result('Postal Organization', '', 'Europe', risk(0))].slice(1);
    const [header, ...rows] = readBack(statisticsCsvRows(networkStatistics(three), groupStatistics(three, 'region')));
    expect(header).toEqual([...STATISTICS_COLUMNS]);
    // risk: 1, 4, 3, 0 → quartiles 0.75, 2, 3.25; mean 2.
    expect(rows).toContainEqual(['network', '', 'risk', '', '4', '0', '0.75', '2', '3.25', '4', '2']);
    expect(rows).toContainEqual(['region', 'Europe', 'risk', '', '1', '0', '0', '0', '0', '0', '0']);
    expect(rows.some((r) => r[2] === 'strategy')).toBe(false);
  });

  it('drops groups and figures withheld in anonymised mode', () => {
    // Europe's one and the two that give no region are withheld; Africa's three are shown, as the network less Africa is then three.
    const six = [...results, result('Postal Organization', '', '', risk(0)), result('Rail Organization', '', '', risk(5))];
    const network = networkStatistics(six, { anonymised: true });
    const rows = statisticsCsvRows(network, groupStatistics(six, 'region', { anonymised: true }));
    const scopes = rows.slice(1).map((r) => `${r[0]} ${r[1]}`);
    expect(new Set(scopes)).toEqual(new Set(['network ', 'region Africa']));
    // No minimum, maximum or mean; quartiles only of five or more (the network's six, not Africa's three).
    const header = rows[0]!;
    const at = (row: (typeof rows)[number], column: string) => row[header.indexOf(column)];
    for (const row of rows.slice(1)) for (const column of ['min', 'max', 'mean']) expect(at(row, column)).toBeNull();
    expect(rows.slice(1).filter((r) => r[0] === 'region').every((r) => at(r, 'q1') === null && typeof at(r, 'median') === 'number')).toBe(true);
    // strategy was scored by one organization only: no row for it.
    expect(rows.some((r) => r[2] === 'strategy')).toBe(false);
    expect(toCsv(rows)).not.toContain('Europe');
  });
});
