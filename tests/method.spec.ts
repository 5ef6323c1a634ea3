import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, questionBox, startAssessment, test } from './fixtures.ts';

const FOUR_LEVELS = 'assessments/examples/four-level-model.json';

test('a model on its own scale of four levels (0–3) is loaded, answered and rated end to end', async ({ page }) => {
  await page.goto('/');
  await page.locator('#model-file').setInputFiles({ name: 'four-level-model.json', mimeType: 'application/json', buffer: readFileSync(FOUR_LEVELS) });
  await expect(page.getByRole('status').filter({ hasText: 'Loaded Four-level example model (0–3), version 1.0.0' })).toBeVisible();

  await page.locator('#new-model').selectOption({ label: 'Four-level example model (0–3) (version 1.0.0)' });
  await page.getByLabel('Organization').fill('Country Office Amman');
  await page.getByLabel('Period', { exact: true }).fill('2026');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/assets\.inventory$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;

  // The questionnaire offers the model's four levels, and no fifth.
  const hardware = questionBox(page, 'assets.inventory.hardware');
  await expect(hardware.getByRole('radio')).toHaveCount(4);
  await expect(hardware.getByRole('radio', { name: /^Level 3 — Managed/ })).toBeVisible();
  await hardware.getByRole('radio', { name: /^Level 3 / }).check();
  await expect(hardware).toHaveAttribute('data-save-state', 'saved');
  await questionBox(page, 'assets.inventory.software').getByRole('radio', { name: /^Level 1 / }).check();
  await expect(questionBox(page, 'assets.inventory.software')).toHaveAttribute('data-save-state', 'saved');

  // "Not applicable" counts only once a reason is given.
  await page.goto(`/assessments/${id}/assets.lifecycle`);
  const plan = questionBox(page, 'assets.lifecycle.plan');
  await plan.getByRole('radio', { name: 'Not applicable' }).check();
  await expect(plan.getByTestId('reason-needed')).toBeVisible();
  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator('[data-element-id="assets.lifecycle"] [data-cell="level"]')).toHaveText('not rated yet');
  await page.goto(`/assessments/${id}/assets.lifecycle`);
  await questionBox(page, 'assets.lifecycle.plan').getByLabel('Why it does not apply (required)').fill('Devices are leased and replaced by the lessor.');
  await questionBox(page, 'assets.lifecycle.plan').getByLabel('Why it does not apply (required)').blur();
  await expect(questionBox(page, 'assets.lifecycle.plan').getByTestId('reason-needed')).toHaveCount(0);
  await expect(questionBox(page, 'assets.lifecycle.plan')).toHaveAttribute('data-save-state', 'saved');

  await page.goto(`/assessments/${id}/risk.register`);
  await questionBox(page, 'risk.register.exists').getByRole('radio', { name: /^Level 2 / }).check();
  await questionBox(page, 'risk.register.treated').getByRole('radio', { name: /^Level 2 / }).check();
  await expect(questionBox(page, 'risk.register.treated')).toHaveAttribute('data-save-state', 'saved');

  await page.goto(`/assessments/${id}/results`);
  // Inventory 3 and 1: the weakest link, 1. Lifecycle: not applicable. Risk register: 2.
  await expect(page.locator('[data-element-id="assets.inventory"] [data-cell="level"]')).toHaveText('1 — Initiated');
  await expect(page.locator('[data-element-id="assets.lifecycle"] [data-cell="level"]')).toHaveText('Not applicable');
  await expect(page.locator('[data-element-id="risk.register"] [data-cell="level"]')).toHaveText('2 — Performed');
  // Assets rates by "all" (its lifecycle left out), the organization by N/P/L/F over the two elements that apply:
  // 100 % reach 1, 50 % reach 2 (not Largely) → 1.
  await expect(page.locator('[data-domain-id="assets"] [data-cell="level"]')).toHaveText('1 — Initiated');
  const overall = page.getByTestId('overall');
  await expect(overall.locator('[data-cell="level"]')).toHaveText('1 — Initiated');
  await expect(overall).toContainText('Index (0–3)');
  await expect(overall.locator('[data-cell="score"]')).toHaveText('2.0');
  await expect(overall.locator('[data-cell="weakest"]')).toContainText('Assets');
  const profile = page.getByTestId('profile');
  await expect(profile.locator('tr[data-level]')).toHaveCount(5); // levels 3, 2, 1, 0, and "not applicable"
  await expect(profile.locator('tr[data-level="1"] .profile-count')).toHaveText('1');
  await expect(profile.locator('tr[data-level="2"] .profile-count')).toHaveText('1');

  // The priority names the question that holds inventory down, with its own recommendation.
  const inventory = page.locator('.priority[data-element-id="assets.inventory"]');
  await expect(inventory.getByTestId('holding')).toContainText('Is software inventoried?');
  await expect(inventory).toContainText('level 1, target 2, gap 1');

  // How it was rated, in words and figures.
  await page.getByTestId('how-rated').locator('summary').click();
  await expect(page.getByTestId('how-rated')).toContainText('more than 50 %');
  await expect(page.getByTestId('how-rated')).toContainText('all its key elements do');
  await expect(page.getByTestId('how-rated').locator('tbody tr')).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('one weak answer no longer decides the headline: the default model rates where the organization stands', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Development Programme' });
  const model = JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8'));
  const questions: string[] = model.domains.flatMap((d: any) => d.elements.flatMap((e: any) => e.questions.map((q: any) => q.id)));
  // Answer every question at 3 through the app's own storage door, then one at 1.
  for (const [i, questionId] of questions.entries()) {
    const elementId = questionId.split('.').slice(0, 2).join('.');
    if (i === 0 || questions[i - 1]!.split('.').slice(0, 2).join('.') !== elementId) await page.goto(`/assessments/${id}/${elementId}`);
    await questionBox(page, questionId).getByRole('radio', { name: i === 5 ? /^Level 1 / : /^Level 3 / }).check();
    await expect(questionBox(page, questionId)).toHaveAttribute('data-save-state', 'saved');
  }
  await page.goto(`/assessments/${id}/results`);
  const overall = page.getByTestId('overall');
  await expect(overall.locator('[data-cell="level"]')).toHaveText('3 — Established');
  await expect(page.getByTestId('provisional')).toHaveCount(0);
  // The weak answer is still in plain view: its element at 1 in the profile, its domain named weakest.
  await expect(page.getByTestId('profile').locator('tr[data-level="1"] .profile-count')).toHaveText('1');
  await expect(page.getByTestId('weakest-domain')).toBeVisible();
  const weakElement = questions[5]!.split('.').slice(0, 2).join('.');
  await expect(page.locator(`.priority[data-element-id="${weakElement}"]`).getByTestId('holding')).toHaveAttribute('data-question-id', questions[5]!);
});
