/**
 * A panel assessment, offline, with files: the lead (this test's page)
 * names two respondents and exports a package for each; each respondent,
 * on a device of their own (another browser context, so another
 * IndexedDB), opens it, answers and exports a contribution file; the lead
 * imports both, sees who said what and the spread, resolves a disagreement
 * with a rationale, sets "not applicable" with its reason, removes one
 * contribution (by keyboard, confirmed) and imports it again, records
 * evidence, exports the result file with who said what, approves, and can
 * then change nothing. The lead names themselves once; the respondents see
 * who asks, only the domains they were asked, and export from the
 * questionnaire as well as from the results.
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
// A question the model lets be "not applicable", in a domain only the first respondent is asked.
const naElement = defaultModel.domains.flatMap((d) => d.elements).find((e) => e.questions.some((q) => q.allowNotApplicable))!;
const naQuestion = naElement.questions.find((q) => q.allowNotApplicable)!;
const ASKED_BY = 'Asked by Lena Ortiz, Chief information officer, Panel Org.';

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

/**
 * A respondent's own device: opens the package, answers the first element at `level` (and, with `naLevel`, the
 * question that allows "not applicable"), exports the contribution from the results, or from the questionnaire.
 */
async function respond(
  browser: Browser,
  baseURL: string,
  pack: { name: string; text: string },
  level: number,
  { axe = false, evidence, naLevel, from = 'results', asked }: { axe?: boolean; evidence?: [string, string]; naLevel?: number; from?: 'results' | 'questionnaire'; asked: number },
) {
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
  // The questionnaire says who asks and what was asked, and offers the export (loaded after the questions).
  const box = page.getByTestId('contribution-export');
  await expect(box.getByTestId('asked-by')).toHaveText(ASKED_BY);
  await expect(box.getByTestId('asked-domains')).toHaveText(`You were asked ${asked} of ${defaultModel.domains.length} domains.`);
  if (axe) await axeInEnglishAndArabic(page);
  if (naLevel !== undefined) {
    await page.goto(`/assessments/${id}/${naElement.id}`);
    await questionBox(page, naQuestion.id).locator(`input[value="${naLevel}"]`).check();
    await expect(questionBox(page, naQuestion.id)).toHaveAttribute('data-save-state', 'saved');
  }
  if (evidence) {
    await page.goto(`/assessments/${id}/evidence/${q1.id}`);
    await page.getByRole('button', { name: 'Add a reference' }).click();
    await page.getByLabel('Title').fill(evidence[0]);
    await page.getByLabel('Link or document reference').fill(evidence[1]);
    await page.getByLabel('Link or document reference').press('Tab');
    await expect(page.locator('.save-state')).toHaveText('Evidence saved');
    // "Evidence saved" is said once the newest save has ended: what was typed is there after a reload.
    await page.reload();
    await expect(page.getByLabel('Link or document reference')).toHaveValue(evidence[1]);
  }
  // Their results are over the domains they were asked only.
  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator('tr.domain-row')).toHaveCount(asked);
  await expect(page.getByTestId('contribution-export').getByTestId('asked-domains')).toHaveText(`You were asked ${asked} of ${defaultModel.domains.length} domains.`);
  if (from === 'questionnaire') await page.goto(`/assessments/${id}/${firstElement.id}`);
  const file = await downloaded(page, () => page.getByTestId('contribution-export').getByRole('button', { name: m['contribution.export']! }).click());
  await expect(page.getByTestId('contribution-export').getByRole('status')).toHaveText(`Contribution saved as ${file.name}: send it to the lead.`);
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

  // No package before the lead names themselves: it says who asks.
  await amal.getByRole('button', { name: 'Export the package for Amal Haddad' }).click();
  await expect(page.locator('.panel-respondents').getByRole('alert')).toHaveText(m['panel.lead.first']!);
  await page.getByRole('button', { name: m['panel.lead.save']! }).click();
  await expect(page.getByText(m['panel.lead.problem.name']!)).toBeVisible();
  await page.getByLabel(m['panel.lead.name']!).fill('Lena Ortiz');
  await page.getByLabel(m['panel.lead.role']!).fill('Chief information officer');
  await page.getByRole('button', { name: m['panel.lead.save']! }).click();
  await expect(page.locator('.panel-lead').getByRole('status')).toHaveText(m['panel.lead.saved']!);
  await page.reload();
  await expect(page.getByLabel(m['panel.lead.name']!)).toHaveValue('Lena Ortiz');
  await expect(page.getByTestId('lead-preview')).toHaveText(`Packages will say: ${ASKED_BY}`);
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
    formatVersion: 2,
    lead: { name: 'Lena Ortiz', role: 'Chief information officer', organization: 'Panel Org' },
  });
  expect(JSON.parse(brunoPackage.text)).toMatchObject({ respondent: { name: 'Bruno Silva', role: 'business' }, domains: [firstDomain.id] });

  // Each respondent answers on a device of their own (the first checked with axe in English and Arabic) and exports.
  const fromAmal = await respond(browser, baseURL!, amalPackage, 3, { axe: true, evidence: ['Service catalogue v4', 'DMS-2026-114'], naLevel: 2, asked: defaultModel.domains.length });
  const fromBruno = await respond(browser, baseURL!, brunoPackage, 1, { from: 'questionnaire', asked: 1 });
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

  // One contribution removed, by keyboard, once confirmed (kept when not); then imported again.
  const brunoRow = page.getByTestId('received-contribution').filter({ hasText: 'Bruno Silva' });
  await brunoRow.getByRole('button', { name: 'Remove the contribution of Bruno Silva' }).focus();
  await page.keyboard.press('Enter');
  await expect(brunoRow.getByRole('button', { name: m['panel.contribution.confirmRemove']! })).toBeFocused();
  await expect(brunoRow.getByRole('group')).toContainText('Remove the contribution of Bruno Silva? Their answers leave the panel');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(brunoRow.getByRole('button', { name: 'Remove the contribution of Bruno Silva' })).toBeFocused();
  await expect(page.getByTestId('received')).toHaveText('2 contributions received.');
  await page.keyboard.press('Enter');
  await expect(brunoRow.getByRole('button', { name: m['panel.contribution.confirmRemove']! })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('contribution-notice')).toHaveText('The contribution of Bruno Silva was removed.');
  await expect(page.getByTestId('received')).toHaveText('1 contribution received.');
  await expect(page.locator('#contributions-heading')).toBeFocused();
  await expect(page.locator(`[data-question-id="${q1.id}"] tr[data-respondent="Bruno Silva"]`)).toHaveCount(0);
  await input.setInputFiles([asFile(fromBruno.file)]);
  await expect(results).toContainText(`${fromBruno.file.name}: accepted, the contribution of Bruno Silva.`);
  await expect(page.getByTestId('received')).toHaveText('2 contributions received.');

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
  // "Not applicable" only where the model allows it; there, its reason is required even though nobody disagrees.
  await expect(first.getByLabel(m['panel.consensus.level']!).locator('option[value="na"]')).toHaveCount(0);
  const naBox = page.locator(`[data-question-id="${naQuestion.id}"]`);
  await naBox.getByLabel(m['panel.consensus.level']!).selectOption('na');
  await expect(naBox.getByLabel(m['panel.consensus.reasonRequired']!)).toBeVisible();
  await naBox.getByRole('button', { name: m['panel.consensus.save']! }).click();
  await expect(naBox.getByRole('alert')).toHaveText(m['panel.problem.consensus.reason-required']!);
  await naBox.getByLabel(m['panel.consensus.reasonRequired']!).fill('This office takes no shared services.');
  await naBox.getByRole('button', { name: m['panel.consensus.save']! }).click();
  await expect(naBox.getByRole('status')).toHaveText(m['panel.consensus.saved']!);
  await page.reload();
  await expect(naBox.getByLabel(m['panel.consensus.level']!)).toHaveValue('na');
  await expect(naBox.getByTestId('consensus-current')).toHaveText('Consensus so far: Not applicable');
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

  // The result file says who said what, and the N/A consensus with its reason.
  const result = JSON.parse((await downloaded(page, () => page.getByRole('button', { name: 'Export the result file' }).click())).text);
  const respondentsInFile = result.assessment.respondents as { id: string; name: string; role: string }[];
  expect(respondentsInFile.map((r) => [r.name, r.role]).sort()).toEqual([
    ['Amal Haddad', 'ict'],
    ['Bruno Silva', 'business'],
  ]);
  const idOf = (name: string) => respondentsInFile.find((r) => r.name === name)!.id;
  const inFile = (questionId: string) => result.answers.find((a: { questionId: string }) => a.questionId === questionId);
  expect(inFile(q1.id)).toMatchObject({ value: 2, consensus: { rationale: expect.stringMatching(/^ICT runs the process/) } });
  expect(inFile(q1.id).contributions).toEqual(
    expect.arrayContaining([
      { respondentId: idOf('Amal Haddad'), value: 3, comment: 'Seen from where I sit: level 3' },
      { respondentId: idOf('Bruno Silva'), value: 1, comment: 'Seen from where I sit: level 1' },
    ]),
  );
  expect(inFile(q2.id).contributions).toHaveLength(2);
  expect(inFile(naQuestion.id)).toMatchObject({ value: 'na', reason: 'This office takes no shared services.', contributions: [{ respondentId: idOf('Amal Haddad'), value: 2, comment: '' }] });

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
