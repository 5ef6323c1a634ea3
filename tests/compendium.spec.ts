import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '../src/exchange/csv-parse.ts';
import { ar as arCore } from '../src/i18n/ar.ts';
import { networkAr } from '../src/i18n/network/ar.ts';
// The core catalog and the network's part (Compare, compendium, benchmark, organization view), as the pages see them.
const ar = { ...arCore, ...networkAr };
import { en as enCore } from '../src/i18n/en.ts';
import { networkEn } from '../src/i18n/network/en.ts';
// The core catalog and the network's part (Compare, compendium, benchmark, organization view), as the pages see them.
const en = { ...enCore, ...networkEn };
import { expect, expectNoAxeViolations, startAssessment, test } from './fixtures.ts';
import { sampleResults, writeFiles } from './result-corpus.ts';

/** What a sample file says of its organization, as the compendium reads it. */
interface Sample {
  name: string;
  period: string;
  profile: Record<string, unknown>;
  overall: { score: number | null; achievedLevel: number | null };
}

function readSamples(paths: string[]): Sample[] {
  return paths.map((path) => {
    const file = JSON.parse(readFileSync(path, 'utf8'));
    return { name: file.organization.name, period: file.assessment.period, profile: file.organization.profile ?? {}, overall: file.scores.overall };
  });
}

/** Each organization once, with its latest period. */
function latestOf(samples: Sample[]): Sample[] {
  const latest = new Map<string, Sample>();
  for (const s of samples) if (!latest.has(s.name) || latest.get(s.name)!.period < s.period) latest.set(s.name, s);
  return [...latest.values()];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
}

/** The organizations of each value of a profile item. */
function groupsOf(latest: Sample[], item: string): Map<string, Sample[]> {
  const groups = new Map<string, Sample[]>();
  for (const s of latest) {
    const value = s.profile[item];
    if (typeof value === 'string') groups.set(value, [...(groups.get(value) ?? []), s]);
  }
  return groups;
}

const number = (text: string) => Number(text.replace(/,/g, ''));

