import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problem-text.ts';
import { MaturityModelSchema, type MaturityModel, type MaturityModelInput } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given, type GivenLevels } from '../scoring/answers.fixture.ts';
import { scoreAssessment } from '../scoring/score.ts';
import {
  comparePeriods,
  domainMatrix,
  elementMatrix,
  filterOptions,
  filterResults,
  groupByModel,
  organizationKey,
  sortRows,
  type ComparedResult,
} from './matrix.ts';

const small = MaturityModelSchema.parse(smallModel());

interface Details {
  unit?: string;
  country?: string;
  type?: string;
  updatedAt?: string;
  model?: MaturityModel;
}

let made = 0;
function result(name: string, period: string, answers: GivenLevels, details: Details = {}): ComparedResult {
  const model = details.model ?? small;
  made += 1;
  return {
    assessmentId: `a-${made}`,
    updatedAt: details.updatedAt ?? `${period.slice(0, 4)}-06-01T00:00:00.000Z`,
    organization: { name, unit: details.unit ?? '', country: details.country, type: details.type },
    period,
    model: { id: model.id, version: model.version },
    report: scoreAssessment(model, given(model, answers)),
  };
}

/** Every question at `level`. */
const all = (level: 0 | 1 | 2 | 3 | 4 | 5): GivenLevels =>
  Object.fromEntries(small.domains.flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => [q.id, level]))));

const health = result('Health', '2025', all(3), { country: 'Africa', type: 'Fund' });
const food = result('Food', '2025', { 'strategy.plan.exists': 4, 'strategy.plan.reviewed': 4 }, { country: 'Europe', type: 'Agency' });
const labour = result('Labour', '2024', all(1), { type: 'Fund' });
const aviation = result('Aviation', '2025', all(5), { country: 'Africa', type: 'Agency' });

describe('domainMatrix', () => {
  it('gives one row per result and one cell per domain, with score, level and coverage', () => {
    const matrix = domainMatrix([health, food]);
    expect(matrix.columns).toEqual(['strategy', 'risk']);
    const row = matrix.rows.find((r) => r.label === 'Food')!;
    // People is not rated yet: it counts as reaching nothing, so the levels are provisional and low (README, How scores are computed).
    expect(row.cells.strategy).toEqual({ score: 4, achievedLevel: 1, coverage: 2 / 3 });
    expect(row.total).toEqual({ score: 4, achievedLevel: 0, coverage: 2 / 5 });
  });

  it('leaves score and level empty where nothing was answered', () => {
    const row = domainMatrix([food]).rows[0]!;
    expect(row.cells.risk).toEqual({ score: null, achievedLevel: null, coverage: 0 });
  });

  it('orders rows by label then period, whatever the order given', () => {
    const later = result('Health', '2024-Q2', all(2));
    const labels = (results: ComparedResult[]) => domainMatrix(results).rows.map((r) => `${r.label} ${r.period}`);
    expect(labels([health, later, food, aviation])).toEqual(['Aviation 2025', 'Food 2025', 'Health 2024-Q2', 'Health 2025']);
    expect(labels([aviation, health, food, later])).toEqual(labels([health, later, food, aviation]));
  });

  it('shows the unit with the name', () => {
    const row = domainMatrix([result('Health', '2025', all(2), { unit: 'Geneva office' })]).rows[0]!;
    expect(row.label).toBe('Health — Geneva office');
  });

  it('refuses results of two models', () => {
    const other = MaturityModelSchema.parse({ ...smallModel(), id: 'other' });
    expect(() => domainMatrix([health, result('X', '2025', {}, { model: other })])).toThrow(/different models/);
  });
});

describe('elementMatrix', () => {
  it('gives the key elements of one domain, with the domain as total', () => {
    const matrix = elementMatrix([health, food], 'strategy');
    expect(matrix.scope).toEqual({ kind: 'elements', domainId: 'strategy' });
    expect(matrix.columns).toEqual(['strategy.plan', 'strategy.people']);
    const row = matrix.rows.find((r) => r.label === 'Food')!;
    expect(row.cells['strategy.plan']).toEqual({ score: 4, achievedLevel: 4, coverage: 1 });
    expect(row.cells['strategy.people']).toEqual({ score: null, achievedLevel: null, coverage: 0 });
    expect(row.total).toEqual({ score: 4, achievedLevel: 1, coverage: 2 / 3 });
  });
});

describe('sortRows', () => {
  const rows = domainMatrix([health, food, labour, aviation]).rows;
  const order = (key: Parameters<typeof sortRows>[1], direction: 'asc' | 'desc') => sortRows(rows, key, direction).map((r) => r.label);

  it('sorts by a column, rows without a score last in both directions', () => {
    // risk: Health 3, Food none, Labour 1, Aviation 5
    expect(order({ by: 'column', column: 'risk' }, 'asc')).toEqual(['Labour', 'Health', 'Aviation', 'Food']);
    expect(order({ by: 'column', column: 'risk' }, 'desc')).toEqual(['Aviation', 'Health', 'Labour', 'Food']);
  });

  it('breaks ties by name, ascending whatever the direction', () => {
    // strategy: Health 3, Food 4, Labour 1, Aviation 5; a second 4 ties with Food.
    const tied = domainMatrix([health, food, labour, aviation, result('Children', '2025', all(4))]).rows;
    const desc = sortRows(tied, { by: 'column', column: 'strategy' }, 'desc').map((r) => r.label);
    expect(desc).toEqual(['Aviation', 'Children', 'Food', 'Health', 'Labour']);
    expect(sortRows([...tied].reverse(), { by: 'column', column: 'strategy' }, 'desc').map((r) => r.label)).toEqual(desc);
  });

  it('sorts by name and by total', () => {
    expect(order({ by: 'name' }, 'desc')).toEqual(['Labour', 'Health', 'Food', 'Aviation']);
    expect(order({ by: 'total' }, 'desc')).toEqual(['Aviation', 'Food', 'Health', 'Labour']);
  });

  it('sorts by period in natural order, then name', () => {
    const periods = domainMatrix([
      result('B', '2025', {}),
      result('A', '2024-Q10', {}),
      result('A', '2024-Q2', {}),
      result('C', '2024', {}),
    ]).rows;
    expect(sortRows(periods, { by: 'period' }).map((r) => `${r.label} ${r.period}`)).toEqual(['C 2024', 'A 2024-Q2', 'A 2024-Q10', 'B 2025']);
  });
});

