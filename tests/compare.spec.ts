import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../src/exchange/csv.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

/** Twelve valid result files of the default model (four organizations over three periods), and a few bad ones. */
function resultFiles(): { folder: string; good: string[]; bad: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'results-'));
  execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/sample-results.ts', '--count', '12', '--out', folder, '--seed', '7'], { stdio: 'pipe' });
  const good = readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => join(folder, f));
  const first = JSON.parse(readFileSync(good[0]!, 'utf8'));
  const tampered = { ...first, organization: { ...first.organization, name: 'Someone else' } };
  const markup = { ...first, organization: { ...first.organization, name: '<img src=x onerror="window.pwned=1">' } };
  const bad = {
    'truncated.json': readFileSync(good[1]!, 'utf8').slice(0, 2000),
    'tampered.json': JSON.stringify(tampered),
    'markup.json': JSON.stringify(markup),
    'not-a-result.json': JSON.stringify({ hello: 'world' }),
  };
  const badPaths = Object.entries(bad).map(([name, text]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'bad-')), name);
    writeFileSync(path, text);
    return path;
  });
  return { folder, good, bad: badPaths };
}

test('a coordinator imports many files, sees why bad ones are refused, and compares the rest', async ({ page }) => {
  const { good, bad } = resultFiles();
  await page.goto('/compare');
  await page.getByLabel('Name of a new set').fill('Network 2026');
  await page.getByRole('button', { name: 'Create the set' }).click();
  await expect(page.locator('#set-choice')).toHaveValue(/.+/);

  await page.locator('#import-files').setInputFiles([...good, ...bad]);
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('Import finished: 12 accepted, 0 updated, 0 already there, 4 rejected, of 16 files.');
  const outcome = (file: string) => page.locator('.import-outcomes tr', { hasText: file });
  await expect(outcome('truncated.json')).toHaveAttribute('data-status', 'rejected');
  await expect(outcome('truncated.json')).toContainText('not valid JSON');
  await expect(outcome('tampered.json')).toContainText('integrity');
  await expect(outcome('not-a-result.json')).toContainText('$.format');
  // Text from a file is shown as text, never as markup.
  await expect(outcome('markup.json')).toHaveAttribute('data-status', 'rejected');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  const matrix = page.getByTestId('compare-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(12);
  await expectNoAxeViolations(page);

  // Sorting by the overall score puts the highest last, then first.
  await matrix.getByRole('button', { name: 'Sort by Overall' }).click();
  const overall = async () => (await matrix.locator('tbody tr td.heat:nth-of-type(2)').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-score')))));
  const ascending = await overall();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await matrix.getByRole('button', { name: 'Sort by Overall' }).click();
  const descending = await overall();
  expect(descending).toEqual([...ascending].sort((a, b) => b - a));

  // Filter by period.
  await page.locator('#filter-period').selectOption('2026');
  await expect(matrix.locator('tbody tr')).toHaveCount(4);
  await page.locator('#filter-period').selectOption('');

  // Anonymised: codes instead of names, nowhere a name.
  const names = await matrix.locator('tbody th').allTextContents();
  await page.getByLabel(/Anonymise/).check();
  const codes = await matrix.locator('tbody th').allTextContents();
  expect(codes.every((c) => /^ORG-[0-9A-F]{6,}$/.test(c))).toBe(true);
  for (const name of new Set(names)) await expect(page.locator('.comparison')).not.toContainText(name);

  // The spreadsheet of the scores has a row per result.
  await page.getByLabel(/Anonymise/).uncheck();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spreadsheet of the scores (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const rows = parseCsv(csv);
  expect(rows[0]!.slice(0, 4)).toEqual(['organization', 'period', 'model_id', 'model_version']);
  expect(rows[0]).toContain('overall_score');
  expect(rows.slice(1).filter((r) => r.length > 1)).toHaveLength(12);

  // Kept after a reload; a second import of the same files finds them there already.
  await page.reload();
  await expect(page.getByTestId('compare-matrix').locator('tbody tr')).toHaveCount(12);
  await page.locator('#import-files').setInputFiles(good.slice(0, 3));
  await expect(summary).toContainText('0 accepted, 0 updated, 3 already there, 0 rejected, of 3 files');
});
