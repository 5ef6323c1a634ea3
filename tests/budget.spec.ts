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
