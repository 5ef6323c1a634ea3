/**
 * Every route of the app, in English and in Arabic, judged by all of axe's
 * default rules (and WCAG 2.5.3's label-content-name-mismatch, which axe keeps
 * off by default): home, questionnaire, results, evidence, profile, panel,
 * model, Compare, the organization view and the page for an unknown address.
 */
import { ar as arCore } from '../src/i18n/ar.ts';
import { en as enCore } from '../src/i18n/en.ts';
import { networkAr } from '../src/i18n/network/ar.ts';
import { networkEn } from '../src/i18n/network/en.ts';
import { defaultModel, expect, expectNoAxeViolations, questionBox, test } from './fixtures.ts';

const firstQuestion = defaultModel.domains[0]!.elements[0]!.questions[0]!;

for (const { language, messages } of [
  // The core catalog and the network's part (the start form, Compare, the organization view), as the pages see them.
  { language: 'en', messages: { ...enCore, ...networkEn } },
  { language: 'ar', messages: { ...arCore, ...networkAr } },
]) {
  test.describe(`every route in ${language}`, () => {
    test.use({ locale: language === 'ar' ? 'ar' : 'en-US' });

    test(`has no axe violations on any route (${language})`, async ({ page }) => {
      const routes: string[] = [];
      const judge = async (route: string) => {
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
        await expectNoAxeViolations(page);
        routes.push(route);
      };

      await page.goto('/');
      await judge('home');

      await page.getByLabel(messages['form.name'] as string).fill('Route Org');
      await page.getByLabel(messages['form.unit'] as string).fill('Field office');
      await page.getByLabel(messages['form.period'] as string, { exact: true }).fill('2026');
      await page.getByRole('button', { name: messages['form.submit'] as string }).click();
      await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
      const id = new URL(page.url()).pathname.split('/')[2]!;
      await questionBox(page, firstQuestion.id).getByRole('radio').nth(3).check();
      await expect(questionBox(page, firstQuestion.id)).toHaveAttribute('data-save-state', 'saved');
      await judge('questionnaire');

      await page.goto(`/assessments/${id}/results`);
      await expect(page.getByTestId('overall')).toBeVisible();
      await judge('results');

      await page.goto(`/assessments/${id}/evidence/${firstQuestion.id}`);
      await judge('evidence');

      await page.goto(`/assessments/${id}/profile`);
      await judge('profile');

      await page.goto(`/assessments/${id}/panel`);
      await judge('panel');

      await page.goto(`/models/${defaultModel.id}/${defaultModel.version}`);
      await judge('model');

      await page.goto('/compare');
      await judge('compare');

      await page.goto(`/organizations/${encodeURIComponent('Route Org')}/2026`);
      await judge('organization');

      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages['notFound.title'] as string);
      await judge('not found');

      expect(routes).toHaveLength(10);
    });
  });
}
