import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { bytesOf, craftedFiles, type CraftedFile } from '../src/exchange/crafted-files.fixture.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { sampleResults } from './result-corpus.ts';

// Tens of megabytes of files are written and imported.
test.describe.configure({ timeout: 240_000 });
const IMPORT_TIMEOUT = { timeout: 120_000 };

/** What the page says for each coded refusal, in English: the words that show it named the right problem. */
const PAGE_WORDING: Record<string, RegExp> = {
  'json.duplicate-key': /At \$\.[\w.]+: The key “\w+” appears twice in one object\./,
  'json.not-finite': /^(At \$.*: )?The number is too large to be read as a number\.$/,
  'json.lone-surrogate': /At \$\.\w+.*lone surrogate/,
  'json.too-large': /at most 5 MB is accepted/,
  'json.not-utf8': /The file is not UTF-8 text\./,
  'json.truncated': /The file is not valid JSON: it ends too early/,
  'schema.invalid_type': /^Expected an object\.$/,
};

const payload = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });

async function corpus() {
  const samples = sampleResults(4, 21);
  // The corpus starts from a file that embeds its model, so that it can tamper with the model too.
  const crafted = await craftedFiles(readFileSync(sampleResults(1, 21, { embed: true })[0]!, 'utf8'));
  const good = samples.map((path) => payload(basename(path), readFileSync(path)));
  return { good, crafted, files: [...good, ...crafted.map((f) => payload(f.name, bytesOf(f)))] };
}

async function createSet(page: import('@playwright/test').Page, label: string, button: string) {
  await page.goto('/compare');
  await page.getByLabel(label).fill('Crafted');
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('#set-choice')).toHaveValue(/.+/);
}

test('crafted files beside good ones: each refused with its reason or read safely, the good ones compared, no batch lost', async ({ page }) => {
  const { good, crafted, files } = await corpus();
  const accepted = crafted.filter((f) => 'accepted' in f.expected).length;
  const rejected = crafted.length - accepted;
  await createSet(page, 'Name of a new set', 'Create the set');

  await page.locator('#import-files').setInputFiles(files);
  await expect(page.locator('.import-summary')).toContainText(
    `${good.length + accepted} accepted, 0 updated, 0 already there, ${rejected} rejected, of ${files.length} files.`,
    IMPORT_TIMEOUT,
  );
  // A line for every file: no batch of outcomes went missing.
  await expect(page.locator('.import-outcomes tbody tr')).toHaveCount(files.length);
  const outcome = (name: string) => page.locator('.import-outcomes tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) });
  for (const { name } of good) await expect(outcome(name)).toHaveAttribute('data-status', 'accepted');
  for (const file of crafted as CraftedFile[]) {
    if ('accepted' in file.expected) {
      await expect(outcome(file.name)).toHaveAttribute('data-status', 'accepted');
      continue;
    }
    await expect(outcome(file.name), file.name).toHaveAttribute('data-status', 'rejected');
    const wording = file.expected.code ? PAGE_WORDING[file.expected.code]! : file.expected.refused;
    await expect(outcome(file.name).locator('td').last(), file.name).toHaveText(wording);
  }

  // The matrix holds the good files and those read safely; hostile text is shown as text.
  const matrix = page.getByTestId('compare-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(good.length + accepted);
  await expect(matrix.locator('tbody th', { hasText: 'Evil' })).toHaveCount(1);
  await expect(matrix.locator('tbody th', { hasText: 'HYPERLINK' })).toHaveCount(1);
  expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('a refusal is worded in the reader’s language, naming the field', async ({ page }) => {
    const { good, crafted } = await corpus();
    const duplicate = crafted.find((f) => f.name === 'duplicate-key.json')!;
    const infinite = crafted.find((f) => f.name === 'weight-infinite.json')!;
    await createSet(page, 'Nom du nouvel ensemble', 'Créer l’ensemble');
    await page.locator('#import-files').setInputFiles([good[1]!, payload(duplicate.name, bytesOf(duplicate)), payload(infinite.name, bytesOf(infinite))]);
    const rows = page.locator('.import-outcomes tbody tr');
    await expect(rows).toHaveCount(3, IMPORT_TIMEOUT);
    await expect(rows.filter({ hasText: 'duplicate-key.json' }).locator('td').last()).toHaveText('À $.organization.name : La clé « name » apparaît deux fois dans un même objet.');
    await expect(rows.filter({ hasText: 'weight-infinite.json' }).locator('td').last()).toContainText('Le nombre est trop grand pour être lu comme un nombre');
  });
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('a broken file and a file with a bad field are refused entirely in Arabic, naming the file and the field', async ({ page }) => {
    const good = readFileSync(sampleResults(1, 21)[0]!, 'utf8');
    const badField = JSON.parse(good);
    badField.organization.name = 42;
    await createSet(page, 'اسم المجموعة الجديدة', 'إنشاء المجموعة');
    await page.locator('#import-files').setInputFiles([
      payload('broken.json', new TextEncoder().encode(good.slice(0, Math.floor(good.length / 2)))),
      payload('bad-field.json', new TextEncoder().encode(JSON.stringify(badField))),
    ]);
    const rows = page.locator('.import-outcomes tbody tr');
    await expect(rows).toHaveCount(2, IMPORT_TIMEOUT);
    const broken = rows.filter({ has: page.locator('th', { hasText: 'broken.json' }) });
    const field = rows.filter({ has: page.locator('th', { hasText: 'bad-field.json' }) });
    await expect(broken.locator('td').first()).toHaveText('مرفوض');
    await expect(broken.locator('td').last()).toHaveText('الملف ليس بصيغة JSON صالحة: ينتهي قبل أوانه، كأنه قُطع.');
    await expect(field.locator('td').last()).toHaveText(/^في \u2068?\$\.organization\.name\u2069?: \u2068?المتوقع \u2068?نص\u2069?\.\u2069?$/);
    // Nothing in English: no word of Latin letters but the format's name and the field's path.
    for (const row of [broken, field]) {
      const text = (await row.locator('td').last().textContent())!;
      expect(text).not.toMatch(/not valid JSON|Unexpected|expected/i);
      expect(text.replace(/\$[\w.[\]"]*/g, '').match(/[A-Za-z]{2,}/g) ?? []).toEqual(text.includes('JSON') ? ['JSON'] : []);
    }
    await expectNoAxeViolations(page);
  });
});
