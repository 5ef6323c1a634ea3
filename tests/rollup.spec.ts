import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '../src/exchange/csv-parse.ts';
import { expect, expectNoAxeViolations, questionBox, test } from './fixtures.ts';
import { sampleResults } from './result-corpus.ts';

// The four-level example model (0–3), so that question ids never depend on the default model's edition.
const FOUR_LEVELS = 'assessments/examples/four-level-model.json';
const ELEMENTS: Record<string, string[]> = {
  'assets.inventory': ['assets.inventory.hardware', 'assets.inventory.software'],
  'assets.lifecycle': ['assets.lifecycle.plan'],
  'risk.register': ['risk.register.exists', 'risk.register.treated'],
};

async function loadModel(page: Page) {
  await page.goto('/');
  await page.locator('#model-file').setInputFiles({ name: 'four-level-model.json', mimeType: 'application/json', buffer: readFileSync(FOUR_LEVELS) });
  await expect(page.getByRole('status').filter({ hasText: 'Loaded Four-level example model (0–3), version 1.0.0' })).toBeVisible();
}

/** One unit of the Ministry of Health, every question answered at `level`. Returns the assessment's id. */
async function assessUnit(page: Page, unit: string, level: number): Promise<string> {
  await page.goto('/');
  await page.locator('#new-model').selectOption({ label: 'Four-level example model (0–3) (version 1.0.0)' });
  await page.getByLabel('Organization').fill('Ministry of Health');
  await page.getByLabel('Unit (optional)').fill(unit);
  await page.getByLabel('Period', { exact: true }).fill('2026');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/assets\.inventory$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  for (const [element, questions] of Object.entries(ELEMENTS)) {
    await page.goto(`/assessments/${id}/${element}`);
    for (const question of questions) {
      await questionBox(page, question).getByRole('radio', { name: new RegExp(`^Level ${level} `) }).check();
      await expect(questionBox(page, question)).toHaveAttribute('data-save-state', 'saved');
    }
  }
  return id;
}

test.describe.configure({ timeout: 180_000 });

