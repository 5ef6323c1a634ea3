/**
 * `npm run screenshots`: builds and serves the app, fills in a sample
 * assessment and saves screenshots of home, questionnaire and results in
 * English, Arabic and Chinese in public/screenshots/ (the README shows the
 * English questionnaire), the English questionnaire on a 390 × 844 phone,
 * the compendium of 30 sample results with governance profiles, and a
 * panel's consensus view (three respondents on their own browser contexts).
 *
 * `--only compendium` or `--only panel` makes that one alone; SCREENSHOT_PORT sets
 * the preview server's port (4393 by default).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
if (args.only !== undefined && args.only !== 'compendium' && args.only !== 'panel') {
  console.error('--only takes "compendium" or "panel"');
  process.exit(2);
}
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4393);
/** English for the README; Arabic and Chinese to check right-to-left layout and CJK text by eye. */
const LANGUAGES = [
  { locale: 'en-US', suffix: '', organization: 'United Nations Example Organization', unit: 'Headquarters' },
  { locale: 'ar', suffix: '-ar', organization: 'منظمة الأمم المتحدة النموذجية', unit: 'Field office Amman' },
  { locale: 'zh-CN', suffix: '-zh', organization: '联合国示例组织', unit: '总部' },
];
const BASE = `http://localhost:${PORT}`;
const OUT = 'public/screenshots';

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if ((await fetch(BASE).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the preview server did not start');
}

const executablePath = ensureChromium();
if (spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
mkdirSync(OUT, { recursive: true });
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (const { locale, suffix, organization, unit } of args.only ? [] : LANGUAGES) {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    await page.locator('#new-name').fill(organization);
    await page.locator('#new-unit').fill(unit);
    await page.locator('button[type="submit"].primary').click();
    await page.locator('fieldset.question').first().waitFor();
    // A plausible set of answers across the first domains.
    const levels = [3, 2, 4, 1, 3, 2, 3, 4, 2, 1, 3, 3];
    for (let element = 0; element < 6; element += 1) {
      const boxes = page.locator('fieldset.question');
      for (let i = 0; i < (await boxes.count()); i += 1) {
        await boxes.nth(i).locator(`input[value="${levels[(element * 2 + i) % levels.length]}"]`).check();
      }
      await page.locator('a[rel="next"]').click();
      await page.locator('#element-heading:focus').waitFor();
    }
    await page.locator('a[rel="prev"]').click();
    await page.locator('.save-summary[data-state="saved"]').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `${OUT}/questionnaire${suffix}.png` });
    if (suffix === '') {
      // The same questionnaire on a phone, opened afresh: the navigation folded into its drawer.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.locator('fieldset.question').first().waitFor();
      await page.screenshot({ path: `${OUT}/phone-questionnaire.png` });
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.reload();
      await page.locator('fieldset.question').first().waitFor();
    }
    await page.locator('.questionnaire-header a.button').click();
    await page.locator('.chart canvas').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/results${suffix}.png`, fullPage: false });
    await page.locator('#charts-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/results-charts${suffix}.png` });
    await page.goto(`${BASE}/`);
    await page.locator('.model-list, #new-name').first().waitFor();
    await page.screenshot({ path: `${OUT}/home${suffix}.png` });
    await context.close();
    console.log(`wrote ${OUT}/home${suffix}.png, questionnaire${suffix}.png, results${suffix}.png, results-charts${suffix}.png`);
  }
  // The compendium of governance models over 30 sample results, ten organizations with their profiles (README, "The compendium").
  if (args.only !== 'panel') {
    const folder = mkdtempSync(join(tmpdir(), 'compendium-'));
    spawnSync('node_modules/.bin/tsx', ['scripts/sample-results.ts', '--count', '30', '--seed', '11', '--embed', '--out', folder], { stdio: 'ignore' });
    const files = readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => join(folder, f));
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${BASE}/compare`);
    await page.locator('#set-new').fill('Network 2026');
    await page.locator('#set-new').press('Enter');
    await page.locator('#set-choice').waitFor();
    await page.locator('#import-files').setInputFiles(files);
    await page.locator('.heat-map tbody tr').nth(files.length - 1).waitFor({ timeout: 60_000 });
    await page.locator('.mode-switch button').nth(1).click();
    // Figures by decision-rights arrangement (groups of three or more) below the profiles.
    await page.getByTestId('compendium-maturity').locator('tbody tr').first().waitFor();
    await page.getByTestId('compendium').scrollIntoViewIfNeeded();
    await page.getByTestId('compendium').screenshot({ path: `${OUT}/compendium.png` });
    await context.close();
    console.log(`wrote ${OUT}/compendium.png`);
  }
  if (args.only !== 'compendium') await panelScreenshot(browser);
  await browser.close();
} finally {
  server.kill();
}

/** A download's name and text. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/**
 * A panel (README, "Panel assessments"): the lead names three respondents, each answers the first key element
 * on a browser context of their own (ICT at level 3, business at 1, finance at 2, each with a comment), the lead
 * imports the three contributions, and the first question's consensus view is saved.
 */
async function panelScreenshot(browser: Browser): Promise<void> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.locator('#new-name').fill('United Nations Example Organization');
  await page.locator('button[type="submit"].primary').click();
  await page.locator('fieldset.question').first().waitFor();
  const id = new URL(page.url()).pathname.split('/')[2]!;
  await page.goto(`${BASE}/assessments/${id}/panel`);
  await page.getByLabel('Your name').fill('Lena Ortiz');
  await page.getByLabel('Your role').fill('Chief information officer');
  await page.getByRole('button', { name: 'Save my name and role' }).click();
  const respondents = [
    { name: 'Amal Haddad', role: 'ICT', level: 3, comment: 'The ICT strategy is reviewed every year against the strategic plan.' },
    { name: 'Bruno Silva', role: 'Business', level: 1, comment: 'Programme managers are not asked when ICT priorities are set.' },
    { name: 'Chen Wei', role: 'Finance', level: 2, comment: 'Budget submissions cite the strategy, but no one checks the link.' },
  ];
  const contributions: { name: string; text: string }[] = [];
  for (const [i, respondent] of respondents.entries()) {
    await page.getByLabel('Name', { exact: true }).last().fill(respondent.name);
    await page.locator('#new-respondent-role').selectOption({ label: respondent.role });
    await page.getByRole('button', { name: 'Add the respondent' }).click();
    const group = page.getByRole('group', { name: `Respondent ${i + 1}: ${respondent.name}` });
    const pack = await downloaded(page, () => group.getByRole('button', { name: `Export the package for ${respondent.name}` }).click());
    // The respondent's own device: another context, so another IndexedDB.
    const device = await browser.newContext({ locale: 'en-US' });
    const theirs = await device.newPage();
    await theirs.goto(`${BASE}/`);
    await theirs.getByLabel('Open a contribution package').setInputFiles({ name: pack.name, mimeType: 'application/json', buffer: Buffer.from(pack.text) });
    await theirs.locator('fieldset.question').first().waitFor();
    const boxes = theirs.locator('fieldset.question');
    for (let q = 0; q < (await boxes.count()); q += 1) {
      await boxes.nth(q).locator(`input[value="${respondent.level}"]`).check();
    }
    await boxes.first().getByRole('textbox').first().fill(respondent.comment);
    await boxes.first().getByRole('textbox').first().blur();
    await theirs.locator('.save-summary[data-state="saved"]').waitFor();
    await theirs.goto(`${BASE}/assessments/${new URL(theirs.url()).pathname.split('/')[2]}/results`);
    contributions.push(await downloaded(theirs, () => theirs.getByRole('button', { name: 'Export my contribution' }).click()));
    await device.close();
  }
  await page.locator('#contribution-files').setInputFiles(contributions.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
  await page.getByTestId('received').filter({ hasText: '3 contributions received.' }).waitFor();
  const first = page.locator('[data-question-id]').first();
  await first.getByTestId('spread').waitFor();
  await first.scrollIntoViewIfNeeded();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await first.screenshot({ path: `${OUT}/panel-consensus.png` });
  await context.close();
  console.log(`wrote ${OUT}/panel-consensus.png`);
}
