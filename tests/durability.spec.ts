/**
 * Data survives what field offices live with: a crashed browser, an app
 * update with a database migration, a move to another browser by backup.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.mjs';
import { allElements, expect, questionBox, startAssessment, test } from './fixtures.ts';

/** The ids of the processes whose command line contains `needle` (read from /proc: no pgrep needed). */
function processesWith(needle: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Every record of every store, in key order: what "the same data" means. */
function dumpDatabase(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('ict-governance');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const dump: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (dump[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(dump);
          };
        };
      }),
  );
}

/** Answers `count` questions in model order, each waited for until the page says it is saved. */
async function answerQuestions(page: Page, assessmentId: string, count: number): Promise<Map<string, string>> {
  const given = new Map<string, string>();
  for (const { element } of allElements()) {
    if (given.size >= count) break;
    await page.goto(`/assessments/${assessmentId}/${element.id}`);
    for (const question of element.questions) {
      if (given.size >= count) break;
      const level = String((given.size * 7) % 6);
      const box = questionBox(page, question.id);
      await box.locator(`input[value="${level}"]`).check();
      await expect(box).toHaveAttribute('data-save-state', 'saved');
      given.set(question.id, level);
    }
  }
  return given;
}

async function expectAnswers(page: Page, assessmentId: string, given: Map<string, string>): Promise<void> {
  const dump = await dumpDatabase(page);
  const stored = new Map(
    (dump.answers as { assessmentId: string; questionId: string; value: unknown }[])
      .filter((a) => a.assessmentId === assessmentId)
      .map((a) => [a.questionId, String(a.value)]),
  );
  expect(stored).toEqual(given);
}

test('a browser killed mid-work keeps every answer it showed as saved', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const total = allElements().reduce((n, { element }) => n + element.questions.length, 0);
  const count = Math.min(50, total);
  const profile = mkdtempSync(join(tmpdir(), 'crash-'));
  const executablePath = findChromium()!;
  try {
    let context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, baseURL });
    let page = context.pages()[0] ?? (await context.newPage());
    const id = await startAssessment(page, { name: 'Crash Test Org' });
    const given = await answerQuestions(page, id, count);

    // Kill the browser process outright: no page closes, no unload.
    const pids = processesWith(`--user-data-dir=${profile}`);
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone with its parent
      }
    }
    await context.close().catch(() => undefined);

    context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, baseURL });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(page.getByRole('rowheader', { name: 'Crash Test Org' })).toBeVisible();
    await expectAnswers(page, id, given);
    expect(given.size).toBe(count);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a backup restored into an empty browser gives back exactly the same data', async ({ page, context, baseURL }) => {
  const first = await startAssessment(page, { name: 'Backup Org', unit: 'Nairobi' });
  await answerQuestions(page, first, 5);
  const firstElement = allElements()[0]!.element;
  await page.goto(`/assessments/${first}/${firstElement.id}`);
  const box = questionBox(page, firstElement.questions[0]!.id);
  await box.getByRole('textbox').fill('Comment, "quoted", and ünïcödé — 中文 — عربى');
  await box.getByRole('textbox').blur();
  await expect(box).toHaveAttribute('data-save-state', 'saved');
  await page.goto('/');
  const second = await startAssessment(page, { name: 'Backup Org 2' });
  await answerQuestions(page, second, 3);
  await page.goto('/');
  const before = await dumpDatabase(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ict-governance-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  // Clear site data, as a new browser would be.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'all' });
  await page.reload();
  await expect(page.getByText('There are no assessments on this device yet.')).toBeVisible();

  await page.locator('#restore-file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: /^Restore ".*"\?$/ })).toBeVisible();
  await expect(page.getByText(`Assessments: 2 added, 0 replaced. Answers: ${before.answers!.length} added, 0 replaced.`)).toBeVisible();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored.' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Backup Org — Nairobi' })).toBeVisible();
  expect(await dumpDatabase(page)).toEqual(before);
});

test('a bad backup file is refused with its reasons and changes nothing', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Untouched Org' });
  await answerQuestions(page, id, 2);
  await page.goto('/');
  const before = await dumpDatabase(page);
  const backup = {
    format: 'ict-governance-backup',
    formatVersion: 1,
    appVersion: 'x',
    createdAt: new Date().toISOString(),
    assessments: [],
    answers: [{ assessmentId: 'nowhere', questionId: 'a.b', value: 11, comment: '', answeredAt: new Date().toISOString() }],
    settings: [],
  };
  await page.locator('#restore-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('"broken.json" cannot be restored; nothing was changed');
  await expect(alert).toContainText('$.answers[0].value');
  await page.locator('#restore-file').setInputFiles({ name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "ict-gov') });
  await expect(page.getByRole('alert')).toContainText('The file is not JSON');
  expect(await dumpDatabase(page)).toEqual(before);
});

test.describe('an update', () => {
  const port = 4331;
  const base = `http://localhost:${port}`;
  let server: ChildProcess | undefined;
  const root = mkdtempSync(join(tmpdir(), 'update-'));

  function build(outDir: string, env: Record<string, string>) {
    const result = spawnSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
  }

  async function serve(outDir: string) {
    server?.kill();
    await new Promise((resolve) => setTimeout(resolve, 300));
    server = spawn('node_modules/.bin/vite', ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { stdio: 'ignore' });
    await expect.poll(async () => (await fetch(base).catch(() => null))?.ok ?? false, { timeout: 20_000 }).toBe(true);
  }

  test.beforeAll(() => {
    build(join(root, 'v1'), { APP_VERSION: '1.0.0-e2e' });
    build(join(root, 'v2'), { APP_VERSION: '2.0.0-e2e', VITE_E2E_NEXT_MIGRATION: '1' });
  });
  test.afterAll(() => {
    server?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  test('a new version with a database migration waits for consent, then runs and keeps every answer', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await serve(join(root, 'v1'));
    const id = await startAssessment(page, { name: 'Update Org' });
    const given = await answerQuestions(page, id, 6);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect(page.getByText('Version 1.0.0-e2e.')).toBeVisible();
    const databaseVersion = () =>
      page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'ict-governance')?.version);
    const oldVersion = (await databaseVersion())!;
    const second = await context.newPage();
    await second.goto(`/assessments/${id}`);

    await serve(join(root, 'v2'));
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of the app is ready' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    // Nothing changes until the person agrees.
    await expect(page.getByText('Version 1.0.0-e2e.')).toBeVisible();
    await questionBox(page, allElements()[0]!.element.questions[0]!.id).isVisible();
    await prompt.getByRole('button', { name: 'Reload to update' }).click();

    await expect(page.getByText('Version 2.0.0-e2e.')).toBeVisible({ timeout: 30_000 });
    await expect.poll(databaseVersion).toBe(oldVersion + 1);
    await expectAnswers(page, id, given);
    // The other tab held the old database open: it was asked to reload, not left to corrupt anything.
    await expect(second.getByRole('alert').filter({ hasText: 'A newer version of the app was opened in another tab' })).toBeVisible();
    await context.close();
  });
});
