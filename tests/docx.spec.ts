/**
 * The Word report: completed generically (radios by position, pages by the
 * "Next" link, no question ids), downloaded by keyboard, opened as the zip it
 * is, in English and in Arabic.
 */
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { ar } from '../src/i18n/ar.ts';
import { en } from '../src/i18n/en.ts';
import { reportAr } from '../src/report/messages/ar.ts';
import { reportEn } from '../src/report/messages/en.ts';
import { defaultModel, expect, expectNoAxeViolations, startAssessment, test } from './fixtures.ts';

test.describe.configure({ timeout: 240_000 });

/** Answers every question of every page, the radio at a position that varies, then follows "Finish" to the results. */
async function completeAssessment(page: Page): Promise<void> {
  let position = 0;
  for (;;) {
    const boxes = page.locator('fieldset.question');
    await expect(boxes.first()).toBeVisible();
    for (let i = 0, n = await boxes.count(); i < n; i += 1) {
      const box = boxes.nth(i);
      const radios = box.locator('input[type="radio"]');
      await radios.nth(position++ % Math.min(4, await radios.count())).check();
      await expect(box).toHaveAttribute('data-save-state', 'saved');
    }
    const next = page.locator('nav.pager a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForURL((url) => !url.pathname.endsWith('/results'));
  }
  await page.getByRole('link', { name: en['questionnaire.finish'] as string }).click();
  await page.waitForURL(/\/results$/);
}

/** Presses Tab until the button named `name` has the focus: a keyboard user's way there. */
async function tabToButton(page: Page, name: string): Promise<void> {
  await page.locator('h1').focus();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((label) => document.activeElement?.textContent === label, name)) return;
  }
  throw new Error(`focus never reached the button "${name}"`);
}

async function downloadByKeyboard(page: Page, name: string): Promise<{ file: string; xml: string; media: string[] }> {
  await tabToButton(page, name);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  return {
    file: download.suggestedFilename(),
    xml: strFromU8(files['word/document.xml']!),
    media: Object.keys(files).filter((f) => f.startsWith('word/media/')),
  };
}

function headings(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/[\u2068\u2069]/g, ''));
}

test('the Word report downloads by keyboard, in English and in Arabic, with headings, tables and charts', async ({ page }) => {
  await startAssessment(page, { name: 'Word Org', unit: 'Field', period: '2026' });
  const docxRequests: string[] = [];
  page.on('request', (request) => {
    if (/word-report/.test(request.url())) docxRequests.push(request.url());
  });
  await completeAssessment(page);
  await expect(page.getByRole('button', { name: en['report.docx'] as string })).toBeVisible();
  // The results page does not load the Word code until the button is pressed.
  expect(docxRequests).toEqual([]);

  const english = await downloadByKeyboard(page, en['report.docx'] as string);
  expect(english.file).toBe(`word-org-${defaultModel.id}-2026.docx`);
  expect(docxRequests.length).toBeGreaterThan(0);
  await expect(page.getByTestId('word-status')).toHaveText(`The Word document is ready: ${english.file}`);
  expect(headings(english.xml, 'Title')).toEqual([reportEn['report.title']]);
  expect(headings(english.xml, 'Heading1')).toEqual(
    expect.arrayContaining([en['results.summary'], en['results.priorities'], en['results.charts'], en['results.byDomain'], en['results.answers'], reportEn['report.review']]),
  );
  expect(headings(english.xml, 'Heading2').length).toBeGreaterThanOrEqual(defaultModel.domains.length);
  expect(english.xml).toContain('<w:tbl>');
  expect(english.xml).toContain('<w:tblHeader/>');
  expect(english.xml).toContain('Word Org');
  expect(english.xml).toContain('<w:lang w:val="en-GB"/>');
  // Charts drawn in the browser, as PNG pictures: radar, levels, one per domain.
  expect(english.media.filter((f) => f.endsWith('.png'))).toHaveLength(2 + defaultModel.domains.length);
  await expectNoAxeViolations(page);

  const switcher = page.locator('#language-switcher');
  await switcher.focus();
  await switcher.selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arabic = await downloadByKeyboard(page, ar['report.docx'] as string);
  expect(headings(arabic.xml, 'Title')).toEqual([reportAr['report.title']]);
  expect(headings(arabic.xml, 'Heading1')).toEqual(expect.arrayContaining([ar['results.summary'], ar['results.answers'], reportAr['report.review']]));
  expect(arabic.xml).toContain('w:bidi="ar-SA"');
  expect(arabic.xml).toContain('<w:bidi/>');
  expect(arabic.xml).toContain('<w:bidiVisual/>');
  expect(arabic.xml).toContain('<w:rtl/>');
  await expect(page.getByTestId('word-status')).not.toBeEmpty();
  await expectNoAxeViolations(page);
});
