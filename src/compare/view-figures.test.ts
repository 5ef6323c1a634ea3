import { describe, expect, it } from 'vitest';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given, type GivenLevels } from '../scoring/answers.fixture.ts';
import { scoreAssessment } from '../scoring/score.ts';
import { sortRows, type ComparedResult } from './matrix.ts';
import { memoiseLast, memoisedViewFigures, sameArguments, sameChoice, viewFigures, type ViewChoice } from './view-figures.ts';

const model = MaturityModelSchema.parse(smallModel());

let made = 0;
function result(name: string, answers: GivenLevels, details: { country?: string; period?: string } = {}): ComparedResult {
  made += 1;
  return {
    assessmentId: `a-${made}`,
    updatedAt: '2025-06-01T00:00:00.000Z',
    organization: { name, unit: '', country: details.country },
    period: details.period ?? '2025',
    model: { id: model.id, version: model.version },
    report: scoreAssessment(model, given(model, answers)),
  };
}

const risk = (level: 0 | 1 | 2 | 3 | 4 | 5): GivenLevels => ({ 'risk.register.exists': level, 'risk.register.used': level });
const results = [
  result('Bravo', risk(4), { country: 'KE' }),
  result('Alpha', risk(1), { country: 'FR' }),
  result('Charlie', risk(2), { country: 'KE' }),
  result('Alpha', risk(3), { country: 'FR', period: '2026' }),
];
const all: ViewChoice = { region: '', type: '', period: '', profileItem: '', profileValue: '', domainId: undefined, anonymised: false, groupBy: '', types: undefined };

describe('the figures of a comparison view', () => {
  it('are the same object for the same results, choice (field by field) and codes, and new when one changes', () => {
    const figuresOf = memoisedViewFigures<ComparedResult>();
    const first = figuresOf(results, all, undefined);
    expect(figuresOf(results, { ...all }, undefined)).toBe(first);
    const kenya = figuresOf(results, { ...all, region: 'KE' }, undefined);
    expect(kenya).not.toBe(first);
    expect(kenya.shown.map((r) => r.organization.name).sort()).toEqual(['Bravo', 'Charlie']);
    expect(figuresOf(results, { ...all, region: 'KE' }, undefined)).toBe(kenya);
    expect(figuresOf([...results], { ...all, region: 'KE' }, undefined)).not.toBe(kenya);
  });

  it('are not derived again when the rows are sorted: sorting orders the rows they hold', () => {
    let derived = 0;
    const figuresOf = memoiseLast((...args: Parameters<typeof viewFigures<ComparedResult>>) => {
      derived += 1;
      return viewFigures(...args);
    }, (a, b) => a[0] === b[0] && sameChoice(a[1], b[1]) && a[2] === b[2]);
    const figures = figuresOf(results, all, undefined);
    const byName = sortRows(figures.named.rows, { by: 'name' }, 'asc').map((r) => r.label);
    // A sort is a new render with the same choice: the very same figures, and their statistics, come back.
    const again = figuresOf(results, { ...all }, undefined);
    const byNameDown = sortRows(again.named.rows, { by: 'name' }, 'desc').map((r) => r.label);
    expect(derived).toBe(1);
    expect(again.columnStatistics).toBe(figures.columnStatistics);
    expect(again.organizations).toBe(figures.organizations);
    expect(byNameDown).toEqual([...byName].reverse());
  });

  it('give what the pure functions give (latest result per organization for statistics, every period for the trend)', () => {
    const figures = viewFigures(results, all, undefined);
    expect(figures.latest).toHaveLength(3);
    expect(figures.overTime).toHaveLength(4);
    expect(figures.organizations.map((o) => o.label)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(figures.shared).toBeNull();
    expect(figures.options.periods).toEqual(['2025', '2026']);
  });

  it('are coded only once the codes are there', () => {
    const codes = new Map(results.map((r, i) => [viewFigures([r], all, undefined).organizations[0]!.key, `ORG-${i}`]));
    expect(viewFigures(results, { ...all, anonymised: true }, undefined).anonymous).toBe(false);
    const coded = viewFigures(results, { ...all, anonymised: true }, codes);
    expect(coded.anonymous).toBe(true);
    expect(coded.shared?.rows.every((row) => row.code.startsWith('ORG-'))).toBe(true);
    expect(coded.organizations.every((o) => o.label.startsWith('ORG-'))).toBe(true);
  });
});

describe('memoiseLast', () => {
  it('derives once for the same arguments, again for others, and remembers only the last', () => {
    const calls: number[] = [];
    const double = memoiseLast((n: number) => (calls.push(n), { n: n * 2 }), sameArguments);
    const two = double(1);
    expect(double(1)).toBe(two);
    expect(double(2)).toEqual({ n: 4 });
    expect(double(1)).not.toBe(two);
    expect(calls).toEqual([1, 2, 1]);
  });
});
