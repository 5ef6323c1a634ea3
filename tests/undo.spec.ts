import { expect, test } from './fixtures.ts';
import { sampleResults } from './result-corpus.ts';

test('removing an imported result says what it removed and can be undone, and the undo is kept', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/compare');
  await page.getByLabel('Name of a new set').fill('Network 2026');
  await page.getByRole('button', { name: 'Create the set' }).click();
  await page.locator('#import-files').setInputFiles(sampleResults(4, 3));
  const matrix = page.getByTestId('compare-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(4, { timeout: 90_000 });

  const name = (await matrix.locator('tbody tr').first().locator('th').innerText()).trim();
  const period = (await matrix.locator('tbody tr').first().locator('td').first().innerText()).trim();
  await matrix.getByRole('button', { name: `Remove the result of ${name}, ${period}, from this set` }).click();
  await expect(matrix.locator('tbody tr')).toHaveCount(3);
  const notice = page.getByRole('status').filter({ hasText: 'was removed from this set' });
  await expect(notice).toContainText(`The result of ${name}, ${period}, was removed from this set.`);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(matrix.locator('tbody tr')).toHaveCount(4);
  await expect(page.getByText('was removed from this set')).toHaveCount(0);
  await page.reload();
  await expect(matrix.locator('tbody tr')).toHaveCount(4);
  await expect(matrix.locator('tbody th', { hasText: name }).first()).toBeVisible();

  // Removed again and left: it stays removed.
  await matrix.getByRole('button', { name: `Remove the result of ${name}, ${period}, from this set` }).click();
  await expect(matrix.locator('tbody tr')).toHaveCount(3);
  await page.reload();
  await expect(matrix.locator('tbody tr')).toHaveCount(3);
});
