/**
 * Typing not yet saved survives the page going away. An action in the
 * results' action plan is saved after a pause in typing, and a profile text
 * or number when its field is left; a reload or a closed tab before that
 * used to lose it. Now the page writes it as it goes away (pagehide), in the
 * same task: a write that waited for a read would never be made.
 */
import { defaultModel, expect, questionBox, startAssessment, test } from './fixtures.ts';

const element = defaultModel.domains[0]!.elements[0]!;

test('an action typed and at once reloaded, or left for another page, is kept', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Typed Action Org' });
  await page.goto(`/assessments/${id}/${element.id}`);
  for (const question of element.questions) {
    await questionBox(page, question.id).locator('input[value="1"]').check();
    await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  }
  await page.goto(`/assessments/${id}/results`);
  const what = page.locator(`[id="action-${element.id}-what"]`);
  await what.click();
  await page.keyboard.type('Adopt an ICT strategy approved by the board');
  // No pause, no leaving the field: the page goes away while the text is still only typed.
  await expect(page.locator(`.priority[data-element-id="${element.id}"] .action .save-state`)).toHaveAttribute('data-state', 'unsaved');
  await page.reload();
  await expect(what).toHaveValue('Adopt an ICT strategy approved by the board');

  const owner = page.locator(`[id="action-${element.id}-owner"]`);
  await owner.click();
  await page.keyboard.type('CIO');
  await page.goto('/');
  await page.goto(`/assessments/${id}/results`);
  await expect(owner).toHaveValue('CIO');
  await expect(what).toHaveValue('Adopt an ICT strategy approved by the board');
});

test('a profile text, number and amount typed and at once reloaded are kept', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Typed Profile Org' });
  await page.goto(`/assessments/${id}/profile`);
  const title = page.getByRole('textbox', { name: 'Title of the head of ICT' });
  await title.click();
  await page.keyboard.type('Chief Information Technology Officer');
  const spending = page.getByRole('group', { name: 'ICT spending last year' });
  await spending.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
  await spending.getByRole('spinbutton', { name: 'Amount' }).click();
  await page.keyboard.type('41500000');
  const staff = page.getByRole('spinbutton', { name: 'Staff (headcount)', exact: true });
  await staff.click();
  await page.keyboard.type('7200');
  // The number's field is not left: only the text's and the amount's changes were given.
  await page.reload();
  await expect(title).toHaveValue('Chief Information Technology Officer');
  await expect(staff).toHaveValue('7200');
  await expect(spending.getByRole('spinbutton', { name: 'Amount' })).toHaveValue('41500000');
  await expect(spending.getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');

  // An amount typed in a field not left, then reloaded at once.
  const amount = spending.getByRole('spinbutton', { name: 'Amount' });
  await amount.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('52000000');
  await page.reload();
  await expect(amount).toHaveValue('52000000');
  await expect(spending.getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
});
