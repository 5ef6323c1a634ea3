/**
 * Signed and sealed result files between two devices: a field office (this
 * test's page) and a coordinator (another browser context, so another
 * IndexedDB and other keys).
 */
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hashOf } from '../src/exchange/canonical.ts';
import { defaultModel, expect, questionBox, startAssessment, test } from './fixtures.ts';
import { writeFiles } from './result-corpus.ts';

test.describe.configure({ timeout: 180_000 });
const IMPORT_TIMEOUT = { timeout: 60_000 };

async function answerFirstElement(page: Page): Promise<void> {
  for (const question of defaultModel.domains[0]!.elements[0]!.questions) {
    await questionBox(page, question.id).getByRole('radio', { name: /^Level 3 / }).check();
    await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  }
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  return readFileSync((await (await downloading).path())!, 'utf8');
}

async function coordinatorPage(browser: Browser, baseURL: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, locale: 'en-US' })).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto('/compare');
  await page.getByLabel('Name of a new set').fill('Network');
  await page.getByRole('button', { name: 'Create the set' }).click();
  await expect(page.locator('#set-choice')).toHaveValue(/.+/);
  return page;
}

const row = (page: Page, file: string) => page.locator('.import-outcomes tbody tr', { has: page.locator('th', { hasText: file }) });

async function importFiles(page: Page, files: { name: string; text: string }[], summary: string): Promise<void> {
  await page.locator('#import-files').setInputFiles(writeFiles(files));
  await expect(page.locator('.import-summary')).toContainText(summary, IMPORT_TIMEOUT);
}

