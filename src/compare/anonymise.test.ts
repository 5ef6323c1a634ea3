import { describe, expect, it } from 'vitest';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { given } from '../scoring/answers.fixture.ts';
import { scoreAssessment } from '../scoring/score.ts';
import { anonymiseMatrix, anonymousCodes } from './anonymise.ts';
import { domainMatrix, organizationKey, type ComparedResult } from './matrix.ts';

const model = MaturityModelSchema.parse(smallModel());

let made = 0;
function result(name: string, unit = '', period = '2025'): ComparedResult {
  made += 1;
  return {
    assessmentId: `a-${made}`,
    updatedAt: '2025-06-01T00:00:00.000Z',
    organization: { name, unit, country: 'Arab States', type: 'Specialized agency' },
    period,
    model: { id: model.id, version: model.version },
    report: scoreAssessment(model, given(model, { 'risk.register.exists': made % 6 })),
  };
}

const results = [
  result('Health Organization'),
  result('Food Organization', 'Rome'),
  result('Labour Organization'),
  result('Health Organization', '', '2024'),
  result('Maritime Organization'),
];

/** Every order of a small list. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('anonymousCodes', () => {
  it('gives one code per organization, shaped ORG- and six hex digits', async () => {
    const codes = await anonymousCodes(results, 'set-1');
    expect(codes.size).toBe(4);
    for (const code of codes.values()) expect(code).toMatch(/^ORG-[0-9A-F]{6}$/);
    expect(new Set(codes.values()).size).toBe(4);
  });

  it('gives the same codes whatever the order of import', async () => {
    const expected = await anonymousCodes(results, 'set-1');
    for (const order of permutations(results.slice(0, 4))) {
      const codes = await anonymousCodes([...order, results[4]!], 'set-1');
      expect([...codes].sort()).toEqual([...expected].sort());
    }
  });

  it('keeps an organization’s code when others join or leave the set', async () => {
    const key = organizationKey({ name: 'Labour Organization' });
    const before = (await anonymousCodes(results, 'set-1')).get(key);
    expect((await anonymousCodes([results[2]!], 'set-1')).get(key)).toBe(before);
    expect((await anonymousCodes([...results, result('Postal Organization')], 'set-1')).get(key)).toBe(before);
  });

  it('treats spelling variants of one name as one organization, and a unit as another', async () => {
    const codes = await anonymousCodes([result('Health Organization'), result(' health  organization'), result('Health Organization', 'Nairobi')], 'set-1');
    expect(codes.size).toBe(2);
  });

  it('lengthens the codes of two organizations whose first six digits agree, and only theirs', async () => {
    // Found by search: with the salt "set-1", both names hash to 5FD654….
    const codes = await anonymousCodes([result('Organization 291'), result('Organization 2271'), result('Health Organization')], 'set-1');
    const [a, b, other] = ['Organization 291', 'Organization 2271', 'Health Organization'].map((name) => codes.get(organizationKey({ name }))!);
    expect(a).toMatch(/^ORG-5FD654[0-9A-F]{2,}$/);
    expect(b).toMatch(/^ORG-5FD654[0-9A-F]{2,}$/);
    expect(a).not.toBe(b);
    expect(other).toMatch(/^ORG-[0-9A-F]{6}$/);
  });

  it('gives other codes with another salt, so codes cannot be recomputed from names alone', async () => {
    const key = organizationKey({ name: 'Health Organization' });
    expect((await anonymousCodes(results, 'set-1')).get(key)).not.toBe((await anonymousCodes(results, 'set-2')).get(key));
  });
});

describe('anonymiseMatrix', () => {
  it('keeps no name, unit, region, type or assessment id', async () => {
    const matrix = anonymiseMatrix(domainMatrix(results), await anonymousCodes(results, 'set-1'));
    const json = JSON.stringify(matrix);
    for (const word of ['Organization', 'Rome', 'Arab States', 'Specialized', 'a-1']) expect(json).not.toContain(word);
    expect(matrix.anonymised).toBe(true);
    expect(matrix.rows).toHaveLength(5);
    expect(Object.keys(matrix.rows[0]!).sort()).toEqual(['cells', 'code', 'label', 'modelId', 'modelVersion', 'period', 'total']);
  });

  it('orders rows by code then period, not by name', async () => {
    const codes = await anonymousCodes(results, 'set-1');
    const rows = anonymiseMatrix(domainMatrix(results), codes).rows;
    expect(rows.map((r) => r.code)).toEqual(rows.map((r) => r.code).sort());
    const health = codes.get(organizationKey({ name: 'Health Organization' }))!;
    expect(rows.filter((r) => r.code === health).map((r) => r.period)).toEqual(['2024', '2025']);
  });

  it('refuses codes made from other results', async () => {
    const codes = await anonymousCodes(results.slice(0, 2), 'set-1');
    expect(() => anonymiseMatrix(domainMatrix(results), codes)).toThrow(/no code/);
  });
});
