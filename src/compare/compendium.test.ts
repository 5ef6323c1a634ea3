import { describe, expect, it } from 'vitest';
import { archetypeCounts, maturityByArrangement, profileTable } from './compendium.ts';
import { compendiumCsvRows, compendiumMarkdown } from './compendium-csv.ts';
import type { ComparedResult } from './matrix.ts';
import { groupKeys, hasProfileValue, profileOf, profileValuesOf, sourcingMix } from './profile-values.ts';
import { MIN_GROUP_SIZE, quantile } from './statistics.ts';
import type { ProfileValue } from '../exchange/result-file.ts';
import { comparedResult, model, variedAnswers } from './compared-result.fixture.ts';

const result = (name: string, i: number, profile: Record<string, ProfileValue>, period = '2026', extra: Partial<ComparedResult['organization']> = {}): ComparedResult =>
  comparedResult({ name, profile, ...extra }, variedAnswers(i), { period });

/** Seven centralized agencies, four federated funds, one decentralized programme (the one an attacker wants). */
function network(secretLevel = 0): ComparedResult[] {
  return [
    ...[0, 1, 2, 3, 4, 5, 6].map((i) => result(`Agency ${i}`, i, { 'organization-kind': 'specialized-agency', 'decision-rights': 'centralized', 'cio-reporting-line': 'executive-head', staff: 1000 + i * 800 })),
    ...[7, 8, 9, 10].map((i) => result(`Fund ${i}`, i, { 'organization-kind': 'fund-programme', 'decision-rights': 'federated', 'cio-reporting-line': 'management', staff: 300 + i })),
    result('Secret', secretLevel, { 'organization-kind': 'other', 'decision-rights': 'decentralized', 'cio-reporting-line': 'other', staff: 40 }),
  ];
}

describe('profile values', () => {
  it('reads country and type of older files as hq-region and organization-kind, the profile first', () => {
    expect(profileOf({ name: 'A', country: 'Europe', type: 'Agency' })).toMatchObject({ 'hq-region': 'Europe', 'organization-kind': 'Agency' });
    expect(profileOf({ name: 'A', country: 'Europe', profile: { 'hq-region': 'africa' } })['hq-region']).toBe('africa');
    expect(Object.keys(profileOf({ name: 'A', country: '  ' }))).toEqual([]);
  });

  it('puts numbers in bands and derives the sourcing mix', () => {
    expect(groupKeys('staff', 1200)).toEqual(['500-1999']);
    expect(groupKeys('staff', 12000)).toEqual(['10000-plus']);
    expect(groupKeys('field-offices', 0)).toEqual(['0']);
    expect(groupKeys('ict-share-of-expenditure', 4.5)).toEqual(['under-10']);
    expect(groupKeys('ict-spending', { amount: 25e6, currency: 'USD' })).toEqual(['USD:10m-50m']);
    expect(groupKeys('erp-year', 2014)).toEqual(['2010s']);
    expect(groupKeys('x', 30, 'percentage')).toEqual(['25-49']);
    expect(groupKeys('operating-regions', ['europe', 'africa', 'europe'])).toEqual(['africa', 'europe']);
    expect(groupKeys('anything', undefined)).toEqual([]);
    const profile = { 'sourcing-in-house': 30, 'sourcing-unicc': 50, 'sourcing-commercial': 20 };
    expect(sourcingMix(profile)).toBe('unicc');
    expect(sourcingMix({ 'sourcing-in-house': 50, 'sourcing-unicc': 50 })).toBeNull();
    expect(profileOf({ name: 'A', profile })['sourcing-mix']).toBe('unicc');
  });

  it('filters and lists by any profile item', () => {
    const results = network();
    expect(profileValuesOf(results, 'decision-rights')).toEqual(['centralized', 'decentralized', 'federated']);
    expect(results.filter((r) => hasProfileValue(r, 'staff', 'under-500')).map((r) => r.organization.name)).toEqual(['Fund 7', 'Fund 8', 'Fund 9', 'Fund 10', 'Secret']);
  });
});

