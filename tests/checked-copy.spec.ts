import { localize } from '../src/model/text.ts';
import { defaultModel, english, expect, questionBox, startAssessment, test } from './fixtures.ts';

const question = defaultModel.domains[0]!.elements[0]!.questions[0]!;
const isModelFile = (url: string) => /\/assets\/ict-governance[^/]*\.json$/.test(url);

test('a shipped model is read from the copy the build checked, without its published file', async ({ page }) => {
  const models: string[] = [];
  page.on('request', (request) => isModelFile(request.url()) && models.push(request.url()));
  const id = await startAssessment(page, { name: 'Checked Copy Organization' });
  await expect(questionBox(page, question.id)).toContainText(english(question.text));
  expect(id).toBeTruthy();
  expect(models.length).toBeGreaterThan(0);
  expect(models.every((url) => url.includes('.checked-')), models.join(', ')).toBe(true);
});

test('a checked copy whose bytes are not the build’s is not trusted: the published file is read and validated instead', async ({ page, context }) => {
  const tampered = 'A question nobody wrote';
  const original = JSON.stringify(english(question.text)).slice(1, -1);
  // The context's route sees the service worker's requests too: what it precaches is the tampered copy as well.
  // Every checked copy and slice of the default models (a slice in another language has no English to change: it goes as it is).
  await context.route(/\/ict-governance[^/]*\.checked-[0-9a-f]+\.json$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (/\.(fr|es|ar|zh|ru)\.checked-/.test(route.request().url())) return route.fulfill({ response, body });
    expect(body).toContain(original);
    // Still JSON, still a valid model: only the SHA-256 tells it from the build's.
    await route.fulfill({ response, body: body.split(original).join(tampered) });
  });
  const models: string[] = [];
  page.on('request', (request) => isModelFile(request.url()) && models.push(request.url()));
  await startAssessment(page, { name: 'Tampered Copy Organization' });
  await expect(questionBox(page, question.id)).toContainText(english(question.text));
  await expect(page.getByText(tampered)).toHaveCount(0);
  expect(models.some((url) => !url.includes('.checked-')), models.join(', ')).toBe(true);
});

test('the results read the model in the reader’s language only, and its slice in another language when the language changes', async ({ page }) => {
  const models: string[] = [];
  page.on('request', (request) => isModelFile(request.url()) && models.push(request.url()));
  const id = await startAssessment(page, { name: 'Slice Organization' });
  await page.goto(`/assessments/${id}/results`);
  const domain = defaultModel.domains[0]!;
  await expect(page.getByTestId('overall')).toBeVisible();
  await expect(page.locator('.results').getByText(english(domain.title)).first()).toBeVisible();
  expect(models.some((url) => url.includes('.en.checked-')), models.join(', ')).toBe(true);
  expect(models.some((url) => /\.(fr|es|ar|zh|ru)\.checked-/.test(url)), models.join(', ')).toBe(false);

  const switcher = page.locator('#language-switcher');
  await switcher.selectOption({ label: 'Français' });
  const french = localize(domain.title, 'fr', defaultModel.defaultLanguage);
  expect(french).not.toBe(english(domain.title));
  await expect(page.locator('.results').getByText(french).first()).toBeVisible();
  expect(models.some((url) => url.includes('.fr.checked-')), models.join(', ')).toBe(true);
});