test('a signed file: trusted on first use after comparing the fingerprint, trusted from the key file, unknown without it, refused after one changed byte', async ({ page, browser, baseURL }) => {
  // The field office makes its signing key and reads its fingerprint.
  await page.goto('/');
  await page.getByLabel('Key owner').fill('Field Office');
  await page.getByRole('button', { name: 'Create a signing key' }).click();
  const fingerprint = (await page.locator('.signing-key [data-testid="fingerprint"]').textContent())!;
  expect(fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  await expect(page.getByText('Not included in backups')).toBeVisible();
  const keyFile = await download(page, () => page.getByRole('button', { name: 'Download the public key file' }).click());
  expect(JSON.parse(keyFile)).toMatchObject({ format: 'ict-governance-public-key', use: 'sign', organization: 'Field Office' });

  const id = await startAssessment(page, { name: 'Field Office', period: '2026' });
  await answerFirstElement(page);
  await page.goto(`/assessments/${id}/results`);
  const signed = await download(page, () => page.getByRole('button', { name: 'Export the signed result file' }).click());
  const file = JSON.parse(signed);
  expect(file).toMatchObject({ formatVersion: 3, model: { id: defaultModel.id }, signature: { jws: expect.stringMatching(/^[\w-]+\.\.[\w-]+$/) } });
  expect(file.model.definition).toBeUndefined();
  expect(new TextEncoder().encode(signed).length).toBeLessThan(60 * 1024);

  // One changed byte, with the integrity hash recomputed as anyone can.
  const forged = JSON.parse(signed);
  forged.organization.name = 'Field Officf';
  const { integrity, signature: _signature, ...content } = forged;
  forged.integrity = { ...integrity, hash: await hashOf(content) };

  // The coordinator, on another device, without the key: "signed by an unknown key"; the forgery refused.
  const coordinator = await coordinatorPage(browser, baseURL!);
  await importFiles(
    coordinator,
    [
      { name: 'field-office.json', text: signed },
      { name: 'forged.json', text: JSON.stringify(forged) },
      { name: 'changed.json', text: signed.replace('"Field Office"', '"Field Officf"') },
    ],
    '1 accepted, 0 updated, 0 already there, 2 rejected, of 3 files.',
  );
  await expect(row(coordinator, 'field-office.json').locator('[data-signature]')).toHaveText('Signed by an unknown key');
  await expect(row(coordinator, 'forged.json').locator('td').last()).toContainText('The signature does not match');
  await expect(row(coordinator, 'changed.json').locator('td').last()).toContainText('integrity hash');

  // Trust on first use: the dialog shows the very fingerprint the field office read out.
  await coordinator.getByRole('button', { name: 'Trust this key, which signed field-office.json' }).click();
  const dialog = coordinator.getByRole('dialog');
  await expect(dialog).toContainText(fingerprint);
  await dialog.getByRole('button', { name: 'Trust this key' }).click();
  await expect(row(coordinator, 'field-office.json').locator('[data-signature]')).toHaveText('Signed by a trusted key (Field Office)');
  await expect(coordinator.locator('.trusted-keys')).toContainText('from a signed file');

  // Another coordinator trusts the key from its key file: signed by a trusted key at once.
  const other = await coordinatorPage(browser, baseURL!);
  await other.locator('#trusted-key-file').setInputFiles(writeFiles([{ name: 'field-office-signing-key.json', text: keyFile }]));
  await expect(other.locator('.trusted-keys')).toContainText(fingerprint);
  await importFiles(other, [{ name: 'field-office.json', text: signed }], '1 accepted, 0 updated, 0 already there, 0 rejected, of 1 files.');
  await expect(row(other, 'field-office.json').locator('[data-signature]')).toHaveText('Signed by a trusted key (Field Office)');

  // An unsigned export says so.
  const plain = await download(page, () => page.getByRole('button', { name: 'Export the result file' }).click());
  expect(JSON.parse(plain).signature).toBeUndefined();
  await importFiles(other, [{ name: 'plain.json', text: plain }], 'of 1 files.');
  await expect(row(other, 'plain.json').locator('[data-signature]')).toHaveText('Unsigned');
});

test('a sealed file: only the coordinator whose key it was sealed to opens it', async ({ page, browser, baseURL }) => {
  const coordinator = await coordinatorPage(browser, baseURL!);
  await coordinator.getByLabel('Name shown in the key file').fill('Network Coordinator');
  await coordinator.getByRole('button', { name: 'Create a sealing key' }).click();
  const sealingKey = await download(coordinator, () => coordinator.getByRole('button', { name: 'Download the public sealing key file' }).click());
  expect(JSON.parse(sealingKey)).toMatchObject({ use: 'seal', organization: 'Network Coordinator' });

  const id = await startAssessment(page, { name: 'Field Office', period: '2026' });
  await answerFirstElement(page);
  await page.goto(`/assessments/${id}/results`);
  const sealed = await download(page, () => page.locator('#seal-key-file').setInputFiles(writeFiles([{ name: 'coordinator-sealing-key.json', text: sealingKey }])));
  await expect(page.getByTestId('sealed-for')).toContainText('Network Coordinator');
  expect(JSON.parse(sealed)).toMatchObject({ format: 'ict-governance-sealed', recipient: JSON.parse(sealingKey).fingerprint });
  expect(sealed).not.toContain('Field Office');

  const flipped = JSON.parse(sealed);
  flipped.ciphertext = flipped.ciphertext.slice(0, 40) + (flipped.ciphertext[40] === 'A' ? 'B' : 'A') + flipped.ciphertext.slice(41);
  await importFiles(
    coordinator,
    [
      { name: 'sealed.json', text: sealed },
      { name: 'tampered.json', text: JSON.stringify(flipped) },
      { name: 'cut.json', text: sealed.slice(0, Math.floor(sealed.length / 2)) },
    ],
    '1 accepted, 0 updated, 0 already there, 2 rejected, of 3 files.',
  );
  await expect(row(coordinator, 'sealed.json').locator('[data-sealed]')).toBeVisible();
  await expect(coordinator.getByTestId('compare-matrix').locator('tbody th', { hasText: 'Field Office' })).toBeVisible();
  await expect(row(coordinator, 'tampered.json').locator('td').last()).toContainText('changed or damaged');
  await expect(row(coordinator, 'cut.json').locator('td').last()).toContainText('not valid JSON');

  // Another coordinator, with a sealing key of its own: refused, saying it is sealed for another key.
  const other = await coordinatorPage(browser, baseURL!);
  await other.getByLabel('Name shown in the key file').fill('Someone else');
  await other.getByRole('button', { name: 'Create a sealing key' }).click();
  await expect(other.getByRole('button', { name: 'Download the public sealing key file' })).toBeVisible();
  await importFiles(other, [{ name: 'sealed.json', text: sealed }], '0 accepted, 0 updated, 0 already there, 1 rejected, of 1 files.');
  await expect(row(other, 'sealed.json').locator('td').last()).toContainText('sealed file for another key');
});

test('a model file under a shipped model’s id and version but with other content is refused as a different model under the same name', async ({ page }) => {
  const lookalike = JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8'));
  lookalike.title = { en: 'A lookalike' };
  await page.goto('/');
  await page.locator('#model-file').setInputFiles(writeFiles([{ name: 'lookalike.json', text: JSON.stringify(lookalike) }]));
  await expect(page.locator('.model-problems')).toContainText('A different model under the same name');
});