describe('the profiles side by side', () => {
  it('named: items × organizations, each organization once with its latest result', () => {
    const results = [...network(), result('Agency 0', 3, { 'organization-kind': 'specialized-agency', 'decision-rights': 'hybrid' }, '2027')];
    const table = profileTable(results);
    if (table.anonymised) throw new Error('named expected');
    expect(table.columns).toHaveLength(12);
    expect(table.columns.find((c) => c.label === 'Agency 0')).toMatchObject({ period: '2027', profile: { 'decision-rights': 'hybrid' } });
    expect(table.items).toEqual(expect.arrayContaining(['organization-kind', 'decision-rights', 'cio-reporting-line', 'staff']));
  });

  it('anonymised: no name, and no value counted for fewer than three organizations', () => {
    const table = profileTable(network(), { anonymised: true });
    expect(JSON.stringify(table)).not.toMatch(/Agency|Fund|Secret/);
    if (!table.anonymised) throw new Error('anonymised expected');
    for (const item of table.items) {
      for (const value of item.values) expect(value.organizations === null || value.organizations >= MIN_GROUP_SIZE).toBe(true);
    }
    const kinds = table.items.find((i) => i.id === 'organization-kind')!.values;
    // The one "other" organization is pooled, and a pool of one is not counted.
    expect(kinds).toEqual([
      { value: 'fund-programme', organizations: 4 },
      { value: 'specialized-agency', organizations: 7 },
      { value: null, organizations: null },
    ]);
  });
});

describe('archetypes', () => {
  it('named: counts every combination, summing to the organizations', () => {
    const counts = archetypeCounts(network());
    expect(counts.archetypes.map((a) => [a.values, a.organizations])).toEqual([
      [['specialized-agency', 'centralized', 'executive-head'], 7],
      [['fund-programme', 'federated', 'management'], 4],
      [['other', 'decentralized', 'other'], 1],
    ]);
    expect(counts.archetypes.reduce((n, a) => n + a.organizations, 0)).toBe(12);
  });

  it('anonymised: pools archetypes under three, and does not count a pool under three', () => {
    const counts = archetypeCounts(network(), { anonymised: true });
    expect(counts.archetypes.every((a) => a.organizations >= MIN_GROUP_SIZE)).toBe(true);
    expect(counts.pooled).toEqual({ archetypes: 1, organizations: null });
    const more = archetypeCounts([...network(), result('X', 1, { 'organization-kind': 'other' }), result('Y', 2, { 'decision-rights': 'hybrid' })], { anonymised: true });
    expect(more.pooled).toEqual({ archetypes: 3, organizations: 3 });
  });

  it('groups by any items given', () => {
    const counts = archetypeCounts(network(), { items: ['staff'] });
    expect(counts.items).toEqual(['staff']);
    expect(counts.archetypes.map((a) => a.values[0])).toEqual(expect.arrayContaining(['under-500', '500-1999', '2000-9999']));
  });
});

describe('maturity by arrangement', () => {
  it('gives the median level and index per domain of each value', () => {
    const results = network();
    const maturity = maturityByArrangement(results, 'decision-rights');
    const centralized = maturity.groups.find((g) => g.value === 'centralized')!;
    const members = results.filter((r) => r.organization.profile?.['decision-rights'] === 'centralized');
    const sorted = (values: (number | null)[]) => values.filter((v): v is number => v !== null).sort((a, b) => a - b);
    expect(centralized.organizations).toBe(7);
    expect(centralized.overall!.medianIndex).toBeCloseTo(quantile(sorted(members.map((r) => r.report.overall.score)), 0.5), 9);
    expect(centralized.overall!.medianLevel).toBe(quantile(sorted(members.map((r) => r.report.overall.achievedLevel)), 0.5));
    const strategy = centralized.domains.find((d) => d.id === 'strategy')!;
    expect(strategy.medianIndex).toBeCloseTo(quantile(sorted(members.map((r) => r.report.domains.find((d) => d.domainId === 'strategy')!.score)), 0.5), 9);
  });

  it('never gives a figure for fewer than three organizations, named or anonymised', () => {
    for (const anonymised of [false, true]) {
      const maturity = maturityByArrangement(network(), 'decision-rights', { anonymised });
      const decentralized = maturity.groups.find((g) => g.value === 'decentralized')!;
      expect(decentralized).toMatchObject({ withheld: 'too-few', overall: null, domains: [] });
      for (const group of maturity.groups) {
        for (const f of [group.overall, ...group.domains].filter((x) => x !== null)) {
          expect(f!.organizations >= MIN_GROUP_SIZE || (f!.medianIndex === null && f!.medianLevel === null)).toBe(true);
        }
      }
    }
  });

  it('anonymised: withholds a group beside a smaller one, so the network less the groups shown is never one organization', () => {
    const maturity = maturityByArrangement(network(), 'decision-rights', { anonymised: true });
    expect(maturity.groups.map((g) => [g.value, g.withheld])).toEqual([
      ['centralized', null],
      ['decentralized', 'too-few'],
      ['federated', 'complementary'],
    ]);
    // A withheld group's size is not given either.
    expect(maturity.groups.filter((g) => g.withheld).every((g) => g.organizations === null)).toBe(true);
  });

  it('anonymised figures do not change whatever the withheld organization scored (nothing to recover it from)', () => {
    // (By staff band the secret one sits in a group of five, rightly summarised.)
    for (const item of ['decision-rights', 'organization-kind', 'cio-reporting-line']) {
      expect(maturityByArrangement(network(5), item, { anonymised: true })).toEqual(maturityByArrangement(network(0), item, { anonymised: true }));
    }
    // Named figures of the whole network do change: the comparison above can fail.
    expect(compendiumCsvRows(network(5))).not.toEqual(compendiumCsvRows(network(0)));
  });
});

