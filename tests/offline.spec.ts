import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.mjs';
import { cutNetwork, defaultModel, expect, questionBox, startAssessment, test, waitForServiceWorkerControl } from './fixtures.ts';

async function answer(page: Page, questionId: string, level: number): Promise<void> {
  const box = questionBox(page, questionId);
  await box.getByRole('radio', { name: new RegExp(`^Level ${level} `) }).check();
  await expect(box).toHaveAttribute('data-save-state', 'saved');
}

const firstElement = defaultModel.domains[0]!.elements[0]!;
const [firstQuestion, secondQuestion] = firstElement.questions;

test('after one visit the app works with no network: it reloads, keeps answers, and runs a new assessment', async ({ page, context }) => {
  const id = await startAssessment(page, { name: 'Field Office Juba' });
  await answer(page, firstQuestion!.id, 2);
  await waitForServiceWorkerControl(page);

  await cutNetwork(context);
  await page.reload();
  // Chromium 150 drops the offline emulation on reload (navigator.onLine reads true again, while every
  // request still fails): apply it again, and the header must follow the browser's "offline" event.
  await context.setOffline(false);
  await context.setOffline(true);
  await expect(page.locator('.status-online')).toHaveAttribute('data-state', 'offline');
  await expect(questionBox(page, firstQuestion!.id).getByRole('radio', { checked: true })).toHaveValue('2');

  // A whole new assessment, offline: started, answered, scored.
  const second = await startAssessment(page, { name: 'Field Office Goma' });
  expect(second).not.toBe(id);
  await answer(page, firstQuestion!.id, 4);
  if (secondQuestion) await answer(page, secondQuestion.id, 4);
  await page.getByRole('link', { name: 'See the results', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Results: Field Office Goma/ })).toBeVisible();
  await expect(page.locator(`tr[data-element-id="${firstElement.id}"] [data-cell="score"]`)).toHaveText('4.0');

  // A route never visited before is served offline too.
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

/** When each of a first visit's downloads ended, and when its service worker was registered (performance.now()). */
interface FirstVisit {
  ends: number[];
  registeredAt?: number;
}

test('a first visit downloads its own page first, and the offline copy only after a quiet second', async ({ page }) => {
  // The offline copy (every model edition) used to start at the load event, beside the page's own chunks and catalogs.
  // Noted in the page: when each of its downloads ended, and when the service worker was registered.
  await page.addInitScript(() => {
    const seen: FirstVisit = { ends: [] };
    (window as unknown as { firstVisit: FirstVisit }).firstVisit = seen;
    new PerformanceObserver((list) => {
      if (seen.registeredAt !== undefined) return;
      // The registration's own code (src/pwa/workbox.ts) is fetched once the page has settled, to register.
      for (const entry of list.getEntries()) if (!entry.name.includes('/assets/workbox-')) seen.ends.push((entry as PerformanceResourceTiming).responseEnd);
    }).observe({ type: 'resource', buffered: true });
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      seen.registeredAt ??= performance.now();
      return register(...args);
    };
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorkerControl(page);
  const { ends, registeredAt } = await page.evaluate(() => (window as unknown as { firstVisit: FirstVisit }).firstVisit);
  expect(registeredAt, 'the service worker was registered').toBeDefined();
  expect(ends.length, 'the page’s own downloads were seen').toBeGreaterThan(3);
  expect(registeredAt! - Math.max(...ends), 'ms between the page’s last download and the registration').toBeGreaterThanOrEqual(1000);
});

test('an answer given in one tab appears in another without a reload', async ({ page, context }) => {
  const id = await startAssessment(page, { name: 'Two Tabs Org' });
  const other = await context.newPage();
  await other.goto(`/assessments/${id}/${firstElement.id}`);
  await expect(questionBox(other, firstQuestion!.id)).toBeVisible();

  await answer(page, firstQuestion!.id, 3);
  await expect(questionBox(other, firstQuestion!.id).getByRole('radio', { checked: true })).toHaveValue('3');
  await questionBox(page, firstQuestion!.id).getByRole('textbox').fill('Seen in the other tab');
  await questionBox(page, firstQuestion!.id).getByRole('textbox').blur();
  await expect(questionBox(other, firstQuestion!.id).getByRole('textbox')).toHaveValue('Seen in the other tab');

  // And the home page of the other tab lists a new assessment at once.
  await other.goto('/');
  await expect(other.getByRole('rowheader', { name: 'Two Tabs Org' })).toBeVisible();
  await startAssessment(page, { name: 'Third Tab Org' });
  await expect(other.getByRole('rowheader', { name: 'Third Tab Org' })).toBeVisible();
});

test('persistent storage is asked for when the first answer is saved, not on page load', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { persistCalls: string[] }).persistCalls = calls;
    const original = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      calls.push(location.pathname);
      return original();
    };
  });
  await startAssessment(page, { name: 'Persistent Org' });
  expect(await page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual([]);
  await answer(page, firstQuestion!.id, 1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls.length)).toBe(1);
  await page.goto('/');
  await expect(page.getByTestId('storage-status')).toContainText(/Storage on this device is (persistent|not marked persistent)/);
  await expect(page.getByTestId('storage-status')).toContainText(/The app uses [\d.,]+ MB of the [\d.,]+ MB available/);
});

test('a full disk is said plainly, the answer stays on screen and is saved once there is room', async ({ page }) => {
  // Chromium's quota override (DevTools protocol) does not reach a database
  // that is already open, so the disk "fills" at IndexedDB's boundary: while
  // the flag is set, every put fails as it does on a full disk.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const id = await startAssessment(page, { name: 'Full Disk Org' });
  await answer(page, firstQuestion!.id, 1);
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));

  const box = questionBox(page, firstQuestion!.id);
  await box.getByRole('textbox').fill('Evidence: minutes of the board');
  await box.getByRole('radio', { name: /^Level 5 / }).check();
  await expect(box).toHaveAttribute('data-save-state', 'failed');
  await expect(box.getByRole('alert')).toContainText('run out of storage space');
  await expect(box.getByRole('radio', { name: /^Level 5 / })).toBeChecked();
  await expect(page.locator('.status-saved')).toHaveAttribute('data-state', 'failed');
  // What was saved before is untouched.
  const stored = () =>
    page.evaluate(
      ([assessmentId, questionId]) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('ict-governance');
          open.onsuccess = () => {
            const request = open.result.transaction('answers').objectStore('answers').get([assessmentId!, questionId!]);
            request.onsuccess = () => resolve(request.result?.value);
          };
        }),
      [id, firstQuestion!.id],
    );
  expect(await stored()).toBe(1);

  // Room again: the answer is retried by itself and saved.
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await expect(box).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  await expect(page.locator('.status-saved')).toHaveAttribute('data-state', 'saved');
  expect(await stored()).toBe(5);
  await page.reload();
  await expect(questionBox(page, firstQuestion!.id).getByRole('radio', { checked: true })).toHaveValue('5');
  await expect(questionBox(page, firstQuestion!.id).getByRole('textbox')).toHaveValue('Evidence: minutes of the board');
});

test('the manifest and icons pass Chromium\'s installability checks', async ({ baseURL }) => {
  // Installability is never granted in an incognito-like context: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/' });
    const purposes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
    expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
