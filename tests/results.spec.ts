import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/exchange/csv-parse.ts';
import { publishedModelHash } from '../src/exchange/model-identity.ts';
import { checkResultFile } from '../src/exchange/result-file.ts';
import { defaultModel, english, expect, expectAnswerStored, expectNoAxeViolations, questionBox, startAssessment, test } from './fixtures.ts';

const [firstDomain] = defaultModel.domains;
const firstElement = firstDomain!.elements[0]!;
const secondElement = firstDomain!.elements[1] ?? firstElement;

/** Answers every question of `element` with `level`. */
async function answerElement(page: Page, id: string, elementId: string, level: number) {
  const element = defaultModel.domains.flatMap((d) => d.elements).find((e) => e.id === elementId)!;
  await page.goto(`/assessments/${id}/${element.id}`);
  for (const question of element.questions) {
    const box = questionBox(page, question.id);
    await box.locator(`input[value="${level}"]`).check();
    await expect(box).toHaveAttribute('data-save-state', 'saved');
    await expectAnswerStored(page, id, question.id, level);
  }
}

async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

test('priorities show the model’s recommendation for the level reached, and targets are kept', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Priorities Org' });
  await answerElement(page, id, firstElement.id, 1);
  await answerElement(page, id, secondElement.id, 2);
  await page.goto(`/assessments/${id}/results`);

  const first = page.locator(`.priority[data-element-id="${firstElement.id}"]`);
  await expect(first.locator('h3')).toHaveText(english(firstElement.title));
  await expect(first.locator('.recommendation')).toContainText(english(firstElement.recommendations['1']!));
  await expect(first.locator('.recommendation')).toContainText('To reach level 2:');
  // The largest weighted gap comes first: level 1 against the default target 3.
  await expect(page.locator('.priority').first()).toHaveAttribute('data-element-id', firstElement.id);

  // Raise the first element's target; lower the second's to 1, below its level: its gap is gone.
  await page.getByLabel(`Target level for ${english(firstElement.title)}`).selectOption('5');
  await page.getByLabel(`Target level for ${english(secondElement.title)}`).selectOption('1');
  await expect(page.locator(`.priority[data-element-id="${secondElement.id}"]`)).toHaveCount(secondElement === firstElement ? 1 : 0);
  await page.reload();
  await expect(page.getByLabel(`Target level for ${english(firstElement.title)}`)).toHaveValue('5');
  await expect(page.getByLabel(`Target level for ${english(secondElement.title)}`)).toHaveValue('1');
  await expect(first).toContainText('target 5');

  // Why this level: the answers holding the element, and what lifts it.
  await page.locator(`tr[data-element-id="${firstElement.id}"] summary`).click();
  await expect(page.locator(`tr[data-element-id="${firstElement.id}"] details`)).toContainText(english(firstElement.questions[0]!.text));
  await expect(page.locator(`tr[data-element-id="${firstElement.id}"] details`)).toContainText('lifts the key element to level 2');

  await expectNoAxeViolations(page);
});

test('chart.js is loaded for the results’ charts as they come into view, and never for the questionnaire', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  const id = await startAssessment(page, { name: 'Charts Org' });
  await answerElement(page, id, firstElement.id, 3);
  await page.reload();
  await expect(questionBox(page, firstElement.questions[0]!.id)).toBeVisible();
  expect(scripts.filter((url) => /chartjs/.test(url))).toEqual([]);

  await page.getByRole('link', { name: 'See the results', exact: true }).click();
  await page.locator('.chart canvas').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.chart canvas').first()).toBeVisible();
  await expect.poll(() => scripts.filter((url) => /chartjs/.test(url)).length).toBeGreaterThan(0);
  await expect(page.getByRole('img', { name: /Radar chart of each domain’s level against its target/ })).toBeVisible();
});

test('the printed report has the organization, every domain and the priorities', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Printed Organization of Nations', unit: 'Geneva' });
  await answerElement(page, id, firstElement.id, 1);
  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator('.priority').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const text = await pdfText(await page.pdf({ format, printBackground: true }));
    expect(text).toContain('Printed Organization of Nations');
    for (const domain of defaultModel.domains) expect(text).toContain(english(domain.title));
    expect(text).toContain('Priorities');
    expect(text).toContain(english(firstElement.title));
    expect(text).not.toContain('Download a backup');
    expect(text).not.toContain('Print the report');
  }
});

test('the CSV of key elements parses back to the figures on the page', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Zürich “Quoted”, Org — 中文' });
  await answerElement(page, id, firstElement.id, 2);
  await answerElement(page, id, secondElement.id, 4);
  await page.goto(`/assessments/${id}/results`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spreadsheet of key elements (CSV)' }).click();
  const download = await downloading;
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const [header, ...rows] = parseCsv(bytes.toString('utf8'));
  expect(header).toContain('score');
  const column = (name: string) => header!.indexOf(name);
  expect(rows).toHaveLength(defaultModel.domains.reduce((n, d) => n + d.elements.length, 0));
  for (const row of rows) {
    expect(row[column('organization')]).toBe('Zürich “Quoted”, Org — 中文');
    const elementRow = page.locator(`tr[data-element-id="${row[column('element_id')]}"]`);
    const score = row[column('score')]!;
    expect(score === '' ? '—' : Number(score).toFixed(1)).toBe(await elementRow.locator('[data-cell="score"]').textContent());
    const level = row[column('achieved_level')]!;
    if (level === '') await expect(elementRow.locator('[data-cell="level"]')).toHaveText('not rated yet');
    else await expect(elementRow.locator('[data-cell="level"]')).toHaveText(new RegExp(`^${level} — `));
  }

  const questions = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spreadsheet of answers (CSV)' }).click();
  const [qHeader, ...qRows] = parseCsv(readFileSync((await (await questions).path())!, 'utf8'));
  const levelColumn = qHeader!.indexOf('level');
  const answered = qRows.filter((row) => row[levelColumn] !== '');
  expect(answered.length).toBe(firstElement.questions.length + (secondElement === firstElement ? 0 : secondElement.questions.length));
});

