import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '../src/exchange/csv-parse.ts';
import { ar } from '../src/i18n/ar.ts';
import { en } from '../src/i18n/en.ts';
import { expect, expectNoAxeViolations, startAssessment, test } from './fixtures.ts';
import { sampleResults, writeFiles } from './result-corpus.ts';

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

test('a coordinator opens the compendium of 24 results, prints it, downloads its CSV and exports a benchmark that a CIO loads and sees on results', async ({ page }) => {
  test.setTimeout(180_000);
  const samples = sampleResults(24, 11, { embed: true });
  expect(samples.length).toBeGreaterThanOrEqual(20);

  await page.goto('/compare');
  await page.getByLabel('Name of a new set').fill('Network 2026');
  await page.getByRole('button', { name: 'Create the set' }).click();
  await expect(page.locator('#set-choice')).toHaveValue(/.+/);
  await page.locator('#import-files').setInputFiles(samples);
  await expect(page.locator('.heat-map tbody tr')).toHaveCount(24, { timeout: 60_000 });

  // The compendium view: profiles side by side in a box that scrolls, archetypes, maturity by arrangement.
  await page.getByRole('button', { name: en['compare.mode.compendium'] as string }).click();
  const compendium = page.getByTestId('compendium');
  await expect(compendium).toBeVisible();
  const box = page.locator('.compendium-box');
  await expect(box).toHaveAttribute('tabindex', '0');
  expect(await box.evaluate((el) => getComputedStyle(el).overflowX + getComputedStyle(el).overflowY)).toMatch(/auto|scroll/);
  // Old files' country and type are read as profile items.
  await expect(page.getByTestId('compendium-table')).toContainText('organization-kind');
  await expect(page.getByTestId('compendium-archetypes').locator('tbody tr').first()).toBeVisible();
  await page.getByLabel(en['compendium.maturityBy'] as string).selectOption('organization-kind');
  const maturity = page.getByTestId('compendium-maturity');
  await expect(maturity.locator('tbody tr').first()).toBeVisible();
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
  expect(organizations.size).toBe(8);
  // No median of fewer than three organizations.
  for (const row of csv.filter((r) => r[0] === 'maturity' && r[8] !== '')) expect(Number(row[6])).toBeGreaterThanOrEqual(3);

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

  // A CIO's own assessment (first questions answered by position, not by id).
  const id = await startAssessment(page, { name: 'Our Organization' });
  const question = page.locator('fieldset.question').first();
  await question.getByRole('radio').nth(3).check();
  await expect(question).toHaveAttribute('data-save-state', 'saved');

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
  const median = benchmark.groups[0].overall.median as number;
  await expect(peers.locator('tbody tr').first()).toContainText(new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(median));
  await expectNoAxeViolations(page);
  await toArabic(page);
  await expect(page.getByTestId('peer-medians')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expect(page.getByTestId('benchmark-panel')).toBeVisible();
  await expectNoAxeViolations(page);
});
