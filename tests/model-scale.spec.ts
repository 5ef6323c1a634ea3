import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const FOUR_LEVELS = 'assessments/examples/four-level-model.json';

test('the model browser shows a model on its own scale, how it rates, and the recommendations of a question', async ({ page }) => {
  await page.goto('/');
  await page.locator('#model-file').setInputFiles({ name: 'four-level-model.json', mimeType: 'application/json', buffer: readFileSync(FOUR_LEVELS) });
  await expect(page.getByRole('status').filter({ hasText: 'Loaded Four-level example model (0–3), version 1.0.0' })).toBeVisible();
  await page
    .locator('li[data-model="four-level-example@1.0.0"]')
    .getByRole('link', { name: 'Read the model: Four-level example model (0–3), version 1.0.0' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Four-level example model (0–3)' })).toBeVisible();

  // The scale is the model's: four levels, 0 to 3, and each question has a descriptor for those four only.
  await expect(page.getByText('This model has its own scale, from level 0 to level 3.')).toBeVisible();
  const hardware = page.locator('#question-assets\\.inventory\\.hardware');
  await expect(hardware.locator('.levels-table tbody tr')).toHaveCount(4);
  await expect(hardware.locator('.levels-table tbody th').last()).toContainText('Managed');

  // How it rates, in words: the rule per level of aggregation and the bands.
  const rating = page.getByRole('region', { name: 'How this model rates' });
  await expect(rating.getByRole('listitem')).toHaveText([
    'A key element, from its questions: the N/P/L/F rule of ISO/IEC 33020.',
    'A domain, from its key elements: every one must reach the level (COBIT 2019’s rule for a focus area).',
    'The organization, from all its key elements: the N/P/L/F rule of ISO/IEC 33020.',
  ]);
  await expect(rating).toContainText('Largely achieved (up to 85 %)');
  await expect(rating).toContainText('the level reached is the lowest among them');

  // A question's own recommendations sit under it; a question without any has none.
  await expect(hardware.getByRole('heading', { name: 'Recommendations for this question' })).toBeVisible();
  await expect(hardware.locator('.question-recommendations')).toContainText('From level 0 to level 1');
  await expect(hardware.locator('.question-recommendations')).toContainText('List the devices in use, starting with servers.');
  await expect(page.locator('#question-assets\\.inventory\\.software .question-recommendations')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // In another language, the rules are worded in it.
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 2, name: 'Comment ce modèle note' })).toBeVisible();
  await expect(hardware.locator('.question-recommendations')).toContainText('Lister les appareils utilisés');
});
