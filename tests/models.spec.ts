import { readFileSync } from 'node:fs';
import { smallModel } from '../src/model/small-model.fixture.ts';
import { cutNetwork, defaultModel, expect, questionBox, test, waitForServiceWorkerControl } from './fixtures.ts';

function modelFile(name: string, change: (model: ReturnType<typeof smallModel>) => void = () => undefined) {
  const model = smallModel();
  model.id = 'field-check';
  model.title = { en: 'Field office check', fr: 'Contrôle des bureaux extérieurs' };
  change(model);
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(model)) };
}

test('a model loaded from a file can be read, used offline, and removed once no assessment uses it', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.locator('#model-file').setInputFiles(modelFile('field-check.json'));
  await expect(page.getByRole('status').filter({ hasText: 'Loaded Field office check, version 1.0.0' })).toBeVisible();
  const entry = page.locator('li[data-model="field-check@1.0.0"]');
  await expect(entry).toContainText('loaded from field-check.json');

  // The model browser shows the whole model before anyone answers it.
  await entry.getByRole('link', { name: 'Read the model: Field office check, version 1.0.0' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Field office check' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Strategy' })).toBeVisible();
  await expect(page.locator('#question-strategy\\.plan\\.exists')).toContainText('Is there a plan?');
  await expect(page.locator('#question-strategy\\.plan\\.exists')).toContainText('plan: what level 4 looks like');

  // No network: the loaded model is still there and runs a whole assessment.
  await cutNetwork(context);
  await page.goto('/');
  await page.locator('#new-model').selectOption({ label: 'Field office check (version 1.0.0)' });
  await page.getByLabel('Organization').fill('Field Office Kandahar');
  await page.getByLabel('Period', { exact: true }).fill('2026');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/strategy\.plan$/);
  const box = questionBox(page, 'strategy.plan.exists');
  await box.getByRole('radio', { name: /^Level 3 / }).check();
  await expect(box).toHaveAttribute('data-save-state', 'saved');

  // In use: it cannot be removed.
  await page.goto('/');
  await entry.getByRole('button', { name: 'Remove Field office check, version 1.0.0' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('alert')).toContainText('1 assessment on this device uses it');
  await expect(entry).toBeVisible();

  // Unused: it can.
  await page.getByRole('button', { name: 'Delete the assessment of Field Office Kandahar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await entry.getByRole('button', { name: 'Remove Field office check, version 1.0.0' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(entry).toHaveCount(0);
  await page.reload();
  await expect(page.locator(`li[data-model="ict-governance@${defaultModel.version}"]`)).toBeVisible();
  await expect(entry).toHaveCount(0);
});

test('a broken model file is refused with each problem and its JSON path, and nothing is kept', async ({ page }) => {
  await page.goto('/');
  await page.locator('#model-file').setInputFiles(
    modelFile('broken.json', (model) => {
      const question = model.domains[0]!.elements[0]!.questions[0]!;
      delete (question.levels as Record<string, unknown>)['3'];
      model.domains[0]!.elements[1] && (model.domains[0]!.elements[1]!.id = model.domains[0]!.elements[0]!.id);
      model.version = 'one';
    }),
  );
  const alert = page.locator('.model-problems');
  await expect(alert).toContainText('"broken.json" cannot be used as a model; nothing was kept.');
  await expect(alert).toContainText('$.version');
  await expect(alert).toContainText('semantic version');
  await expect(page.locator('li[data-model^="field-check@"]')).toHaveCount(0);

  // The same model with only semantic problems: every one of them listed with its path.
  await page.locator('#model-file').setInputFiles(
    modelFile('duplicates.json', (model) => {
      delete (model.domains[0]!.elements[0]!.questions[0]!.levels as Record<string, unknown>)['3'];
      model.domains[1]!.elements[0]!.id = model.domains[0]!.elements[0]!.id;
    }),
  );
  await expect(alert).toContainText('"duplicates.json" cannot be used as a model');
  await expect(alert).toContainText('$.domains[0].elements[0].questions[0].levels: No descriptor for level 3.');
  await expect(alert).toContainText('$.domains[1].elements[0].id: The id');
  await page.reload();
  await expect(page.locator('li[data-model^="field-check@"]')).toHaveCount(0);

  // Text is text: a title with markup is shown as typed, never run.
  await page.locator('#model-file').setInputFiles(modelFile('markup.json', (model) => (model.title = '<img src=x onerror="window.pwned=1">Markup')));
  await expect(page.locator('li[data-model="field-check@1.0.0"] h3')).toHaveText('<img src=x onerror="window.pwned=1">Markup');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('an assessment moves to a new version of its model: answers carry over, changes are shown first and flagged after', async ({ page }) => {
  await page.goto('/');
  await page.locator('#model-file').setInputFiles(modelFile('field-check-1.0.0.json'));
  await expect(page.locator('li[data-model="field-check@1.0.0"]')).toBeVisible();
  await page.locator('#new-model').selectOption({ label: 'Field office check (version 1.0.0)' });
  await page.getByLabel('Organization').fill('Field Office Herat');
  await page.getByLabel('Period', { exact: true }).fill('2026');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/strategy\.plan$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  for (const [question, level] of [['strategy.plan.exists', 3], ['strategy.plan.reviewed', 2]] as const) {
    await questionBox(page, question).getByRole('radio', { name: new RegExp(`^Level ${level} `) }).check();
    await expect(questionBox(page, question)).toHaveAttribute('data-save-state', 'saved');
  }
  await page.goto(`/assessments/${id}/risk.register`);
  await questionBox(page, 'risk.register.exists').getByRole('radio', { name: /^Level 4 / }).check();
  await expect(questionBox(page, 'risk.register.exists')).toHaveAttribute('data-save-state', 'saved');

  // Version 1.1.0: one question reworded, one removed, one added.
  await page.goto('/');
  await page.locator('#model-file').setInputFiles(
    modelFile('field-check-1.1.0.json', (model) => {
      model.version = '1.1.0';
      const plan = model.domains[0]!.elements[0]!;
      (plan.questions[0]!.levels as Record<string, string>)['3'] = 'plan: level 3 now asks for a published plan';
      model.domains[1]!.elements[0]!.questions = model.domains[1]!.elements[0]!.questions.filter((q) => q.id !== 'risk.register.exists');
      model.domains[1]!.elements[0]!.questions.push({ id: 'risk.register.owned', text: 'Does each risk have an owner?', guidance: 'Look.', levels: Object.fromEntries([0, 1, 2, 3, 4, 5].map((l) => [`${l}`, `owners ${l}`])) });
    }),
  );
  await expect(page.locator('li[data-model="field-check@1.1.0"]')).toBeVisible();

  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator('p.meta', { hasText: 'Field office check, version 1.0.0' })).toBeVisible();
  await page.getByRole('button', { name: 'See what moving to version 1.1.0 changes' }).click();
  const plan = page.getByTestId('migration-plan');
  await expect(plan).toContainText('Answers carried over: 2 (1 to look at again). New questions: 1. Removed questions: 1.');
  await expect(page.getByTestId('migration-added')).toContainText('Does each risk have an owner?');
  await expect(page.getByTestId('migration-removed')).toContainText('Is there a register?');
  await expect(page.getByTestId('migration-changed')).toContainText('Is there a plan?');

  // Nothing changed before the person confirms.
  await page.reload();
  await expect(page.locator('p.meta', { hasText: 'Field office check, version 1.0.0' })).toBeVisible();
  await page.getByRole('button', { name: 'See what moving to version 1.1.0 changes' }).click();
  await page.getByRole('button', { name: 'Move to version 1.1.0' }).click();

  // The questionnaire opens where an answer is to be looked at again.
  await page.waitForURL(new RegExp(`/assessments/${id}/strategy\\.plan$`));
  const changed = questionBox(page, 'strategy.plan.exists');
  await expect(changed.getByRole('radio', { checked: true })).toHaveValue('3');
  await expect(changed.getByTestId('review')).toBeVisible();
  await expect(questionBox(page, 'strategy.plan.reviewed').getByRole('radio', { checked: true })).toHaveValue('2');
  await expect(questionBox(page, 'strategy.plan.reviewed').getByTestId('review')).toHaveCount(0);
  await changed.getByRole('button', { name: 'Keep this answer' }).click();
  await expect(changed.getByTestId('review')).toHaveCount(0);
  await expect(changed).toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  await expect(questionBox(page, 'strategy.plan.exists').getByTestId('review')).toHaveCount(0);

  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator('p.meta', { hasText: 'Field office check, version 1.1.0' })).toBeVisible();
});

test('the quick check ships with the app: a first look in 18 questions, scored like the full model', async ({ page }) => {
  const quick = JSON.parse(readFileSync('assessments/ict-governance-quick.json', 'utf8'));
  const questions = quick.domains.flatMap((d: { elements: { questions: { id: string }[] }[] }) => d.elements.flatMap((e) => e.questions));
  expect(questions.length).toBeGreaterThanOrEqual(15);
  expect(questions.length).toBeLessThanOrEqual(20);
  await page.goto('/');
  await expect(page.locator(`li[data-model="ict-governance-quick@${quick.version}"]`)).toContainText('questions: 18');
  await page.locator('#new-model').selectOption({ label: `ICT governance quick check (version ${quick.version})` });
  await page.getByLabel('Organization').fill('Quick Org');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/strategy\.quick$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  for (const question of quick.domains[0].elements[0].questions) {
    await questionBox(page, question.id).getByRole('radio', { name: /^Level 2 / }).check();
    await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  }
  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator('p.meta', { hasText: `ICT governance quick check, version ${quick.version}` })).toBeVisible();
  await expect(page.locator('tr[data-element-id="strategy.quick"] [data-cell="score"]')).toHaveText('2.0');
});
