/**
 * Attacks on anonymised statistics, as the issue reproduced them: they must
 * fail. Ten organizations, five in region A, four in B and one in C; the
 * one in C is what an attacker wants.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerLookup } from '../scoring/score.ts';
import { anonymousCodes, randomSalt } from './anonymise.ts';
import type { ComparedResult } from './matrix.ts';
import { groupStatistics, networkStatistics, viewStatistics, type GroupStatistics, type StatisticsCheck } from './network.ts';

import { comparedResult, levelEverywhere, model, variedAnswers } from './compared-result.fixture.ts';

const result = (name: string, answers: AnswerLookup, country: string, type = 'agency'): ComparedResult =>
  comparedResult({ name, country, type }, answers, { assessmentId: name });

/** Levels 0–3, different for each organization and question. */
const modest = (i: number): AnswerLookup => variedAnswers(i, { step: 7, levels: 4 });
const everywhere = (level: 4 | 5): AnswerLookup => levelEverywhere(level);

/** The network of the issue; the one organization of region C answers `level` to everything, above all the others. */
function network(level: 4 | 5): ComparedResult[] {
  return [
    ...[0, 1, 2, 3, 4].map((i) => result(`A${i}`, modest(i), 'A', i % 2 ? 'fund' : 'agency')),
    ...[5, 6, 7, 8].map((i) => result(`B${i}`, modest(i), 'B', i % 2 ? 'fund' : 'agency')),
    result('Withheld', everywhere(level), 'C', 'programme'),
  ];
}

/** Everything a coordinator's anonymised comparison publishes about these results. */
function published(results: readonly ComparedResult[], anonymised: boolean) {
  return {
    network: networkStatistics(results, { anonymised }),
    regions: groupStatistics(results, 'region', { anonymised }),
    types: groupStatistics(results, 'type', { anonymised }),
  };
}

/**
 * The subtraction attack: the network's total less the totals of the
 * groups shown, per domain, is what the withheld organizations scored.
 * Null when the figures it needs are not published.
 */
function subtractionAttack(figures: ReturnType<typeof published>, domainId: string): number | null {
  const total = (check: StatisticsCheck) => {
    if (!check.ok) return null;
    const column = domainId === 'overall' ? check.statistics.overall : check.statistics.domains.find((d) => d.id === domainId);
    const mean = column?.spread?.mean;
    return mean === null || mean === undefined ? null : mean * column!.organizations;
  };
  const networkTotal = total(figures.network);
  const shown = figures.regions.filter((g): g is GroupStatistics & { ok: true } => g.ok);
  const groupTotals = shown.map(total);
  if (networkTotal === null || groupTotals.some((t) => t === null)) return null;
  const count = (figures.network.ok ? figures.network.statistics.organizations : 0) - shown.reduce((n, g) => n + g.statistics.organizations, 0);
  // Only an attack when what is left is one organization.
  if (count !== 1) return null;
  return networkTotal - groupTotals.reduce((a, b) => a! + b!, 0)!;
}