async function toArabic(page: Page) {
  const switcher = page.locator('#language-switcher');
  await switcher.focus();
  await switcher.selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

async function toEnglish(page: Page) {
  const switcher = page.locator('#language-switcher');
  await switcher.focus();
  await switcher.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
}

test('a coordinator opens the compendium of 30 sample results with profiles, checks it by arrangement, prints it, downloads its CSV and exports a benchmark that a CIO of the same kind loads and sees on results', async ({ page }) => {
  test.setTimeout(240_000);
  // The generator's files: ten organizations of several archetypes, three periods each, each with a governance profile.
  const samples = sampleResults(30, 11, { embed: true });
  expect(samples.length).toBe(30);
  const latest = latestOf(readSamples(samples));
  expect(latest).toHaveLength(10);
  const byRights = groupsOf(latest, 'decision-rights');
  // The rule is tested both ways: some arrangement of three or more organizations, some of fewer.
  const large = [...byRights].filter(([, members]) => members.length >= 3);
  const small = [...byRights].filter(([, members]) => members.length < 3);
  expect(large.length).toBeGreaterThan(0);
  expect(small.length).toBeGreaterThan(0);
  const rightsLabels: Record<string, string> = { centralized: 'Centralized', federated: 'Federated', decentralized: 'Decentralized', hybrid: 'Hybrid' };

  await page.goto('/compare');
  await page.getByLabel('Name of a new set').fill('Network 2026');
  await page.getByRole('button', { name: 'Create the set' }).click();
  await expect(page.locator('#set-choice')).toHaveValue(/.+/);
  await page.locator('#import-files').setInputFiles(samples);
  await expect(page.locator('.heat-map tbody tr')).toHaveCount(30, { timeout: 90_000 });

  // Groups by any profile item: the medians by decision-rights arrangement, anonymised groups of fewer than three withheld.
  await page.getByLabel(en['compare.groupBy'] as string).selectOption('decision-rights');
  const groupsTable = page.getByTestId('compare-groups');
  await page.getByLabel(en['compare.anonymise'] as string).check();
  for (const [value, members] of byRights) {
    const row = groupsTable.locator('tbody tr').filter({ hasText: `How ICT decision rights are arranged: ${rightsLabels[value]}` });
    if (members.length < 3) await expect(row).toContainText(en['compare.groups.tooSmall'] as string);
  }
  await expect(groupsTable.locator('tbody tr').filter({ hasNotText: en['compare.groups.tooSmall'] as string }).first()).toBeVisible();
  await page.getByLabel(en['compare.anonymise'] as string).uncheck();
  // Named, every group's median is its members' own.
  for (const [value, members] of byRights) {
    const row = groupsTable.locator('tbody tr').filter({ hasText: `How ICT decision rights are arranged: ${rightsLabels[value]}` });
    await expect(row.locator('td').nth(0)).toHaveText(String(members.length));
    expect(Math.abs(number(await row.locator('td').nth(1).innerText()) - median(members.map((m) => m.overall.score!)))).toBeLessThanOrEqual(0.011);
  }

  // The compendium view: profiles side by side in a box that scrolls, archetypes, maturity by arrangement.
  await page.getByRole('button', { name: en['compare.mode.compendium'] as string }).click();
  const compendium = page.getByTestId('compendium');
  await expect(compendium).toBeVisible();
  const box = page.locator('.compendium-box');
  await expect(box).toHaveAttribute('tabindex', '0');
  expect(await box.evaluate((el) => getComputedStyle(el).overflowX + getComputedStyle(el).overflowY)).toMatch(/auto|scroll/);
  // Items and values named as the UN-system profile names them, in the reader's language.
  const table = page.getByTestId('compendium-table');
  await expect(table.locator('tbody th').first()).toHaveText('Kind of organization');
  await expect(table).toContainText('How ICT decision rights are arranged');
  await expect(table).toContainText(latest[0]!.name);
  await expect(page.getByTestId('compendium-archetypes').locator('tbody tr').first()).toBeVisible();

  // Maturity by arrangement, by decision rights (the default): each group of three or more its members' medians, the others withheld.
  await expect(page.getByLabel(en['compendium.maturityBy'] as string)).toHaveValue('decision-rights');
  const maturity = page.getByTestId('compendium-maturity');
  for (const [value, members] of byRights) {
    const row = maturity.locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${rightsLabels[value]!}$`) }) });
    await expect(row).toHaveCount(1);
    await expect(row.locator('td').nth(0)).toHaveText(String(members.length));
    if (members.length < 3) {
      await expect(row.locator('td').nth(1)).toHaveText(en['compendium.withheld'] as string);
      continue;
    }
    const [level, index] = (await row.locator('td').nth(1).innerText()).split(' / ');
    expect(number(level!)).toBe(median(members.map((m) => m.overall.achievedLevel!)));
    expect(Math.abs(number(index!) - median(members.map((m) => m.overall.score!)))).toBeLessThanOrEqual(0.011);
  }
  // Any item: numbers by band, in words.
  await page.getByLabel(en['compendium.maturityBy'] as string).selectOption('staff');
  await expect(maturity.locator('tbody th').first()).toHaveText(/\d/);
  await expect(maturity.locator('tbody th', { hasText: '-plus' })).toHaveCount(0);
  await page.getByLabel(en['compendium.maturityBy'] as string).selectOption('decision-rights');
  await expectNoAxeViolations(page);

  // Printed: its own cover.
  await page.emulateMedia({ media: 'print' });
  const cover = page.getByTestId('compendium-cover');
  await expect(cover).toBeVisible();
  await expect(cover).toContainText('Compendium of ICT governance models — Network 2026 — ');
  await expect(page.locator('.heat-map')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(cover).toBeHidden();

  // Its CSV: every organization's profile, the archetypes and the medians by arrangement.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: en['compendium.csv'] as string }).click();
  const csv = parseCsv(readFileSync((await (await downloading).path())!, 'utf8').replace(/^\uFEFF/, ''));
  expect(csv[0]).toEqual(['section', 'item', 'value', 'organization', 'period', 'domain', 'organizations', 'median_level', 'median_index']);
  const sections = new Set(csv.slice(1).map((r) => r[0]));
  expect([...sections].sort()).toEqual(['archetype', 'maturity', 'profile']);
  const organizations = new Set(csv.filter((r) => r[0] === 'profile').map((r) => r[3]!));
  expect(organizations.size).toBe(10);
  // Every organization's profile as given: its decision rights, its sourcing shares.
  for (const s of latest) {
    expect(csv).toContainEqual(['profile', 'decision-rights', s.profile['decision-rights'], s.name, s.period, '', '', '', '']);
    expect(csv).toContainEqual(['profile', 'sourcing-unicc', String(s.profile['sourcing-unicc']), s.name, s.period, '', '', '', '']);
  }
  // No median of fewer than three organizations.
  for (const row of csv.filter((r) => r[0] === 'maturity' && r[8] !== '')) expect(Number(row[6])).toBeGreaterThanOrEqual(3);
  // By decision rights: the medians of the groups of three or more, none for the others.
  for (const [value, members] of byRights) {
    const overall = csv.filter((r) => r[0] === 'maturity' && r[1] === 'decision-rights' && r[2] === value && (r[5] === 'overall' || r[5] === ''));
    expect(overall).toHaveLength(1);
    expect(overall[0]![6]).toBe(String(members.length));
    if (members.length < 3) expect(overall[0]![8]).toBe('');
    else expect(Math.abs(Number(overall[0]![8]) - median(members.map((m) => m.overall.score!)))).toBeLessThanOrEqual(0.011);
  }

  // Anonymised: no name in the compendium, nor in its CSV.
  await page.getByLabel(en['compare.anonymise'] as string).check();
  const names = [...organizations];
  for (const name of names) await expect(compendium).not.toContainText(name);
  const anonymous = page.waitForEvent('download');
  await page.getByRole('button', { name: en['compendium.csv'] as string }).click();
  const anonymousCsv = readFileSync((await (await anonymous).path())!, 'utf8');
  for (const name of names) expect(anonymousCsv).not.toContain(name);
  await expectNoAxeViolations(page);

  // In Arabic too.
  await toArabic(page);
  // The comparison grouped by a profile item, named in Arabic as the profile names it.
  const profileFile = JSON.parse(readFileSync('assessments/profiles/un-system-profile.json', 'utf8'));
  const rightsItem = profileFile.profile.sections.flatMap((section: { items: { id: string }[] }) => section.items).find((item: { id: string }) => item.id === 'decision-rights');
  const comparisonMode = page.getByRole('button', { name: ar['compare.mode.comparison'] as string, exact: true });
  if ((await comparisonMode.getAttribute('aria-pressed')) !== 'true') await comparisonMode.click();
  await page.getByLabel(ar['compare.groupBy'] as string).selectOption('decision-rights');
  await expect(page.getByTestId('compare-groups')).toContainText(`${rightsItem.label.ar}: ${rightsItem.options.find((o: { id: string }) => o.id === large[0]![0]).label.ar}`);
  await expectNoAxeViolations(page);
  // The page is drawn again in the new language: choose the compendium again.
  const arabicMode = page.getByRole('button', { name: ar['compare.mode.compendium'] as string });
  if ((await arabicMode.getAttribute('aria-pressed')) !== 'true') await arabicMode.click();
  await expect(page.getByTestId('compendium')).toBeVisible();
  await expectNoAxeViolations(page);
  await toEnglish(page);
  const englishMode = page.getByRole('button', { name: en['compare.mode.compendium'] as string });
  if ((await englishMode.getAttribute('aria-pressed')) !== 'true') await englishMode.click();

  // The benchmark file.
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: en['benchmark.export'] as string }).click();
  const benchmarkPath = (await (await exporting).path())!;
  const benchmark = JSON.parse(readFileSync(benchmarkPath, 'utf8'));
  expect(benchmark).toMatchObject({ format: 'ict-governance-benchmark', formatVersion: 1, model: { id: 'ict-governance' } });
  for (const name of names) expect(JSON.stringify(benchmark)).not.toContain(name);
  const [file] = writeFiles([{ name: 'benchmark.json', text: readFileSync(benchmarkPath, 'utf8') }]);

  // A tampered copy is refused with its reason, and nothing is kept.
  const tampered = structuredClone(benchmark);
  tampered.groups[0].overall.median = 4.9;
  const [bad] = writeFiles([{ name: 'tampered.json', text: JSON.stringify(tampered) }]);

  // The benchmark's peer groups: the whole set, and kinds and arrangements of three organizations or more.
  const kindGroup = (benchmark.groups as { item: string; value: string | null; overall: { median: number } }[]).find((g) => g.item === 'organization-kind' && g.value !== null)!;
  const rightsGroup = (benchmark.groups as { item: string; value: string | null; overall: { median: number } }[]).find((g) => g.item === 'decision-rights' && g.value !== null)!;
  expect(kindGroup).toBeDefined();
  expect(rightsGroup).toBeDefined();
  expect(groupsOf(latest, 'organization-kind').get(kindGroup.value!)!.length).toBeGreaterThanOrEqual(3);
  for (const g of benchmark.groups as { item: string; value: string | null }[]) if (g.item === 'decision-rights') expect(byRights.get(g.value!)!.length).toBeGreaterThanOrEqual(3);

  // A CIO's own assessment (first questions answered by position, not by id), of the same kind and arrangement as a peer group.
  const id = await startAssessment(page, { name: 'Our Organization' });
  const question = page.locator('fieldset.question').first();
  await question.getByRole('radio').nth(3).check();
  await expect(question).toHaveAttribute('data-save-state', 'saved');
  await page.goto(`/assessments/${id}/profile`);
  const kindLabels: Record<string, string> = { 'secretariat-department': 'Department or office of the Secretariat', 'fund-programme': 'Fund or programme', 'specialized-agency': 'Specialized agency', 'related-organization': 'Related organization' };
  await page.getByRole('group', { name: 'Kind of organization' }).getByRole('radio', { name: kindLabels[kindGroup.value!]!, exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.getByRole('group', { name: 'How ICT decision rights are arranged' }).getByRole('radio', { name: rightsLabels[rightsGroup.value!]!, exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.goto('/');
  await page.locator('#benchmark-file').setInputFiles(bad!);
  await expect(page.getByTestId('benchmark-panel').getByRole('alert')).toContainText(en['benchmark.problem.benchmark.tampered'] as string);
  await expect(page.getByTestId('benchmark-loaded')).toHaveCount(0);
  await page.locator('#benchmark-file').setInputFiles(file!);
  await expect(page.getByTestId('benchmark-loaded')).toContainText('benchmark.json');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByTestId('benchmark-loaded')).toContainText('benchmark.json');

  await page.goto(`/assessments/${id}/results`);
  const peers = page.getByTestId('peer-medians');
  await expect(peers).toBeVisible();
  await expect(peers.locator('thead')).toContainText(en['benchmark.group.all'] as string);
  const two = (n: number) => new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  await expect(peers.locator('tbody tr').first()).toContainText(two(benchmark.groups[0].overall.median as number));
  // Organizations like yours: the medians of its own kind and its own arrangement, named as the profile names them.
  await expect(peers.locator('thead')).toContainText(`Kind of organization: ${kindLabels[kindGroup.value!]}`);
  await expect(peers.locator('thead')).toContainText(`How ICT decision rights are arranged: ${rightsLabels[rightsGroup.value!]}`);
  await expect(peers.locator('thead th')).toHaveCount(5);
  await expect(peers.locator('tbody tr').first()).toContainText(two(kindGroup.overall.median));
  await expect(peers.locator('tbody tr').first()).toContainText(two(rightsGroup.overall.median));
  await expectNoAxeViolations(page);
  await toArabic(page);
  await expect(page.getByTestId('peer-medians')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expect(page.getByTestId('benchmark-panel')).toBeVisible();
  await expectNoAxeViolations(page);
});
