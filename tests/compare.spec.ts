import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/exchange/csv-parse.ts';
import { defaultModel, expect, expectNoAxeViolations, expectSetAnonymisedStored, questionBox, startAssessment, test } from './fixtures.ts';
import { MARKUP, badCorpus, markupResult, sampleResults, writeFiles } from './result-corpus.ts';

// These tests write and import dozens of megabytes of result files: more time than a click-through test.
test.describe.configure({ timeout: 240_000 });

test('a coordinator imports their own export, 20 samples and a bad corpus, sees why each bad file is refused, and compares the rest', async ({ page }) => {
  // Their own result, exported from the app.
  const id = await startAssessment(page, { name: 'Coordinating Office', period: '2026' });
  const first = defaultModel.domains[0]!.elements[0]!;
  for (const question of first.questions) {
    await questionBox(page, question.id).getByRole('radio', { name: /^Level 3 / }).check();
    await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  }
  await page.goto(`/assessments/${id}/results`);
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the result file' }).click();
  const own = (await (await exporting).path())!;
  const ownFile = writeFiles([{ name: 'coordinating-office.json', text: readFileSync(own, 'utf8') }]);

  const samples = sampleResults(20);
  const corpus = await badCorpus(samples[0]!);
  const bad = writeFiles(corpus);
  const markup = writeFiles([{ name: 'markup.json', text: await markupResult(samples[1]!) }]);

  await page.goto('/compare');
  await page.getByLabel('Name of a new set').fill('Network 2026');
  await page.getByRole('button', { name: 'Create the set' }).click();
  await expect(page.locator('#set-choice')).toHaveValue(/.+/);

  // The bad corpus alone: every file refused with its reason, nothing kept, the page still usable.
  const summary = page.locator('.import-summary');
  await page.locator('#import-files').setInputFiles(bad);
  // Imports of many files take seconds on a slow machine: their end is waited for longer than a click's effect.
  const IMPORT_TIMEOUT = { timeout: 90_000 };
  await expect(summary).toContainText(`0 accepted, 0 updated, 0 already there, ${corpus.length} rejected, of ${corpus.length} files.`, IMPORT_TIMEOUT);
  const outcome = (file: string) => page.locator('.import-outcomes tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${file.replace('.', '\\.')}$`) }) });
  for (const { name, reason } of corpus) {
    await expect(outcome(name)).toHaveAttribute('data-status', 'rejected');
    await expect(outcome(name).locator('td').last()).toContainText(reason);
  }
  await expect(page.getByText('No result is in this set yet.')).toBeVisible();
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

  // Then everything together.
  await page.locator('#import-files').setInputFiles([...ownFile, ...samples, ...markup, ...bad]);
  await expect(summary).toContainText(`22 accepted, 0 updated, 0 already there, ${corpus.length} rejected, of ${22 + corpus.length} files.`, IMPORT_TIMEOUT);
  await expect(outcome('markup.json')).toHaveAttribute('data-status', 'accepted');

  const matrix = page.getByTestId('compare-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(22);
  await expect(matrix.locator('tbody th', { hasText: 'Coordinating Office' })).toBeVisible();
  // Text from a file is text: shown as typed, never run or rendered.
  await expect(matrix.locator('tbody th', { hasText: '<script>' }).first()).toHaveText(`${MARKUP} — ${MARKUP}`);
  expect(await page.locator('.comparison b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expectNoAxeViolations(page);

  // Sorting by the overall score, one way then the other; rows without a score stay last.
  await matrix.getByRole('button', { name: 'Sort by Overall' }).click();
  const overall = () => matrix.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td.heat')[0]!.getAttribute('data-score')).filter((s) => s !== '').map(Number));
  const ascending = await overall();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await matrix.getByRole('button', { name: 'Sort by Overall' }).click();
  expect(await overall()).toEqual([...ascending].sort((a, b) => b - a));

  // Filter by period.
  await page.locator('#filter-period').selectOption('2024');
  const in2024 = await matrix.locator('tbody tr').count();
  expect(in2024).toBeGreaterThan(0);
  expect(in2024).toBeLessThan(22);
  await page.locator('#filter-period').selectOption('');

  // Anonymised: codes instead of names, and no name anywhere in the comparison.
  const names = (await matrix.locator('tbody th').allTextContents()).filter((n) => !n.includes('<'));
  await page.getByLabel(/Anonymise/).check();
  const codes = await matrix.locator('tbody th').allTextContents();
  expect(codes.every((c) => /^ORG-[0-9A-F]{6,}$/.test(c))).toBe(true);
  for (const name of new Set(names)) await expect(page.locator('.comparison')).not.toContainText(name);
  await expectNoAxeViolations(page);

  // The spreadsheet of the scores has a row per result, anonymised as shown.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spreadsheet of the scores (CSV)' }).click();
  const rows = parseCsv(readFileSync((await (await downloading).path())!, 'utf8'));
  expect(rows[0]!.slice(0, 4)).toEqual(['organization', 'period', 'model_id', 'model_version']);
  expect(rows[0]).toContain('overall_score');
  const body = rows.slice(1).filter((r) => r.length > 1);
  expect(body).toHaveLength(22);
  expect(body.every((r) => /^ORG-/.test(r[0]!))).toBe(true);

  // Kept after a reload; importing the same files again finds them there already.
  await page.reload();
  await expect(page.getByTestId('compare-matrix').locator('tbody tr')).toHaveCount(22);
  await page.locator('#import-files').setInputFiles(samples.slice(0, 3));
  await expect(summary).toContainText('0 accepted, 0 updated, 3 already there, 0 rejected, of 3 files', IMPORT_TIMEOUT);
});

test('a long import shows its progress and can be cancelled, keeping nothing from it', async ({ page }) => {
  const [sample] = sampleResults(1, 11);
  const text = readFileSync(sample!, 'utf8');
  const copies = writeFiles(Array.from({ length: 150 }, (_, i) => ({ name: `copy-${String(i).padStart(2, '0')}.json`, text })));
  await page.goto('/compare');
  await page.getByLabel('Name of a new set').fill('Cancelled');
  await page.getByRole('button', { name: 'Create the set' }).click();
  await page.locator('#import-files').setInputFiles(copies);
  await expect(page.getByText(/^Checked \d+ of 150 files$/)).toBeVisible();
  await expect(page.locator('#import-progress')).toHaveAttribute('max', '150');
  await page.getByRole('button', { name: 'Cancel the import' }).click();
  await expect(page.locator('.import-summary')).toContainText('The import was cancelled; nothing from it was kept.');
  await expect(page.getByText('No result is in this set yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No result is in this set yet.')).toBeVisible();
  // The page is still usable: the next import runs.
  await page.locator('#import-files').setInputFiles(copies.slice(0, 2));
  await expect(page.locator('.import-summary')).toContainText('1 accepted, 0 updated, 1 already there, 0 rejected, of 2 files.', { timeout: 90_000 });
});

test('comparison sets are named, renamed, pruned and deleted, and stay apart', async ({ page }) => {
  const files = sampleResults(4, 3);
  await page.goto('/compare');
  for (const name of ['Africa 2026', 'Europe 2026']) {
    await page.getByLabel('Name of a new set').fill(name);
    await page.getByRole('button', { name: 'Create the set' }).click();
    await expect(page.locator('#set-choice option:checked')).toHaveText(name);
  }
  await page.locator('#import-files').setInputFiles(files);
  const matrix = page.getByTestId('compare-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(4, { timeout: 90_000 });

  // Remove one result from the set.
  const first = await matrix.locator('tbody tr').first().locator('th').innerText();
  const period = await matrix.locator('tbody tr').first().locator('td').first().innerText();
  await matrix.getByRole('button', { name: `Remove the result of ${first}, ${period}, from this set` }).click();
  await expect(matrix.locator('tbody tr')).toHaveCount(3);

  // Rename it; the other set is untouched.
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name of Europe 2026').fill('Europe and Central Asia 2026');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.locator('#set-choice option:checked')).toHaveText('Europe and Central Asia 2026');
  await page.locator('#set-choice').selectOption({ label: 'Africa 2026' });
  await expect(page.getByText('No result is in this set yet.')).toBeVisible();

  // Kept across a reload; deleting a set takes its results with it.
  await page.reload();
  await page.locator('#set-choice').selectOption({ label: 'Europe and Central Asia 2026' });
  await expect(page.getByTestId('compare-matrix').locator('tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete the set' }).click();
  await expect(page.getByRole('dialog')).toContainText('the 3 results imported into it');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete the set' }).click();
  await expect(page.locator('#set-choice option')).toHaveText(['Africa 2026']);
  await expectNoAxeViolations(page);
});

test('an anonymised view the device cannot store says so, and a reload shows the set as it was stored', async ({ page }) => {
  // The disk "fills" at IndexedDB's boundary (as in offline.spec.ts): while the flag is set, every put fails.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('/compare');
  await page.locator('#set-new').fill('Full disk set');
  await page.locator('#set-new ~ button[type="submit"]').click();
  await expect(page.locator('#set-choice')).toHaveValue(/.+/);
  await page.locator('#import-files').setInputFiles(sampleResults(3));
  await expect(page.getByTestId('compare-matrix').locator('tbody tr')).toHaveCount(3, { timeout: 60_000 });

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  const anonymise = page.locator('#compare-anonymise');
  await anonymise.check();
  const problem = page.locator('#compare-anonymise-problem');
  await expect(problem).toHaveAttribute('role', 'alert');
  await expect(problem).toContainText('could not be stored on this device');
  await expect(problem).toContainText('run out of storage space');
  await expect(anonymise).toHaveAttribute('aria-describedby', 'compare-anonymise-problem');
  // Shown anonymised all the same, on this page.
  await expect(page.getByTestId('comparison-header').locator('[data-anonymised]')).toHaveAttribute('data-anonymised', 'true');
  await expectNoAxeViolations(page);

  // Nothing was stored, and a reload shows the set as stored: named, and the page says so.
  await expectSetAnonymisedStored(page, 'Full disk set', null);
  await page.reload();
  await expect(anonymise).not.toBeChecked();
  await expect(page.getByTestId('comparison-header').locator('[data-anonymised]')).toHaveAttribute('data-anonymised', 'false');

  // Room again (the page reloaded with a disk that has room): the choice is stored, with no problem said.
  await anonymise.check();
  await expect(problem).toHaveCount(0);
  await expectSetAnonymisedStored(page, 'Full disk set', true);
  await page.reload();
  await expect(page.locator('#compare-anonymise')).toBeChecked();
});
