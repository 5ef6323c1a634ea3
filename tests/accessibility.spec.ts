import { defaultModel, expect, expectNoAxeViolations, questionBox, startAssessment, test } from './fixtures.ts';

test('home, questionnaire and results have no axe-core violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Maturity models' })).toBeVisible();
  // Every shipped version of the default model is listed; the newest first.
  await expect(page.getByRole('heading', { name: 'ICT governance maturity model' }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const id = await startAssessment(page, { name: 'Accessible Org', unit: 'Field office' });
  const question = defaultModel.domains[0]!.elements[0]!.questions[0]!;
  await questionBox(page, question.id).getByRole('radio', { name: /^Level 3 / }).check();
  await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  // "Saved" reaches screen readers as a polite status message, without moving focus.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' }).first()).toBeAttached();
  await expect(questionBox(page, question.id).getByRole('radio', { name: /^Level 3 / })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.goto('/');
  await expect(page.getByRole('rowheader', { name: 'Accessible Org — Field office' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/assessments/${id}/results`);
  await expect(page.getByTestId('overall')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the page ships a Content-Security-Policy without inline scripts', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('a 320 px wide window (or 400% zoom) shows every page without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  // Polled: charts size themselves to their box once drawn.
  const noSidewaysScroll = () =>
    expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noSidewaysScroll();
  const id = await startAssessment(page, { name: 'Narrow Window Organization With A Long Name', unit: 'Field office' });
  await noSidewaysScroll();
  const question = defaultModel.domains[0]!.elements[0]!.questions[0]!;
  await questionBox(page, question.id).getByRole('radio', { name: /^Level 2 / }).check();
  await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  await page.goto(`/assessments/${id}/results`);
  await expect(page.getByTestId('overall')).toBeVisible();
  await noSidewaysScroll();
  await page.goto(`/models/${defaultModel.id}/${defaultModel.version}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noSidewaysScroll();
  await expectNoAxeViolations(page);
  await page.goto('/compare');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noSidewaysScroll();
  await expectNoAxeViolations(page);
});
