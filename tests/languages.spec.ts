import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/exchange/csv-parse.ts';
import type { Page } from '@playwright/test';
import { localize } from '../src/model/text.ts';
import type { LocalText } from '../src/model/schema.ts';
import { ar } from '../src/i18n/ar.ts';
import { fr } from '../src/i18n/fr.ts';
import { zh } from '../src/i18n/zh.ts';
import { defaultModel, english, expect, expectNoAxeViolations, questionBox, startAssessment, test } from './fixtures.ts';

const firstElement = defaultModel.domains[0]!.elements[0]!;
const firstQuestion = firstElement.questions[0]!;
const inLanguage = (language: string) => (text: LocalText) => localize(text, language, defaultModel.defaultLanguage);

/** As a person does it: focus on the switcher, then a choice in it. */
async function switchLanguage(page: Page, name: string) {
  const switcher = page.locator('#language-switcher');
  await switcher.focus();
  await switcher.selectOption({ label: name });
}

test.describe('a browser set to French', () => {
  test.use({ locale: 'fr-FR' });

  test('gets the interface and the questions in French from the first visit', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr['home.title'] as string);
    // Both shipped versions of the default model are listed, the newest first.
    await expect(page.getByRole('heading', { name: inLanguage('fr')(defaultModel.title) }).first()).toBeVisible();

    await page.getByLabel(fr['form.name'] as string).fill('Organisation mondiale');
    await page.getByLabel(fr['form.period'] as string, { exact: true }).fill('2026');
    await page.getByRole('button', { name: fr['form.submit'] as string }).click();
    await expect(questionBox(page, firstQuestion.id).locator('legend')).toContainText(inLanguage('fr')(firstQuestion.text));
  });
});

test.describe('a browser set to Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('lays the app out right to left, mirrored, and keeps an English name readable', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.getByLabel(ar['form.name'] as string).fill('UNICEF');
    await page.getByLabel(ar['form.unit'] as string).fill('Field office Amman');
    await page.getByLabel(ar['form.period'] as string, { exact: true }).fill('2026');
    await page.getByRole('button', { name: ar['form.submit'] as string }).click();
    await expect(questionBox(page, firstQuestion.id).locator('legend')).toContainText(inLanguage('ar')(firstQuestion.text));

    // Mirrored: the list of domains sits on the right of the questions, the title on the right of the header.
    await page.setViewportSize({ width: 1200, height: 900 });
    const nav = (await page.locator('nav.domain-nav').boundingBox())!;
    const questions = (await page.locator('section.element').boundingBox())!;
    expect(nav.x).toBeGreaterThan(questions.x);
    const title = (await page.locator('.app-name').boundingBox())!;
    const switcher = (await page.locator('#language-switcher').boundingBox())!;
    expect(title.x).toBeGreaterThan(switcher.x);

    // The English name and unit keep their order inside the Arabic sentence.
    await page.goto('/');
    const row = page.getByRole('rowheader').first();
    await expect(row).toContainText('UNICEF');
    await expect(row).toContainText('Field office Amman');
  });

  test('every route has no axe-core violations in Arabic', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(page);

    await page.getByLabel(ar['form.name'] as string).fill('منظمة الاختبار');
    await page.getByLabel(ar['form.period'] as string, { exact: true }).fill('2026');
    await page.getByRole('button', { name: ar['form.submit'] as string }).click();
    await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await questionBox(page, firstQuestion.id).getByRole('radio').nth(3).check();
    await expect(questionBox(page, firstQuestion.id)).toHaveAttribute('data-save-state', 'saved');
    await expectNoAxeViolations(page);

    await page.goto(`/assessments/${id}/results`);
    await expect(page.getByTestId('overall')).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/models/${defaultModel.id}/${defaultModel.version}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(inLanguage('ar')(defaultModel.title));
    await expectNoAxeViolations(page);

    await page.goto('/compare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['compare.title'] as string);
    await expectNoAxeViolations(page);

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['notFound.title'] as string);
    await expectNoAxeViolations(page);
  });
});

test('switching language changes the model’s text, keeps the answers, and is remembered', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Bilingual Org' });
  const box = questionBox(page, firstQuestion.id);
  await box.getByRole('radio', { name: /^Level 2 / }).check();
  await box.getByRole('textbox').fill('Comment typed in English');
  await expect(box.locator('legend')).toContainText(english(firstQuestion.text));

  await switchLanguage(page, '中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(box.locator('legend')).toContainText(inLanguage('zh')(firstQuestion.text));
  await expect(box.getByRole('radio').nth(2)).toBeChecked();
  await expect(box.getByRole('textbox')).toHaveValue('Comment typed in English');
  await expect(page.locator('#language-switcher')).toBeFocused();
  await expect(box).toHaveAttribute('data-save-state', 'saved');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(box.locator('legend')).toContainText(inLanguage('zh')(firstQuestion.text));
  await expect(box.getByRole('radio').nth(2)).toBeChecked();
  await expect(box.getByRole('textbox')).toHaveValue('Comment typed in English');

  await page.goto(`/assessments/${id}/results`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText((zh['results.heading'] as string).split('{')[0]!.trim());
  await expect(heading).toContainText('Bilingual Org');
  await switchLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(heading).toHaveText('Results: Bilingual Org, 2026');
});

test.describe('a browser set to French, on the results', () => {
  test.use({ locale: 'fr-FR' });

  test('the spreadsheet and the printed report are in French, with the same column names', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel(fr['form.name'] as string).fill('Organisation mondiale');
    await page.getByLabel(fr['form.period'] as string, { exact: true }).fill('2026');
    await page.getByRole('button', { name: fr['form.submit'] as string }).click();
    await questionBox(page, firstQuestion.id).getByRole('radio').nth(3).check();
    await expect(questionBox(page, firstQuestion.id)).toHaveAttribute('data-save-state', 'saved');
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await page.goto(`/assessments/${id}/results`);
    await expect(page.getByTestId('overall')).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: fr['results.csv.elements'] as string }).click();
    const rows = parseCsv(readFileSync((await (await downloading).path())!, 'utf8'));
    expect(rows[0]).toContain('element_id');
    const row = rows.find((r) => r.includes(firstElement.id))!;
    expect(row).toContain(inLanguage('fr')(firstElement.title));
    expect(row).toContain(inLanguage('fr')(defaultModel.domains[0]!.title));

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-cover')).toBeVisible();
    await expect(page.locator('.print-cover')).toContainText(inLanguage('fr')(defaultModel.title));
    await expect(page.locator('.app-header')).toBeHidden();
  });
});

test('switching language while the start form is half filled keeps what was typed', async ({ page }) => {
  await page.goto('/');
  await page.locator('#new-name').fill('Organisation mondiale de la santé');
  await page.locator('#new-unit').fill('Bureau de pays, Bamako');
  await page.locator('#new-period').fill('2026-T3');
  await switchLanguage(page, 'Français');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#new-name')).toHaveValue('Organisation mondiale de la santé');
  await expect(page.locator('#new-unit')).toHaveValue('Bureau de pays, Bamako');
  await expect(page.locator('#new-period')).toHaveValue('2026-T3');
  await switchLanguage(page, 'العربية');
  await expect(page.locator('#new-unit')).toHaveValue('Bureau de pays, Bamako');
  // Once the assessment starts, the form is empty again.
  await page.locator('button[type="submit"].primary').click();
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
  await page.goto('/');
  await expect(page.locator('#new-name')).toHaveValue('');
});
