/**
 * The browser tests' shared set-up. Every test runs with a guard that fails
 * it when the app requests anything from another origin or the browser
 * reports a Content-Security-Policy violation or an uncaught error.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MaturityModelSchema, type LocalText, type MaturityModel } from '../src/model/schema.ts';
import { localize } from '../src/model/text.ts';

export { expect };

export const defaultModel: MaturityModel = MaturityModelSchema.parse(
  JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8')),
);

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use();
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(problems, 'CSP violations and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});

export interface NewAssessment {
  name: string;
  unit?: string;
  period?: string;
}

/** Starts an assessment from the home page and waits for its first questions. Returns its id. */
export async function startAssessment(page: Page, { name, unit = '', period = '2026' }: NewAssessment): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Organization').fill(name);
  await page.getByLabel('Unit (optional)').fill(unit);
  await page.getByLabel('Period').fill(period);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
  await expect(page.locator('fieldset.question').first()).toBeVisible();
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** The question's fieldset on the current page. */
export function questionBox(page: Page, questionId: string) {
  return page.locator(`fieldset[data-question-id="${questionId}"]`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Every page has its level-one heading once drawn: a page still loading its chunk and messages is not yet the page to judge.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // All of axe's default rules (no tag filter: WCAG 2.0–2.2 A and AA, best practices), and label-content-name-mismatch
  // (WCAG 2.5.3), which axe marks experimental and keeps off unless asked for.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  expect([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id), 'axe ran label-content-name-mismatch').toContain(
    'label-content-name-mismatch',
  );
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

export function allElements(model: MaturityModel = defaultModel) {
  return model.domains.flatMap((domain) => domain.elements.map((element) => ({ domain, element })));
}

/** A model text as the English interface shows it. */
export function english(text: LocalText): string {
  return localize(text, 'en', 'en');
}

export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** No network at all: the page and its service worker get nothing from the server. */
export async function cutNetwork(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

/**
 * Waits until IndexedDB holds `value` for a question. A question already answered (a copied answer, say)
 * says "saved" before its new answer's write has even started, so its save state cannot be waited on.
 */
export async function expectAnswerStored(page: Page, assessmentId: string, questionId: string, value: number | string | null): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        ([assessment, question]) =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open('ict-governance');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const request = db.transaction('answers').objectStore('answers').getAll();
              request.onsuccess = () => {
                db.close();
                resolve(request.result.find((a: { assessmentId: string; questionId: string }) => a.assessmentId === assessment && a.questionId === question)?.value ?? null);
              };
              request.onerror = () => reject(request.error);
            };
          }),
        [assessmentId, questionId] as const,
      ),
    )
    .toBe(value);
}

/** Waits until the comparison set named `name` is stored with `anonymised` as given, null for never chosen (read from IndexedDB itself). */
export async function expectSetAnonymisedStored(page: Page, name: string, anonymised: boolean | null): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        (setName) =>
          new Promise<boolean | null>((resolve, reject) => {
            const open = indexedDB.open('ict-governance');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction('comparisonSets').objectStore('comparisonSets').getAll();
              request.onsuccess = () => {
                open.result.close();
                resolve(request.result.find((set: { name: string }) => set.name === setName)?.anonymised ?? null);
              };
              request.onerror = () => reject(request.error);
            };
          }),
        name,
      ),
    )
    .toBe(anonymised);
}
