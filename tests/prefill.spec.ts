/**
 * Starting a full assessment from a quick check: the quick check's answers
 * pre-fill the full model's questions they stand for, marked "to confirm"
 * until answered or confirmed, and the marks live in IndexedDB (a reload
 * keeps them). Ids come from the model files, never written here: the
 * default model's ids change between editions.
 */
import { readFileSync } from 'node:fs';
import { MaturityModelSchema, type MaturityModel } from '../src/model/schema.ts';
import { ar as arCore } from '../src/i18n/ar.ts';
import { networkAr } from '../src/i18n/network/ar.ts';
// The core catalog and the network's part (Compare, compendium, benchmark, organization view), as the pages see them.
const ar = { ...arCore, ...networkAr };
import { expect, expectNoAxeViolations, questionBox, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const read = (file: string): MaturityModel => MaturityModelSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const quick = read('assessments/ict-governance-quick.json');
const full = read('assessments/ict-governance.json');
const firstQuickElement = quick.domains[0]!.elements[0]!;
const elementOf = (questionId: string) => full.domains.flatMap((d) => d.elements).find((e) => e.questions.some((q) => q.id === questionId))!;

/** Answers the quick check's first key element at level 2 and opens its results; gives the quick assessment's id. */
async function quickCheckAnswered(page: Page, submit: string, organization: string): Promise<string> {
  await page.goto('/');
  await page.locator('#new-model').selectOption(`${quick.id}@${quick.version}`);
  await page.locator('#new-name').fill(organization);
  await page.getByRole('button', { name: submit }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  for (const question of firstQuickElement.questions) {
    // The third option of the scale: level 2.
    await questionBox(page, question.id).getByRole('radio').nth(2).check();
    await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  }
  await page.goto(`/assessments/${id}/results`);
  return id;
}

test('a full assessment starts from a quick check, its pre-filled answers marked to confirm until confirmed or answered', async ({ page }) => {
  const quickId = await quickCheckAnswered(page, 'Start the assessment', 'Prefill Org');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the full assessment from this quick check' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/assessments/') && !url.pathname.includes(quickId));
  const fullId = new URL(page.url()).pathname.split('/')[2]!;
  await expect(page.locator('p.meta', { hasText: `ICT governance maturity model, version ${full.version}` })).toBeVisible();

  const prefilled = firstQuickElement.questions.flatMap((q) => q.prefills ?? []);
  expect(prefilled.length).toBeGreaterThanOrEqual(2);
  const [first, second] = prefilled as [string, string];
  await page.goto(`/assessments/${fullId}/${elementOf(first).id}`);
  for (const id of prefilled.filter((id) => elementOf(id).id === elementOf(first).id)) {
    await expect(questionBox(page, id).getByRole('radio').nth(2)).toBeChecked();
    await expect(questionBox(page, id).getByTestId('to-confirm')).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // Confirming keeps the level and removes the mark; it is a saved answer.
  await questionBox(page, first).getByRole('button', { name: 'Confirm this answer' }).click();
  await expect(questionBox(page, first).getByTestId('to-confirm')).toHaveCount(0);
  await expect(questionBox(page, first)).toHaveAttribute('data-save-state', 'saved');

  // Answering another level removes the mark too.
  await page.goto(`/assessments/${fullId}/${elementOf(second).id}`);
  await questionBox(page, second).getByRole('radio').nth(3).check();
  await expect(questionBox(page, second).getByTestId('to-confirm')).toHaveCount(0);
  await expect(questionBox(page, second)).toHaveAttribute('data-save-state', 'saved');

  // The marks are stored: after a reload, the confirmed and answered ones stay unmarked, the others stay marked.
  await page.reload();
  await expect(questionBox(page, second).getByRole('radio').nth(3)).toBeChecked();
  await expect(questionBox(page, second).getByTestId('to-confirm')).toHaveCount(0);
  await page.goto(`/assessments/${fullId}/${elementOf(first).id}`);
  await expect(questionBox(page, first).getByTestId('to-confirm')).toHaveCount(0);
  const others = prefilled.filter((id) => id !== first && id !== second && elementOf(id).id === elementOf(first).id);
  for (const id of others) await expect(questionBox(page, id).getByTestId('to-confirm')).toBeVisible();

  // Unanswered questions of the full model are not pre-filled.
  const notPrefilled = elementOf(first).questions.find((q) => !prefilled.includes(q.id));
  if (notPrefilled) await expect(questionBox(page, notPrefilled.id).getByRole('radio', { checked: true })).toHaveCount(0);
});

test('the home page\'s form offers to start the full assessment from the same organization\'s quick check, pre-filled and marked to confirm', async ({ page }) => {
  await quickCheckAnswered(page, 'Start the assessment', 'Home Prefill Org');
  await page.goto('/');
  await page.locator('#new-model').selectOption(`${full.id}@${full.version}`);
  const offer = page.getByRole('checkbox', { name: `Pre-fill it from the quick check of ${new Date().getFullYear()} (${firstQuickElement.questions.length} answered)` });
  // Offered for the organization that answered the quick check only.
  await page.locator('#new-name').fill('Another Org');
  await expect(offer).toHaveCount(0);
  await page.locator('#new-name').fill('Home Prefill Org');
  await expect(offer).not.toBeChecked();
  await expectNoAxeViolations(page);
  await offer.check();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
  const fullId = new URL(page.url()).pathname.split('/')[2]!;
  await expect(page.locator('p.meta', { hasText: `ICT governance maturity model, version ${full.version}` })).toBeVisible();
  const prefilled = firstQuickElement.questions.flatMap((q) => q.prefills ?? []);
  await page.goto(`/assessments/${fullId}/${elementOf(prefilled[0]!).id}`);
  for (const id of prefilled.filter((id) => elementOf(id).id === elementOf(prefilled[0]!).id)) {
    await expect(questionBox(page, id).getByRole('radio').nth(2)).toBeChecked();
    await expect(questionBox(page, id).getByTestId('to-confirm')).toBeVisible();
  }
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('the offer on the results and the mark in the questionnaire have no accessibility violations, right to left', async ({ page }) => {
    const quickId = await quickCheckAnswered(page, ar['form.submit'] as string, 'UNICEF');
    await expect(page.getByRole('button', { name: ar['prefill.start'] as string })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: ar['prefill.start'] as string }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/assessments/') && !url.pathname.includes(quickId));
    const fullId = new URL(page.url()).pathname.split('/')[2]!;
    const first = firstQuickElement.questions[0]!.prefills![0]!;
    await page.goto(`/assessments/${fullId}/${elementOf(first).id}`);
    await expect(questionBox(page, first).getByTestId('to-confirm')).toContainText(ar['question.toConfirm'] as string);
    await expectNoAxeViolations(page);
  });

  test('the offer on the home page\'s form has no accessibility violations, right to left', async ({ page }) => {
    await quickCheckAnswered(page, ar['form.submit'] as string, 'UNICEF');
    await page.goto('/');
    await page.locator('#new-model').selectOption(`${full.id}@${full.version}`);
    await page.locator('#new-name').fill('UNICEF');
    // The period is set apart by bidirectional isolation marks in the label: compare the words around it.
    await expect(page.locator('label[for="new-prefill"]')).toContainText((ar['form.prefillFrom'] as string).split('{period}')[0]!.trim());
    await expectNoAxeViolations(page);
  });
});