test('three units, two on this device and one imported from another, roll up into the organization view naming the weakest unit; print, CSV, axe', async ({ page, browser }) => {
  // A third device: its own browser context, its own storage. The South Office answers there and exports its result file.
  const other = await browser.newContext();
  const device = await other.newPage();
  await loadModel(device);
  const southId = await assessUnit(device, 'South Office', 1);
  await device.goto(`/assessments/${southId}/results`);
  const exporting = device.waitForEvent('download');
  await device.getByRole('button', { name: 'Export the result file' }).click();
  const southFile = readFileSync((await (await exporting).path())!);
  await other.close();

  // This device: headquarters at 3, the North Office at 2.
  await loadModel(page);
  await assessUnit(page, 'Headquarters', 3);
  const northId = await assessUnit(page, 'North Office', 2);

  // Two units of one organization: the home page links to its view.
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Organization view of Ministry of Health, 2026: all its units' }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organization view: Ministry of Health' })).toBeVisible();
  const matrix = page.getByTestId('organization-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(2);

  // The South Office's file, imported here through the same validated import as Compare.
  await page.locator('#import-files').setInputFiles({ name: 'south-office.json', mimeType: 'application/json', buffer: southFile });
  await expect(page.locator('.import-summary')).toContainText('1 accepted', { timeout: 60_000 });
  await expect(matrix.locator('tbody tr')).toHaveCount(3);
  await expect(matrix.locator('tbody tr', { hasText: 'South Office' })).toContainText('imported file');

  // Units at 3, 2 and 1: 100 % reach 1, 67 % reach 2 (Largely) with 1 Fully, 33 % reach 3 → the organization is at 2, held down by the South Office.
  const overall = 3; // unit, source, weight, then the overall column
  await expect(page.getByTestId('organization-level').locator('td').nth(0)).toHaveText('2');
  await expect(page.getByTestId('organization-holding-row').locator('td').nth(0)).toHaveText('South Office');
  await expect(page.getByTestId('organization-holding')).toContainText('Overall: the organization is at level 2; South Office holds it down (level 1).');
  await expect(matrix.locator('thead th').nth(overall)).toHaveText('Overall');
  await expectNoAxeViolations(page);

  // The North Office is not concerned by risk: saved with its assessment, and the risk domain rolls up without it (3 and 1 → 1).
  await page.getByRole('group', { name: 'Not applicable to North Office' }).getByLabel('Risk', { exact: true }).check();
  await expect(page.getByRole('group', { name: 'Not applicable to North Office' }).getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Not applicable to North Office' }).getByLabel('Risk', { exact: true })).toBeChecked();
  await expect(matrix.locator('tbody tr', { hasText: 'North Office' })).toContainText('not applicable');
  await expect(page.getByTestId('organization-holding')).toContainText('Risk: the organization is at level 1; South Office holds it down (level 1).');

  // CSV: the organization's overall row names the unit holding it down.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spreadsheet of the units (CSV)' }).click();
  const rows = parseCsv(readFileSync((await (await downloading).path())!, 'utf8').replace(/^\uFEFF/, ''));
  const header = rows[0]!;
  const at = (name: string) => header.indexOf(name);
  const organizationOverall = rows.find((r) => r[at('row')] === 'organization' && r[at('column_kind')] === 'overall')!;
  expect(organizationOverall[at('level')]).toBe('2');
  expect(organizationOverall[at('holding_unit')]).toBe('South Office');
  expect(organizationOverall[at('units_counted')]).toBe('3');
  const northRisk = rows.find((r) => r[at('unit')] === 'North Office' && r[at('column_id')] === 'risk')!;
  expect(northRisk[at('excluded')]).toBe('marked-not-applicable');
  expect(rows.filter((r) => r[at('row')] === 'unit' && r[at('column_kind')] === 'overall').map((r) => [r[at('unit')], r[at('level')]])).toEqual([
    ['Headquarters', '3'],
    ['North Office', '2'],
    ['South Office', '1'],
  ]);

  // Printed: the report without its controls.
  await page.emulateMedia({ media: 'print' });
  await expect(matrix).toBeVisible();
  await expect(page.getByTestId('organization-holding')).toBeVisible();
  await expect(page.locator('#import-files')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the organization report' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // In Arabic (right to left), still without violations.
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('عرض المنظمة');
  await expectNoAxeViolations(page);

  // The results of a unit link to the organization view.
  // The choice is kept as it is made: the next page opens in English even when left at once.
  await page.getByLabel('اللغة').selectOption('en');
  await page.goto(`/assessments/${northId}/results`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'See the whole organization (all units of Ministry of Health, 2026)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organization view: Ministry of Health' })).toBeVisible();
});

test('the Compare page drills down from an organization to its units', async ({ page }) => {
  // One organization in one period, its result given by three offices (sample files of the default model, whatever its edition).
  const files = sampleResults(1, 5, { units: 3 });
  await page.goto('/compare');
  await page.getByLabel('Name of a new set').fill('Offices');
  await page.getByRole('button', { name: 'Create the set' }).click();
  await page.locator('#import-files').setInputFiles(files);
  await expect(page.locator('.import-summary')).toContainText('3 accepted', { timeout: 60_000 });
  const links = page.getByRole('link', { name: /^Units of Health Organization, 2024/ });
  await expect(links).toHaveCount(3);
  await expectNoAxeViolations(page);
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organization view: Health Organization' })).toBeVisible();
  await expect(page.getByTestId('organization-matrix').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('organization-matrix').locator('tbody th')).toHaveText(['Office 1', 'Office 2', 'Office 3']);
  // The organization's level and the unit holding it down are given for every column.
  await expect(page.getByTestId('organization-holding-row').locator('td').first()).toHaveText(/^Office [123]$/);
});
