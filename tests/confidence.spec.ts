/**
 * Confidence beside the level, from the evidence register to the
 * coordinator: an organization records verified evidence on some answers,
 * sees each level's confidence on its results (a level 4 with nothing
 * verified flagged), approves and exports a v3 file; a coordinator (another
 * browser context, so another IndexedDB) imports it and sees it approved,
 * by whom, with its confidence.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { defaultModel, expect, expectNoAxeViolations, questionBox, startAssessment, test } from './fixtures.ts';
import { writeFiles } from './result-corpus.ts';

test.describe.configure({ timeout: 180_000 });

async function answer(page: Page, id: string, elementId: string, questionIds: string[]) {
  await page.goto(`/assessments/${id}/${elementId}`);
  for (const questionId of questionIds) {
    await questionBox(page, questionId).getByRole('radio', { name: /^Level 4 / }).check();
    await expect(questionBox(page, questionId)).toHaveAttribute('data-save-state', 'saved');
  }
}

async function switchLanguage(page: Page, name: string) {
  const switcher = page.locator('#language-switcher');
  await switcher.focus();
  await switcher.selectOption({ label: name });
}

test('verified evidence gives confidence on the results, in the exported file and on the coordinator’s Compare page, approved', async ({ page, browser, baseURL }) => {
  const id = await startAssessment(page, { name: 'Confidence Organization', unit: 'Field office' });
  // One element of one question and one of two, every answer at level 4; only one answer gets verified evidence.
  await answer(page, id, 'strategy.stakeholder-engagement', ['strategy.stakeholder-engagement.demand']);
  await answer(page, id, 'coordination.architecture', ['coordination.architecture.capability-map', 'coordination.architecture.investment-review']);
  await page.goto(`/assessments/${id}/evidence/coordination.architecture.capability-map`);
  await page.getByRole('button', { name: 'Add a reference' }).click();
  await page.getByLabel('Title').fill('Capability map 2026');
  await page.getByLabel('Link or document reference').fill('DMS/EA/2026/01');
  await page.getByLabel('Custodian').fill('Architecture office');
  await page.getByLabel('Verified').check();
  await expect(page.locator('.save-state[data-state="saved"]')).toHaveText('Evidence saved');

  await page.goto(`/assessments/${id}/results`);
  const confidence = (elementId: string) => page.locator(`tr[data-element-id="${elementId}"] [data-cell="confidence"]`);
  await expect(confidence('coordination.architecture')).toHaveText('50% (1 of 2)');
  await expect(confidence('strategy.stakeholder-engagement')).toHaveText('0% (0 of 1) Low confidence');
  await expect(page.locator('tr[data-element-id="strategy.stakeholder-engagement"] [data-cell="level"]')).toContainText('4');
  await expect(confidence(defaultModel.domains[0]!.elements[0]!.id)).toHaveText('nothing to back');
  await expect(page.locator('tr[data-domain-id="coordination"] [data-cell="confidence"]')).toHaveText('50% (1 of 2)');
  await expect(page.getByTestId('low-confidence')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // Approved, then exported: the file is v3 with the review and the verified evidence.
  await page.getByLabel('Your name').fill('Ana Lima');
  await page.getByLabel('Your role').fill('CIO');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('Status: in review');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('Status: approved');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the result file' }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file.formatVersion).toBe(3);
  expect(file.assessment.review.state).toBe('approved');
  expect(file.assessment.review.history.at(-1)).toMatchObject({ state: 'approved', by: 'Ana Lima', role: 'CIO' });
  expect(file.answers.find((a: { questionId: string }) => a.questionId === 'coordination.architecture.capability-map').evidence).toEqual([
    { title: 'Capability map 2026', reference: 'DMS/EA/2026/01', custodian: 'Architecture office', verified: true },
  ]);

  // The results page in Arabic, the flag and all.
  await switchLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('low-confidence')).toHaveText('ثقة منخفضة');
  await expectNoAxeViolations(page);

  // The coordinator, on another device.
  const coordinator = await (await browser.newContext({ baseURL, locale: 'en-US' })).newPage();
  await coordinator.goto('/compare');
  await coordinator.getByLabel('Name of a new set').fill('Network');
  await coordinator.getByRole('button', { name: 'Create the set' }).click();
  await expect(coordinator.locator('#set-choice')).toHaveValue(/.+/);
  await coordinator.locator('#import-files').setInputFiles(writeFiles([{ name: 'field-office.json', text }]));
  await expect(coordinator.locator('.import-summary')).toContainText('1 accepted', { timeout: 60_000 });
  const matrixRow = coordinator.getByTestId('compare-matrix').locator('tbody tr', { hasText: 'Confidence Organization' });
  await expect(matrixRow.locator('[data-cell="status"]')).toHaveText('Approved by Ana Lima');
  // Three claims at level 2 or above, one verified.
  await expect(matrixRow.locator('[data-cell="confidence"]')).toHaveText('33%');
  await expectNoAxeViolations(coordinator);

  // In the element matrix of strategy, the level 4 with nothing verified is marked, in words for a screen reader.
  await expect(coordinator.getByTestId('compare-low-confidence')).toHaveCount(0);
  await coordinator.locator('#compare-scope').selectOption('elements:strategy');
  await expect(coordinator.getByTestId('compare-low-confidence')).toHaveCount(1);
  await expect(coordinator.getByTestId('compare-low-confidence')).toHaveText('Low confidence');
  await coordinator.locator('#compare-scope').selectOption('domains');
  await switchLanguage(coordinator, 'العربية');
  await expect(coordinator.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(matrixRow.locator('[data-cell="status"]')).toHaveText(/^معتمد من قِبل \u2068?Ana Lima\u2069?$/);
  await expectNoAxeViolations(coordinator);
});
