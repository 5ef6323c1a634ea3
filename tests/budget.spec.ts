import { QUESTIONNAIRE_JS_BUDGET_BYTES, measureFirstVisitScripts, totalGzip } from '../scripts/lib/first-visit-js.ts';
import { expect, startAssessment, test } from './fixtures.ts';

test('a first visit to the questionnaire needs at most 45 KB of gzipped JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const setup = await context.newPage();
  const id = await startAssessment(setup, { name: 'Budget Org' });
  await setup.close();

  const page = await context.newPage();
  const scripts = await measureFirstVisitScripts(page, `${baseURL}/assessments/${id}`, () =>
    page.locator('fieldset.question').first().waitFor(),
  );
  const total = totalGzip(scripts);
  console.log(`questionnaire first visit: ${scripts.length} scripts, ${total} bytes gzipped`);
  for (const s of scripts) console.log(`  ${s.gzipBytes} ${s.url}`);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => s.url.includes('/home-')), 'the home page code is not needed').toBe(false);
  expect(scripts.some((s) => /chartjs|results-/.test(s.url)), 'charts and results are not needed').toBe(false);
  expect(total).toBeLessThanOrEqual(QUESTIONNAIRE_JS_BUDGET_BYTES);
  await context.close();
});

test('the questionnaire reads its model in the reader’s language: one slice, not the whole file', async ({ browser, baseURL }) => {
  // The page's own fetches (no service worker precaching every model beside them).
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const setup = await context.newPage();
  const id = await startAssessment(setup, { name: 'Slice Org' });
  await setup.close();

  const page = await context.newPage();
  const models: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/[^/]+\.json$/.test(request.url())) models.push(new URL(request.url()).pathname);
  });
  await page.goto(`/assessments/${id}`);
  await page.locator('fieldset.question').first().waitFor();
  expect(models.filter((path) => /^\/assets\/ict-governance\.en\.checked-[0-9a-f]{12}\.json$/.test(path))).toHaveLength(1);
  expect(models.filter((path) => !/\.en\.checked-/.test(path)), 'no other model file').toEqual([]);
  await context.close();
});
