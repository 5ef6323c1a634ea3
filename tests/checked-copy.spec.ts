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
  await context.route(/\.checked-[0-9a-f]+\.json$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
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
