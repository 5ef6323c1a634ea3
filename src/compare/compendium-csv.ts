/**
 * The compendium as one CSV (every figure, one row each, a `section`
 * column telling which table it belongs to) and as Markdown, for the
 * page's download and the coordinators' CLI. Both are made from the same
 * figures (`./compendium.ts`), so the page, the file and the CLI agree.
 */
import type { CsvCell } from '../exchange/csv.ts';
import type { ProfileValue } from '../exchange/result-file.ts';
import { archetypeCounts, arrangementItems, maturityByArrangement, profileTable, type CompendiumOptions } from './compendium.ts';
import type { ComparedResult } from './matrix.ts';

export const COMPENDIUM_CSV_COLUMNS = ['section', 'item', 'value', 'organization', 'period', 'domain', 'organizations', 'median_level', 'median_index'] as const;

/** A profile value as text: choices joined, an amount with its currency. */
export function profileValueText(value: ProfileValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return `${value.amount} ${value.currency}`;
  return String(value);
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** Every figure of the compendium, one row each: the profiles, the archetypes, maturity by arrangement for every item given. */
export function compendiumCsvRows(results: readonly ComparedResult[], options: CompendiumOptions = {}): CsvCell[][] {
  const rows: CsvCell[][] = [[...COMPENDIUM_CSV_COLUMNS]];
  const table = profileTable(results, options);
  if (!table.anonymised) {
    for (const column of table.columns) {
      for (const item of table.items) {
        if (column.profile[item] !== undefined) rows.push(['profile', item, profileValueText(column.profile[item]), column.label, column.period, null, null, null, null]);
      }
    }
  } else {
    for (const item of table.items) for (const { value, organizations } of item.values) rows.push(['profile', item.id, value ?? 'others', null, null, null, organizations, null, null]);
  }
  const archetypes = archetypeCounts(results, options);
  const archetypeItem = archetypes.items.join(' × ');
  for (const archetype of archetypes.archetypes) {
    rows.push(['archetype', archetypeItem, archetype.values.map((v) => v ?? '—').join(' × '), null, null, null, archetype.organizations, null, null]);
  }
  if (archetypes.pooled) rows.push(['archetype', archetypeItem, 'others', null, null, null, archetypes.pooled.organizations, null, null]);
  for (const item of arrangementItems(results)) {
    const maturity = maturityByArrangement(results, item, options);
    for (const group of maturity.groups) {
      const value = group.value ?? 'not given';
      if (group.withheld) {
        rows.push(['maturity', item, value, null, null, null, group.organizations, null, null]);
        continue;
      }
      for (const figures of [group.overall!, ...group.domains]) {
        rows.push(['maturity', item, value, null, null, figures.id, figures.organizations, round(figures.medianLevel), round(figures.medianIndex)]);
      }
    }
  }
  return rows;
}

const cell = (value: CsvCell) => (value === null || value === undefined ? '—' : String(value).replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' '));

function markdownTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string[] {
  return [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

/** The compendium as a Markdown document (English), with the same figures as the CSV. */
export function compendiumMarkdown(results: readonly ComparedResult[], title: string, options: CompendiumOptions = {}): string {
  const lines: string[] = [`# ${title}`, ''];
  const table = profileTable(results, options);
  lines.push('## Governance profiles', '');
  if (!table.anonymised) {
    if (table.columns.length === 0) lines.push('No profile is given.');
    else lines.push(...markdownTable(['item', ...table.columns.map((c) => `${c.label} (${c.period})`)], table.items.map((item) => [item, ...table.columns.map((c) => profileValueText(c.profile[item]) || null)])));
  } else {
    lines.push(`Anonymised: how many of the ${table.organizations} organizations give each value; values given by fewer than three are counted together as "others".`, '');
    lines.push(...markdownTable(['item', 'value', 'organizations'], table.items.flatMap((item) => item.values.map((v) => [item.id, v.value ?? 'others', v.organizations ?? 'fewer than 3']))));
  }
  const archetypes = archetypeCounts(results, options);
  lines.push('', '## Archetypes', '', ...markdownTable([...archetypes.items, 'organizations'], archetypes.archetypes.map((a) => [...a.values, a.organizations])));
  if (archetypes.pooled) lines.push('', `Others: ${archetypes.pooled.archetypes} archetypes of fewer than three organizations each, ${archetypes.pooled.organizations ?? 'fewer than 3'} organizations in all.`);
  lines.push('', '## Maturity by arrangement', '', 'Median level and median index per domain; no figure describes fewer than three organizations.');
  for (const item of arrangementItems(results)) {
    const maturity = maturityByArrangement(results, item, options);
    const domainIds = maturity.groups.find((g) => !g.withheld)?.domains.map((d) => d.id) ?? [];
    lines.push('', `### By ${item}`, '');
    lines.push(
      ...markdownTable(
        ['value', 'organizations', 'overall', ...domainIds],
        maturity.groups.map((g) => [
          g.value ?? 'not given',
          g.organizations ?? 'withheld',
          ...(g.withheld ? ['withheld', ...domainIds.map(() => null)] : [g.overall!, ...g.domains].map((f) => (f.medianIndex === null ? null : `${f.medianLevel ?? '—'} / ${f.medianIndex.toFixed(2)}`))),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
