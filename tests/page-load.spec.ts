import { en } from '../src/i18n/en.ts';
import { networkEn } from '../src/i18n/network/en.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

// The page's own requests, not the service worker's cache: what a first visit on a poor connection goes through.
test.use({ serviceWorkers: 'block' });

const homeChunk = /\/assets\/home-[^/]+\.js$/;

test('a page whose code fails to download once is fetched again by one reload, with no error left', async ({ page }) => {
  let failures = 0;
  await page.route(homeChunk, async (route) => {
    if (failures++ === 0) return route.abort('connectionreset');
    return route.continue();
  });
  const loads: string[] = [];
  page.on('load', () => loads.push(page.url()));
  await page.goto('/');
  await expect(page.getByRole('button', { name: networkEn['form.submit'] })).toBeVisible();
  expect(failures, 'the home page’s code was asked for twice: the failed fetch, then after the reload').toBe(2);
  expect(loads.length).toBe(2);
  await expect(page.getByRole('alert').filter({ hasText: en['pageLoad.title'] })).toHaveCount(0);
});

test('a page whose code cannot be downloaded says so after one reload, and “Try again” loads it once it can', async ({ page }) => {
  let blocked = true;
  let asked = 0;
  await page.route(homeChunk, async (route) => {
    asked++;
    return blocked ? route.abort('connectionreset') : route.continue();
  });
  await page.goto('/');
  const explained = page.getByRole('alert').filter({ hasText: en['pageLoad.title'] });
  await expect(explained).toBeVisible();
  await expect(explained).toContainText(en['pageLoad.body']);
  expect(asked, 'one reload, not a loop').toBe(2);
  await expect(page).toHaveTitle(new RegExp(en['pageLoad.title']));
  await expectNoAxeViolations(page);

  blocked = false;
  await explained.getByRole('button', { name: en['pageLoad.retry'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: networkEn['form.submit'] })).toBeVisible();
  await expect(explained).toHaveCount(0);
});