describe('anonymised statistics against the subtraction attack', () => {
  const truth = (results: readonly ComparedResult[]) => results.find((r) => r.organization.name === 'Withheld')!.report;

  it('the attack works on named statistics (so the test below can fail)', () => {
    const results = network(4);
    const figures = published(results, false);
    // Named statistics withhold nothing, so subtract the region C group too, as an attacker who knows it.
    const withoutC = { ...figures, regions: figures.regions.filter((g) => g.group !== 'C') };
    expect(subtractionAttack(withoutC, 'overall')).toBeCloseTo(truth(results).overall.score!, 6);
  });

  it('recovers nothing of the withheld organization from the anonymised figures', () => {
    const results = network(4);
    const figures = published(results, true);
    for (const domainId of ['overall', ...model.domains.map((d) => d.id)]) {
      const guess = subtractionAttack(figures, domainId);
      const actual = domainId === 'overall' ? truth(results).overall.score : truth(results).domains.find((d) => d.domainId === domainId)!.score;
      expect(guess === null || Math.abs(guess - actual!) > 0.01, domainId).toBe(true);
    }
  });

  it('publishes the same figures whatever the withheld organization scored: nothing to recover it from', () => {
    expect(published(network(5), true)).toEqual(published(network(4), true));
    // Named figures do change (its minimum, maximum and mean): the comparison above means something.
    expect(published(network(5), false)).not.toEqual(published(network(4), false));
  });

  it('withholds region B with region C, so that the network less the regions shown is never fewer than three', () => {
    const regions = groupStatistics(network(4), 'region', { anonymised: true });
    expect(regions.map((g) => [g.group, g.ok])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
    ]);
    expect(regions[1]).toMatchObject({ problem: { code: 'statistics.group.withheld' } });
  });

  it('counts an organization whose region is not given as withheld, and withholds enough beside it', () => {
    const results = network(4).map((r) => (r.organization.name === 'Withheld' ? { ...r, organization: { ...r.organization, country: undefined } } : r));
    const regions = groupStatistics(results, 'region', { anonymised: true });
    expect(regions.map((g) => [g.group, g.ok])).toEqual([
      ['A', true],
      ['B', false],
      [null, false],
    ]);
    // Large enough groups with none withheld are all shown.
    const even = [...network(4).slice(0, 9), result('B9', modest(9), 'B')];
    expect(groupStatistics(even, 'region', { anonymised: true }).map((g) => g.ok)).toEqual([true, true]);
  });

  it('never gives a minimum, maximum or mean, and quartiles only from five organizations', () => {
    const figures = published(network(4), true);
    if (!figures.network.ok) throw new Error(figures.network.problem.code);
    const spreads = [figures.network.statistics.overall, ...figures.network.statistics.domains].map((c) => c.spread!);
    for (const spread of spreads) expect(spread).toMatchObject({ min: null, max: null, mean: null, q1: expect.any(Number), q3: expect.any(Number) });
    const four = network(4).slice(5, 9);
    const small = networkStatistics([...four, result('X', modest(11), 'B')].slice(1), { anonymised: true });
    expect(small.ok && small.statistics.overall.spread).toMatchObject({ count: 4, q1: null, q3: null, median: expect.any(Number) });
  });
});

describe('anonymous codes against the dictionary attack', () => {
  const results = network(4);

  it('refuses an empty salt, and draws random salts that give other codes each time', async () => {
    await expect(anonymousCodes(results, '')).rejects.toThrow(/salt/);
    const a = randomSalt();
    const b = randomSalt();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    const first = await anonymousCodes(results, a);
    const second = await anonymousCodes(results, b);
    expect([...first.values()]).not.toEqual([...second.values()]);
    // Hashing each known name with the salts an attacker would try finds none of them.
    const codes = new Set(first.values());
    for (const salt of ['', 'salt', 'anonymous']) {
      const guessed = await anonymousCodes(results, salt || ' ');
      for (const code of guessed.values()) expect(codes.has(code)).toBe(false);
    }
  });
});

describe('a filtered view, anonymised', () => {
  it('shows a region only as the groups table would, and never a region and a type at once', () => {
    const results = network(4);
    // Region B is withheld beside region C: filtering on B must not bring it back, nor C.
    expect(viewStatistics(results, { region: 'B' }, { anonymised: true }).ok).toBe(false);
    expect(viewStatistics(results, { region: 'C' }, { anonymised: true }).ok).toBe(false);
    expect(viewStatistics(results, { region: 'A' }, { anonymised: true })).toEqual(groupStatistics(results, 'region', { anonymised: true })[0]);
    expect(viewStatistics(results, { region: 'A', type: 'fund' }, { anonymised: true }).ok).toBe(false);
    // Named, a filter simply narrows the results.
    expect(viewStatistics(results, { region: 'B' }).ok).toBe(true);
    expect(viewStatistics(results, {}, { anonymised: true })).toEqual(networkStatistics(results, { anonymised: true }));
  });
});