test('an approved assessment is locked until it is reopened with a reason', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Final Org' });
  await answerElement(page, id, firstElement.id, 2);
  await page.goto(`/assessments/${id}/results`);
  await page.getByLabel('Your name').fill('Ana Lima');
  await page.getByLabel('Your role').fill('CIO');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('Status: in review');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('Status: approved');
  await expectNoAxeViolations(page);
  await expect(page.getByLabel(`Target level for ${english(firstElement.title)}`)).toBeDisabled();

  await page.goto(`/assessments/${id}/${firstElement.id}`);
  const box = questionBox(page, firstElement.questions[0]!.id);
  await expect(box.locator('input[value="4"]')).toBeDisabled();

  await page.goto(`/assessments/${id}/results`);
  await page.getByLabel('Your name').fill('Ana Lima');
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByRole('alert')).toContainText('a reason is required');
  await page.getByLabel(/Note/).fill('The audit found a gap');
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByTestId('review-state')).toHaveText('Status: reopened');
  await expect(page.getByLabel(`Target level for ${english(firstElement.title)}`)).toBeEnabled();
  await page.goto(`/assessments/${id}/${firstElement.id}`);
  await box.locator('input[value="4"]').check();
  await expect(box).toHaveAttribute('data-save-state', 'saved');
});

test('a new period starts from the last answers and shows the change since then', async ({ page }) => {
  const first = await startAssessment(page, { name: 'History Org', unit: 'HQ', period: '2025' });
  await answerElement(page, first, firstElement.id, 1);

  await page.goto('/');
  await page.getByLabel('Organization').fill('History Org');
  await page.getByLabel('Unit (optional)').fill('HQ');
  await page.getByLabel('Period').fill('2026');
  await page.getByLabel(/Start from the answers of 2025/).check();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
  const second = new URL(page.url()).pathname.split('/')[2]!;
  expect(second).not.toBe(first);
  await answerElement(page, second, firstElement.id, 3);

  await page.goto(`/assessments/${second}/results`);
  await expect(page.getByText('Change: the difference in index since the assessment for 2025.')).toBeVisible();
  await expect(page.locator(`tr[data-element-id="${firstElement.id}"] [data-cell="change"]`)).toHaveText('+2.0');
  // The earlier assessment is unchanged.
  await page.goto(`/assessments/${first}/results`);
  await expect(page.locator(`tr[data-element-id="${firstElement.id}"] [data-cell="score"]`)).toHaveText('1.0');
});

test('a result file is exported with its integrity hash and its model by reference', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Export Org', period: '2026-Q4' });
  await answerElement(page, id, firstElement.id, 3);
  await page.goto(`/assessments/${id}/results`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the result file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`export-org-${defaultModel.id}-2026-q4.json`);
  const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const checked = await checkResultFile(json);
  expect(checked.ok ? [] : checked.problems).toEqual([]);
  expect(json.model).toMatchObject({ id: defaultModel.id, version: defaultModel.version });
  // A shipped model travels by reference: its id, version and the SHA-256 of its file as published.
  expect(json.model.definition).toBeUndefined();
  expect(json.model.sha256).toBe(await publishedModelHash(JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8'))));
  expect(json.answers).toHaveLength(firstElement.questions.length);
  expect(json.assessment.id).toBe(id);
});

test('the report is drawn part by part after its first screen, whole at once for an anchor, and whole for print', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Report In Parts' });
  await answerElement(page, id, firstElement.id, 2);

  // A first visit: the summary at once; every later part soon after, in order, with no placeholder left.
  await page.goto(`/assessments/${id}/results`);
  await expect(page.getByTestId('overall')).toBeVisible();
  await expect(page.locator('#review-heading')).toBeAttached();
  await expect(page.locator('.results .later')).toHaveCount(0);
  await expect(page.locator('.results .report-part').first()).toBeAttached();

  // From here on, no idle moment ever comes: only an anchor or printing draws the rest.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto('about:blank');
  await page.goto(`/assessments/${id}/results`);
  await expect(page.getByTestId('overall')).toBeVisible();
  await expect(page.locator('.results .later').first()).toBeAttached();
  await expect(page.locator('#answers-heading')).toHaveCount(0);

  // Opened on an anchor: nothing left for later, the target in view.
  await page.goto('about:blank');
  await page.goto(`/assessments/${id}/results#answers-heading`);
  await expect(page.locator('#answers-heading')).toBeInViewport();
  await expect(page.locator('.results .later')).toHaveCount(0);

  // A link of the contents to a part not drawn yet: every part drawn, the target shown.
  await page.goto('about:blank');
  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator('.results .later').first()).toBeAttached();
  await page.locator('.contents').getByRole('link', { name: 'Review and sign-off' }).click();
  await expect(page.locator('#review-heading')).toBeInViewport();
  await expect(page.locator('.results .later')).toHaveCount(0);

  // The Print button draws every part, the print cover among them, before printing.
  await page.goto('about:blank');
  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator('.results .later').first()).toBeAttached();
  await expect(page.locator('.print-cover')).toHaveCount(0);
  await page.evaluate(() => {
    (window as { printed?: number }).printed = 0;
    window.print = () => void ((window as { printed?: number }).printed! += 1);
  });
  await page.getByRole('button', { name: 'Print the report' }).click();
  await expect.poll(() => page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
  await expect(page.locator('.print-cover')).toBeAttached();
  await expect(page.locator('.results .later')).toHaveCount(0);
});
