/**
 * A respondent's side of a panel, on their own device: a package refused
 * with its reason (naming the file and the field), a package opened into an
 * assessment that asks only the package's domains, opened again without a
 * second assessment (answering resumes), and the contribution file exported
 * from the results; axe on the home page and the results in English and
 * Arabic. (The lead's side and the whole round trip: tests/panel.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { publishedModelHash } from '../src/exchange/model-identity.ts';
import { createPackage } from '../src/panel/package.ts';
import { en as respondentEn } from '../src/i18n/panel/respondent/en.ts';
import { defaultModel, english, expect, expectNoAxeViolations, questionBox, test } from './fixtures.ts';

const m = respondentEn as Record<string, unknown> as Record<string, string>;
const published = JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8'));
const [firstDomain, secondDomain, thirdDomain] = defaultModel.domains as [(typeof defaultModel.domains)[number], (typeof defaultModel.domains)[number], (typeof defaultModel.domains)[number]];

async function makePackage(domains: string[]) {
  return createPackage({
    assessment: { id: 'lead-assessment-42', organization: { name: 'Ministry of Finance', unit: 'ICT directorate' }, period: '2026' },
    model: { id: defaultModel.id, version: defaultModel.version, sha256: await publishedModelHash(published) },
    respondent: { id: 'r-7', name: 'Amal Haddad', role: 'business' },
    domains,
    lead: { name: 'Lena Ortiz', fingerprint: 'ab'.repeat(32) },
  });
}

const asFile = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

async function inArabicToo(page: Page) {
  await expectNoAxeViolations(page);
  await page.locator('#language-switcher').selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText(m['contribution.open']!)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.locator('#language-switcher').selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
}

test('a respondent opens a package, answers only the domains asked, resumes, and exports their contribution', async ({ page }) => {
  await page.goto('/');
  const open = page.getByLabel(m['contribution.open']!);
  await expect(page.getByRole('heading', { name: m['contribution.homeHeading']! })).toBeVisible();
  await inArabicToo(page);

  // Refused, nothing made: each reason names the file, and the field where there is one.
  await open.setInputFiles(asFile('broken.json', '{"format": '));
  const alert = page.getByTestId('contribution-package').getByRole('alert');
  await expect(alert).toContainText('“broken.json” cannot be opened. The file is not valid JSON');
  const pack = await makePackage([firstDomain.id, thirdDomain.id]);
  await open.setInputFiles(asFile('other.json', { ...pack, model: { ...pack.model, sha256: 'f'.repeat(64) } }));
  await expect(alert).toHaveText(
    `“other.json” cannot be opened. It names the model “${defaultModel.id}” ${defaultModel.version}, which differs from the model this device has under that name.`,
  );
  await open.setInputFiles(asFile('bad-role.json', { ...pack, respondent: { ...pack.respondent, role: 'boss' } }));
  await expect(alert).toHaveText('“bad-role.json” cannot be opened. At $.respondent.role: the value is missing or not valid.');
  await expect(page.locator('table.assessments tbody tr')).toHaveCount(0);

  // Opened: the respondent's own assessment, asking only the package's domains.
  await open.setInputFiles(asFile('package.json', pack));
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  expect(id).not.toBe('lead-assessment-42');
  const nav = page.locator('.domain-nav');
  await expect(nav.locator('.domain-title')).toHaveText([english(firstDomain.title), english(thirdDomain.title)]);
  await expect(nav.getByText(english(secondDomain.title), { exact: true })).toHaveCount(0);
  const question = firstDomain.elements[0]!.questions[0]!;
  await questionBox(page, question.id).locator('input[value="2"]').check();
  await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');

  // The same package opened again: the same assessment, the answer kept.
  await page.goto('/');
  await page.getByLabel(m['contribution.open']!).setInputFiles(asFile('package.json', pack));
  await page.waitForURL(new RegExp(`/assessments/${id}/[^/]+$`));
  await expect(questionBox(page, question.id).locator('input[value="2"]')).toBeChecked();

  // The results offer the export: who they answer as, for whom, the lead's key, and the file.
  await page.goto(`/assessments/${id}/results`);
  const section = page.getByTestId('contribution-export');
  await expect(section).toContainText('You answer as Amal Haddad (Business) for the assessment led by Lena Ortiz.');
  await expect(section).toContainText(`You were asked 2 of ${defaultModel.domains.length} domains.`);
  // Only the domains asked: the others are not theirs, not "unanswered".
  await expect(page.locator('tr.domain-row')).toHaveCount(2);
  await expect(page.locator(`tr.domain-row[data-domain-id="${secondDomain.id}"]`)).toHaveCount(0);
  await expect(section.getByTestId('fingerprint')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Panel of respondents' })).toHaveCount(0);
  await inArabicToo(page);
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: m['contribution.export']! }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^contribution-ministry-of-finance-amal-haddad-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({
    format: 'ict-governance-contribution',
    packageId: pack.packageId,
    assessmentId: 'lead-assessment-42',
    model: pack.model,
    respondent: pack.respondent,
    domains: [firstDomain.id, thirdDomain.id],
    answers: [{ questionId: question.id, value: 2, comment: '' }],
    integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785' },
  });
});
