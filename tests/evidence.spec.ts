/**
 * The evidence register never loses what was typed: "Evidence saved" is said
 * only when the newest save has ended (not by an earlier one ending while a
 * later runs), and a reference typed and never left (no change event) is
 * written after a pause or when the page goes away.
 */
import { expect, questionBox, startAssessment, test } from './fixtures.ts';
import { defaultModel } from './fixtures.ts';

const question = defaultModel.domains[0]!.elements[0]!.questions[0]!;

test('"Evidence saved" means every field as typed is stored, and a reload right after finds it', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Evidence Org' });
  await questionBox(page, question.id).getByRole('radio').nth(3).check();
  await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  await page.goto(`/assessments/${id}/evidence/${question.id}`);
  await page.getByRole('button', { name: 'Add a reference' }).click();
  // Each field left at once for the next: each change starts a save while the one before may still run.
  await page.getByLabel('Title').fill('Service catalogue v4');
  await page.getByLabel('Title').press('Tab');
  await page.getByLabel('Link or document reference').fill('DMS-2026-114');
  await page.getByLabel('Link or document reference').press('Tab');
  await page.getByLabel('Custodian').fill('Service desk');
  await page.getByLabel('Custodian').press('Tab');
  await expect(page.locator('.save-state')).toHaveText('Evidence saved');
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Service catalogue v4');
  await expect(page.getByLabel('Link or document reference')).toHaveValue('DMS-2026-114');
  await expect(page.getByLabel('Custodian')).toHaveValue('Service desk');
});

test('a reference typed and never left is kept through a reload', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Evidence Org' });
  await page.goto(`/assessments/${id}/evidence/${question.id}`);
  await page.getByRole('button', { name: 'Add a reference' }).click();
  await page.getByLabel('Title').fill('Board minutes 2026-03');
  await page.getByLabel('Title').press('Tab');
  // Typed, the field still focused: no change event ever fires before the reload.
  await page.getByLabel('Link or document reference').pressSequentially('REG/2026/77');
  await expect(page.getByLabel('Link or document reference')).toBeFocused();
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Board minutes 2026-03');
  await expect(page.getByLabel('Link or document reference')).toHaveValue('REG/2026/77');
});