describe('the compendium CSV and Markdown', () => {
  it('anonymised: names nothing, and every count or median is of three organizations or more', () => {
    const rows = compendiumCsvRows(network(), { anonymised: true });
    expect(JSON.stringify(rows)).not.toMatch(/Agency|Fund|Secret/);
    const header = rows[0]!;
    const organizations = header.indexOf('organizations');
    for (const row of rows.slice(1)) {
      const n = row[organizations];
      expect(n === null || (typeof n === 'number' && n >= MIN_GROUP_SIZE), JSON.stringify(row)).toBe(true);
    }
    const markdown = compendiumMarkdown(network(), 'Compendium', { anonymised: true });
    expect(markdown).not.toMatch(/Agency|Fund|Secret/);
    expect(markdown).toContain('## Maturity by arrangement');
  });

  it('named: one row per organization and item given, and the same medians as the figures', () => {
    const rows = compendiumCsvRows(network());
    expect(rows.filter((r) => r[0] === 'profile' && r[3] === 'Secret').map((r) => [r[1], r[2]])).toEqual([
      ['organization-kind', 'other'],
      ['decision-rights', 'decentralized'],
      ['cio-reporting-line', 'other'],
      ['staff', '40'],
    ]);
    const centralized = maturityByArrangement(network(), 'decision-rights').groups.find((g) => g.value === 'centralized')!;
    const row = rows.find((r) => r[0] === 'maturity' && r[1] === 'decision-rights' && r[2] === 'centralized' && r[5] === 'overall')!;
    expect(row[8]).toBeCloseTo(centralized.overall!.medianIndex!, 2);
  });
});

describe('filters and groups on profile items', () => {
  it('reads the region and type filters from hq-region and organization-kind, old country/type alike', async () => {
    const { filterOptions, filterResults } = await import('./matrix.ts');
    const results = [...network(), result('Old', 2, {}, '2026', { country: 'Europe', type: 'specialized-agency' })];
    expect(filterOptions(results).types).toEqual(['fund-programme', 'other', 'specialized-agency']);
    expect(filterOptions(results).regions).toEqual(['Europe']);
    expect(filterResults(results, { type: 'specialized-agency' })).toHaveLength(8);
  });

  it('anonymised, a profile filter gives a group only as maturity by arrangement would', async () => {
    const { profileViewStatistics } = await import('./network.ts');
    const results = network();
    expect(profileViewStatistics(results, 'decision-rights', 'centralized', { anonymised: true }).ok).toBe(true);
    // Federated (four) is withheld beside decentralized (one): filtering on it must not bring it back.
    expect(profileViewStatistics(results, 'decision-rights', 'federated', { anonymised: true }).ok).toBe(false);
    expect(profileViewStatistics(results, 'decision-rights', 'decentralized', { anonymised: true }).ok).toBe(false);
    expect(profileViewStatistics(results, 'decision-rights', 'centralized', { anonymised: true, alsoFiltered: true }).ok).toBe(false);
    expect(profileViewStatistics(results, 'decision-rights', 'federated').ok).toBe(true);
  });
});
