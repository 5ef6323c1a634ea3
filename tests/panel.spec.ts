/**
 * A panel assessment, offline, with files: the lead (this test's page)
 * names two respondents and exports a package for each; each respondent,
 * on a device of their own (another browser context, so another
 * IndexedDB), opens it, answers and exports a contribution file; the lead
 * imports both, sees who said what and the spread, resolves a disagreement
 * with a rationale, records evidence, approves, and can then change nothing.
 */
import type { Browser, Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hashOf } from '../src/exchange/canonical.ts';
import { en as panelEn } from '../src/i18n/panel/en.ts';
import { en as respondentEn } from '../src/i18n/panel/respondent/en.ts';
import { defaultModel, english, expect, expectNoAxeViolations, questionBox, startAssessment, test } from './fixtures.ts';

test.describe.configure({ timeout: 240_000 });

const m = { ...panelEn, ...respondentEn } as Record<string, unknown> as Record<string, string>;
const firstDomain = defaultModel.domains[0]!;
const firstElement = firstDomain.elements[0]!;
const [q1, q2] = firstElement.questions as [(typeof firstElement.questions)[number], (typeof firstElement.questions)[number]];

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download: Download = await downloading;
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

const asFile = ({ name, text }: { name: string; text: string }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function switchLanguage(page: Page, label: string): Promise<void> {
  await page.locator('#language-switcher').selectOption({ label });
  await expect(page.locator('html')).toHaveAttribute('lang', label === 'العربية' ? 'ar' : 'en');
}

/** axe on the page as it is, in English and in Arabic (back to English after). */
async function axeInEnglishAndArabic(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await switchLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
  await switchLanguage(page, 'English');
}

/** A respondent's own device: opens the package, answers the first element at `level`, exports the contribution. */
async function respond(browser: Browser, baseURL: string, pack: { name: string; text: string }, level: number, axe: boolean, evidence?: [string, string]) {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.getByLabel(m['contribution.open']!).setInputFiles(asFile(pack));
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  for (const question of firstElement.questions) {
    await questionBox(page, question.id).locator(`input[value="${level}"]`).check();
    await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  }
  await questionBox(page, q1.id).getByRole('textbox').first().fill(`Seen from where I sit: level ${level}`);
  await questionBox(page, q1.id).getByRole('textbox').first().blur();
  await expect(questionBox(page, q1.id)).toHaveAttribute('data-save-state', 'saved');
  if (axe) await axeInEnglishAndArabic(page);
  if (evidence) {
    await page.goto(`/assessments/${id}/evidence/${q1.id}`);
    await page.getByRole('button', { name: 'Add a reference' }).click();
    await page.getByLabel('Title').fill(evidence[0]);
    await page.getByLabel('Link or document reference').fill(evidence[1]);
    await page.getByLabel('Link or document reference').press('Tab');
    await expect(page.locator('.save-state')).toHaveText('Evidence saved');
  }
  await page.goto(`/assessments/${id}/results`);
  const file = await downloaded(page, () => page.getByRole('button', { name: m['contribution.export']! }).click());
  expect(errors).toEqual([]);
  await context.close();
  return { id, file };
}

test('two respondents answer on their own devices; the lead imports both, resolves a disagreement, approves, and then nothing changes', async ({ page, browser, baseURL }) => {
  const id = await startAssessment(page, { name: 'Panel Org', period: '2026' });

  // The lead names two respondents and exports a package for each: the ICT officer all domains, the business only the first.
  await page.goto(`/assessments/${id}/results`);
  await page.getByRole('link', { name: m['panel.link']! }).click();
  await page.waitForURL(`**/assessments/${id}/panel`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Panel: Panel Org, 2026');
  await page.getByRole('button', { name: m['panel.respondent.add']! }).click();
  await expect(page.getByText(m['panel.problem.name']!)).toBeVisible();
  const add = async (number: number, name: string, role: string) => {
    await page.getByLabel('Name', { exact: true }).last().fill(name);
    await page.locator('#new-respondent-role').selectOption({ label: role });
    await page.getByRole('button', { name: m['panel.respondent.add']! }).click();
    await expect(page.getByRole('group', { name: `Respondent ${number}: ${name}` })).toBeVisible();
  };
  await add(1, 'Amal Haddad', 'ICT');
  await add(2, 'Bruno Silva', 'Business');
  await page.reload();
  const amal = page.getByRole('group', { name: 'Respondent 1: Amal Haddad' });
  const bruno = page.getByRole('group', { name: 'Respondent 2: Bruno Silva' });
  await expect(amal.getByLabel('Role', { exact: true })).toHaveValue('ict');
  await expect(bruno.getByLabel('Role', { exact: true })).toHaveValue('business');
  await expect(page.getByTestId('respondent-received')).toHaveText([m['panel.respondent.waiting']!, m['panel.respondent.waiting']!]);
  await axeInEnglishAndArabic(page);

  const amalPackage = await downloaded(page, () => amal.getByRole('button', { name: 'Export the package for Amal Haddad' }).click());
  expect(amalPackage.name).toBe('package-panel-org-amal-haddad.json');
  await bruno.getByLabel(m['panel.domains.some']!).check();
  for (const domain of defaultModel.domains.slice(1)) await bruno.getByLabel(english(domain.title), { exact: true }).uncheck();
  const brunoPackage = await downloaded(page, () => bruno.getByRole('button', { name: 'Export the package for Bruno Silva' }).click());
  expect(JSON.parse(amalPackage.text)).toMatchObject({
    format: 'ict-governance-contribution-package',
    assessment: { id },
    model: { id: defaultModel.id, version: defaultModel.version },
    respondent: { name: 'Amal Haddad', role: 'ict' },
    domains: defaultModel.domains.map((d) => d.id),
  });
  expect(JSON.parse(brunoPackage.text)).toMatchObject({ respondent: { name: 'Bruno Silva', role: 'business' }, domains: [firstDomain.id] });

  // Each respondent answers on a device of their own (the first checked with axe in English and Arabic) and exports.
  const fromAmal = await respond(browser, baseURL!, amalPackage, 3, true, ['Service catalogue v4', 'DMS-2026-114']);
  const fromBruno = await respond(browser, baseURL!, brunoPackage, 1, false);
  expect(fromAmal.file.name).toMatch(/^contribution-panel-org-amal-haddad-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(fromBruno.file.text).answers.map((a: { questionId: string }) => a.questionId)).toEqual(firstElement.questions.map((q) => q.id));

  // Crafted files: one changed after export (its hash left), one with a level off the scale (hash recomputed, as anyone can).
  const changed = { name: 'changed.json', text: fromAmal.file.text.replace('"value": 3', '"value": 2').replace('"value":3', '"value":2') };
  expect(changed.text).not.toBe(fromAmal.file.text);
  const offScale = JSON.parse(fromAmal.file.text);
  offScale.answers[0].value = 9;
  const { integrity, ...content } = offScale;
  offScale.integrity = { ...integrity, hash: await hashOf(content) };

  // The lead imports both, then the refused ones (each named, with its field), then Amal's again (it replaces).
  await page.goto(`/assessments/${id}/panel`);
  const input = page.locator('#contribution-files');
  await input.setInputFiles([asFile(fromAmal.file), asFile(fromBruno.file)]);
  const results = page.getByTestId('import-results');
  await expect(results).toContainText(`${fromAmal.file.name}: accepted, the contribution of Amal Haddad.`);
  await expect(results).toContainText(`${fromBruno.file.name}: accepted, the contribution of Bruno Silva.`);
  await expect(page.getByTestId('received')).toHaveText('2 contributions received.');
  await input.setInputFiles([asFile(changed), { name: 'off-scale.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(offScale)) }, asFile(fromAmal.file)]);
  await expect(results.locator('li')).toHaveCount(3);
  await expect(results.locator('li').nth(0)).toHaveText('changed.json: refused. The file was changed after it was exported: its integrity hash does not match its content.');
  await expect(results.locator('li').nth(1)).toHaveText("off-scale.json: refused. At $.answers[0].value: the level 9 is not on the model's scale.");
  await expect(results.locator('li').nth(2)).toHaveText(`${fromAmal.file.name}: replaces the earlier contribution of Amal Haddad.`);
  await expect(page.getByTestId('received')).toHaveText('2 contributions received.');
  await expect(page.getByTestId('respondent-received')).toHaveText([/^Contribution imported on /, /^Contribution imported on /]);

  // Who said what, and the spread.
  const first = page.locator(`[data-question-id="${q1.id}"]`);
  await expect(first.locator('tr[data-respondent="Amal Haddad"] [data-cell="level"]')).toContainText('3');
  await expect(first.locator('tr[data-respondent="Bruno Silva"] [data-cell="level"]')).toContainText('1');
  await expect(first.locator('tr[data-respondent="Amal Haddad"] [data-cell="comment"]')).toHaveText('Seen from where I sit: level 3');
  await expect(first.getByTestId('spread')).toContainText('(a range of 2)');
  await expect(first.locator('tr[data-respondent="Amal Haddad"] [data-cell="evidence"]')).toHaveText('Service catalogue v4 — DMS-2026-114');
  await expect(first.locator('tr[data-respondent="Bruno Silva"] [data-cell="evidence"]')).toHaveText('');
  // Bruno was asked only the first domain, and his contribution says so.
  expect(JSON.parse(fromBruno.file.text).domains).toEqual([firstDomain.id]);

  // Two levels apart: the consensus needs a rationale.
  await first.getByLabel(m['panel.consensus.level']!).selectOption('2');
  await first.getByRole('button', { name: m['panel.consensus.save']! }).click();
  await expect(first.getByRole('alert')).toHaveText('Give a rationale: the respondents are two or more levels apart (a range of 2).');
  await first.getByLabel(/^Rationale/).fill('ICT runs the process; the business has not seen its outputs yet. Level 2 until it has.');
  await first.getByRole('button', { name: m['panel.consensus.save']! }).click();
  await expect(first.getByRole('status')).toHaveText(m['panel.consensus.saved']!);
  await page.reload();
  await expect(first.getByLabel(m['panel.consensus.level']!)).toHaveValue('2');
  await expect(first.getByLabel(/^Rationale/)).toHaveValue(/^ICT runs the process/);
  await axeInEnglishAndArabic(page);

  // The lead records evidence for the consensus answer.
  await page.goto(`/assessments/${id}/evidence/${q1.id}`);
  await page.getByRole('button', { name: 'Add a reference' }).click();
  await page.getByLabel('Title').fill('ICT steering committee minutes, March');
  await page.getByLabel('Title').press('Tab');
  await expect(page.locator('.save-state')).toHaveText('Evidence saved');

  // The results: the consensus level counts, and the perception gap by role is shown.
  await page.goto(`/assessments/${id}/results`);
  const gaps = page.getByTestId('perception-gaps');
  await expect(gaps.locator('caption')).toHaveText(m['gaps.caption']!);
  await expect(gaps.locator(`tr[data-element-id="${firstElement.id}"] [data-cell="gap"]`)).toHaveText('ICT sees 3 where Business sees 1');
  await expect(gaps.getByRole('columnheader', { name: 'ICT' })).toBeVisible();
  await expect(gaps.getByRole('rowheader', { name: english(firstElement.title) })).toBeVisible();
  await axeInEnglishAndArabic(page);
  await expect(page.getByTestId('perception-gaps')).toBeVisible();

  // Approval, through the review.
  await page.getByLabel('Your name').fill('Lena Ortiz');
  await page.getByLabel('Your role').fill('Lead');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('Status: in review');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('Status: approved');

  // The Word report downloads.
  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Word document (.docx)' }).click();
  expect((await word).suggestedFilename()).toMatch(/^panel-org-.*\.docx$/);

  // Locked: the panel is read-only, and an answer forced through the page is refused by storage and unchanged after reload.
  await page.goto(`/assessments/${id}/panel`);
  await expect(page.getByTestId('panel-locked')).toHaveText(m['panel.locked']!);
  await expect(first.getByLabel(m['panel.consensus.level']!)).toBeDisabled();
  await expect(page.locator('#contribution-files')).toHaveCount(0);
  await page.goto(`/assessments/${id}/${firstElement.id}`);
  const box = questionBox(page, q1.id);
  await expect(box.locator('input[value="2"]')).toBeChecked();
  await expect(box.locator('input[value="4"]')).toBeDisabled();
  await box.evaluate((fieldset) => {
    for (const element of fieldset.querySelectorAll('[disabled]')) element.removeAttribute('disabled');
    fieldset.removeAttribute('disabled');
  });
  await box.locator('input[value="4"]').check({ force: true });
  await expect(box).toHaveAttribute('data-save-state', 'failed');
  await page.reload();
  await expect(questionBox(page, q1.id).locator('input[value="2"]')).toBeChecked();
  await expect(questionBox(page, q1.id).locator('input[value="4"]')).not.toBeChecked();
});
