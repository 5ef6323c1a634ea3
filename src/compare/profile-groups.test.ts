import { describe, expect, it } from 'vitest';
import type { ProfileValue } from '../exchange/result-file.ts';
import { statisticsCsvRows } from './comparison-csv.ts';
import type { ComparedResult } from './matrix.ts';
import { groupStatistics, networkStatistics, profileDimension, profileItemOf, profileViewStatistics, type GroupStatistics } from './network.ts';
import { networkTrend } from './trends.ts';
import { hasProfileValue } from './profile-values.ts';
import { comparedResult, levelEverywhere } from './compared-result.fixture.ts';

const result = (name: string, level: number, profile: Record<string, ProfileValue>, period = '2026', extra: Partial<ComparedResult['organization']> = {}): ComparedResult =>
  comparedResult({ name, profile, ...extra }, levelEverywhere(level), { period });

/** Four centralized organizations at level 4, three federated at level 2, one hybrid at level 1, one that does not say. */
const network = (): ComparedResult[] => [
  ...[0, 1, 2, 3].map((i) => result(`Agency ${i}`, 4, { 'decision-rights': 'centralized', staff: 3000 + i, 'governance-bodies': ['ict-board', 'security-committee'] })),
  ...[4, 5, 6].map((i) => result(`Fund ${i}`, 2, { 'decision-rights': 'federated', staff: 12000 + i, 'governance-bodies': ['ict-board'] })),
  result('Small', 1, { 'decision-rights': 'hybrid', staff: 200, 'governance-bodies': ['none'] }),
  result('Quiet', 3, {}),
];

const median = (g: GroupStatistics | undefined) => (g?.ok ? g.statistics.overall.spread?.median : undefined);

describe('grouping by any profile item', () => {
  it('groups by a choice: one group per option, those that do not give it last', () => {
    const groups = groupStatistics(network(), profileDimension('decision-rights'));
    expect(groups.map((g) => [g.dimension, g.group])).toEqual([
      ['profile.decision-rights', 'centralized'],
      ['profile.decision-rights', 'federated'],
      ['profile.decision-rights', 'hybrid'],
      ['profile.decision-rights', null],
    ]);
    expect(groups.map((g) => (g.ok ? g.statistics.organizations : 0))).toEqual([4, 3, 1, 1]);
    const centralized = median(groups[0]);
    const federated = median(groups[1]);
    expect(centralized).toBeGreaterThan(federated!);
    // The group's median is the median of its members alone.
    const own = networkStatistics(network().filter((r) => hasProfileValue(r, 'decision-rights', 'federated')));
    expect(federated).toBe(own.ok ? own.statistics.overall.spread?.median : NaN);
  });

  it('groups numbers by band, the model type deciding the band', () => {
    const groups = groupStatistics(network(), profileDimension('staff'));
    expect(groups.map((g) => g.group)).toEqual(['2000-9999', '10000-plus', 'under-500', null]);
    // Typed as a percentage, the same numbers fall in percentage bands.
    const asShares = groupStatistics([result('A', 2, { x: 30 }), result('B', 2, { x: 80 })], profileDimension('x'), { types: { x: 'percentage' } });
    expect(asShares.map((g) => g.group)).toEqual(['25-49', '75-plus']);
  });

  it('puts a result of several choices in each of its groups', () => {
    const groups = groupStatistics(network(), profileDimension('governance-bodies'));
    const sizes = Object.fromEntries(groups.map((g) => [String(g.group), g.ok ? g.statistics.organizations : 0]));
    expect(sizes).toEqual({ 'ict-board': 7, 'security-committee': 4, none: 1, null: 1 });
  });

  it('applies the group-size rule when anonymised: a group of fewer than three, and the one that does not say, are withheld', () => {
    const groups = groupStatistics(network(), profileDimension('decision-rights'), { anonymised: true });
    expect(groups.map((g) => [g.group, g.ok])).toEqual([
      ['centralized', true],
      // Withheld beside the hybrid one and the silent one: else the network less those shown would be one organization's.
      ['federated', false],
      ['hybrid', false],
      [null, false],
    ]);
    // Filtering on the item never brings back a withheld group.
    expect(profileViewStatistics(network(), 'decision-rights', 'federated', { anonymised: true }).ok).toBe(false);
    expect(profileViewStatistics(network(), 'decision-rights', 'centralized', { anonymised: true }).ok).toBe(true);
  });

  it('reads country and type of older files as the items hq-region and organization-kind', () => {
    const old = [0, 1, 2].map((i) => result(`Old ${i}`, 2, {}, '2026', { country: 'Europe', type: 'Agency' }));
    expect(groupStatistics(old, profileDimension('hq-region')).map((g) => g.group)).toEqual(['Europe']);
    expect(groupStatistics(old, profileDimension('organization-kind')).map((g) => g.group)).toEqual(['Agency']);
  });

  it('names the item in the statistics CSV, as the result CSVs name profile columns', () => {
    const rows = statisticsCsvRows(null, groupStatistics(network(), profileDimension('decision-rights')));
    expect(rows.slice(1).some((row) => row[0] === 'profile.decision-rights' && row[1] === 'centralized')).toBe(true);
    expect(profileItemOf(profileDimension('decision-rights'))).toBe('decision-rights');
    expect(profileItemOf('region')).toBeUndefined();
  });

  it('narrows the trend to a profile group', () => {
    const over = [...network(), result('Agency 0', 3, { 'decision-rights': 'centralized', staff: 3000 }, '2025')];
    const centralized = over.filter((r) => hasProfileValue(r, 'decision-rights', 'centralized'));
    const trend = networkTrend(centralized);
    expect(trend.map((p) => p.period)).toEqual(['2025', '2026']);
  });
});