describe('comparePeriods', () => {
  it('reads numbers as numbers and puts a period before those it prefixes', () => {
    const periods = ['2025', '2024-Q10', 'FY2023', '2024', '2024-Q2', '2024-H1'];
    expect([...periods].sort(comparePeriods)).toEqual(['2024', '2024-H1', '2024-Q2', '2024-Q10', '2025', 'FY2023']);
  });
});

describe('filters', () => {
  const results = [health, food, labour, aviation];

  it('derives the options from the data, without empty values', () => {
    expect(filterOptions(results)).toEqual({ regions: ['Africa', 'Europe'], types: ['Agency', 'Fund'], periods: ['2024', '2025'] });
  });

  it('keeps the results that match every filter set', () => {
    const names = (filter: Parameters<typeof filterResults>[1]) => filterResults(results, filter).map((r) => r.organization.name);
    expect(names({ region: 'Africa' })).toEqual(['Health', 'Aviation']);
    expect(names({ region: 'Africa', type: 'Agency' })).toEqual(['Aviation']);
    expect(names({ type: 'Fund', period: '2024' })).toEqual(['Labour']);
    expect(names({ region: null, type: '', period: undefined })).toHaveLength(4);
  });
});

describe('organizationKey', () => {
  it('sets case, spacing and Unicode form aside, but not the unit', () => {
    const key = organizationKey({ name: 'Santé  Mondiale', unit: 'Genève' });
    expect(organizationKey({ name: ' santé mondiale', unit: 'GENÈVE' })).toBe(key);
    expect(organizationKey({ name: 'Sante\u0301 Mondiale', unit: 'Genève' })).toBe(key);
    expect(organizationKey({ name: 'Santé Mondiale', unit: '' })).not.toBe(key);
  });
});

describe('groupByModel', () => {
  const version = (input: MaturityModelInput, v: string) => MaturityModelSchema.parse({ ...input, version: v });
  const reworded = smallModel();
  reworded.domains[0]!.elements[0]!.questions[0]!.text = 'Is there a written plan?';
  const v110 = version(reworded, '1.1.0');
  const extended = smallModel();
  extended.domains[1]!.elements[0]!.questions.push({ id: 'risk.register.owned', text: 'Owned?', guidance: 'Look.', levels: {} });
  const v200 = version(extended, '2.0.0');
  const other = MaturityModelSchema.parse({ ...smallModel(), id: 'other' });
  const models = [small, v110, v200, other];
  const lookup = (id: string, v: string) => models.find((m) => m.id === id && m.version === v);

  it('never mixes two models', () => {
    const groups = groupByModel([health, result('X', '2025', all(2), { model: other }), food], lookup);
    expect(groups.map((g) => [g.modelId, g.sets.flatMap((s) => s.results.map((r) => r.organization.name))])).toEqual([
      ['other', ['X']],
      ['small', ['Food', 'Health']],
    ]);
  });

  it('compares versions that ask the same questions together, with a note', () => {
    const newer = result('Trade', '2026', all(4), { model: v110 });
    const [group] = groupByModel([health, newer], lookup);
    expect(group!.sets).toHaveLength(1);
    expect(group!.sets[0]!.versions).toEqual(['1.0.0', '1.1.0']);
    expect(group!.sets[0]!.note).toEqual({ code: 'matrix.versions-together', params: { model: 'small', versions: '1.0.0, 1.1.0' } });
    expect(group!.keptApart).toBeNull();
    expect(domainMatrix(group!.sets[0]!.results).rows).toHaveLength(2);
  });

  it('keeps apart versions whose questions differ, and says which', () => {
    const newest = result('Trade', '2026', {}, { model: v200 });
    const [group] = groupByModel([health, result('Food', '2025', {}, { model: v110 }), newest], lookup);
    expect(group!.sets.map((s) => s.versions)).toEqual([['2.0.0'], ['1.0.0', '1.1.0']]);
    expect(group!.sets[0]!.results).toEqual([newest]);
    expect(group!.sets[1]!.difference).toEqual({ comparedWith: '2.0.0', onlyHere: [], missingHere: ['risk.register.owned'], movedElsewhere: [] });
    expect(group!.keptApart).toEqual({ code: 'matrix.kept-apart.different', params: { model: 'small', sets: 2, groups: '2.0.0; 1.0.0, 1.1.0', versions: '' } });
    expect(problemText(group!.keptApart!)).toBe(
      'Results of “small” are compared in 2 separate sets, because versions that ask different questions are never mixed (2.0.0; 1.0.0, 1.1.0).',
    );
  });

  it('keeps apart a version whose model is unknown', () => {
    const stray: ComparedResult = { ...health, assessmentId: 'stray', model: { id: 'small', version: '0.9.0' } };
    const [group] = groupByModel([health, stray], lookup);
    expect(group!.sets.map((s) => s.versions)).toEqual([['1.0.0'], ['0.9.0']]);
    expect(group!.keptApart).toMatchObject({ code: 'matrix.kept-apart.unknown', params: { versions: '0.9.0' } });
  });
});
