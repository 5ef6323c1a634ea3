/**
 * Every route on a 360 × 740 phone, in English and in Arabic (right to
 * left): the page never scrolls sideways, no control starts off-screen
 * (a control inside a table that scrolls in its own box counts as on
 * screen when that box is), every target is at least 24 × 24 px or has the
 * room around it that WCAG 2.2 (2.5.8) asks for, and axe-core finds nothing
 * against WCAG 2.2 AA, `target-size` included. The questionnaire starts with
 * its first question in view and "Next" lands on the next key element.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { defaultModel, expect, questionBox, test } from './fixtures.ts';
import { sampleResults } from './result-corpus.ts';

const PHONE = { width: 360, height: 740 };
const MIN_TARGET = 24;

interface Problem {
  what: string;
  control: string;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Measures the page as it is drawn; returns what is wrong, described well enough to find it. Parts that
 * the browser draws only as they come near the screen (`content-visibility: auto`, the results' report
 * parts) are measured drawn, as a reader scrolling to them sees them: skipped, their controls have no box.
 */
async function measure(page: Page): Promise<{ scrollWidth: number; innerWidth: number; problems: Problem[] }> {
  return page.evaluate((minimum) => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Hidden on purpose: not drawn, or drawn in one pixel for screen readers (a file input behind its label).
      return r.width > 1 && r.height > 1 && style.visibility !== 'hidden' && !el.closest('[hidden], details:not([open]) > :not(summary)');
    };
    /** The nearest box that scrolls sideways on its own, if any. */
    const scroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && p.scrollWidth > p.clientWidth) return p;
      }
      return null;
    };
    const controls = [...document.querySelectorAll(selector)].filter(shown);
    const boxes = controls.map((el) => el.getBoundingClientRect());
    const problems: Problem[] = [];
    const box = (r: DOMRect) => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) });

    controls.forEach((el, i) => {
      const r = boxes[i]!;
      const inside = scroller(el);
      const frame = inside ? inside.getBoundingClientRect() : { left: 0, right: innerWidth };
      if (inside && (frame.left < -1 || frame.right > innerWidth + 1)) problems.push({ what: 'scrolling box off-screen', control: describe(inside), box: box(inside.getBoundingClientRect()) });
      if (!inside && (r.left < -1 || r.right > innerWidth + 1)) problems.push({ what: 'off-screen', control: describe(el), box: box(r) });

      if (r.width >= minimum && r.height >= minimum) return;
      // Exceptions of 2.5.8: a link inside a sentence; a radio or checkbox whose label (the same function) is big enough;
      // otherwise a 24 px circle around its centre must not meet any other target, nor another small target's circle.
      if (el.tagName === 'A' && el.parentElement && /\S/.test([...el.parentElement.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''))) return;
      if (el instanceof HTMLInputElement && el.labels?.length) {
        const label = el.labels[0]!.getBoundingClientRect();
        if (label.width >= minimum && label.height >= minimum) return;
      }
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const crowded = boxes.some((other, j) => {
        if (j === i || controls[j]!.contains(el) || el.contains(controls[j]!)) return false;
        const small = other.width < minimum || other.height < minimum;
        if (small) return Math.hypot(other.left + other.width / 2 - cx, other.top + other.height / 2 - cy) < minimum;
        const dx = Math.max(other.left - cx, 0, cx - other.right);
        const dy = Math.max(other.top - cy, 0, cy - other.bottom);
        return Math.hypot(dx, dy) < minimum / 2;
      });
      if (crowded) problems.push({ what: `smaller than ${minimum} × ${minimum} px and crowded`, control: describe(el), box: box(r) });
    });
    return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth, problems };
  }, MIN_TARGET);
}

async function checkPhonePage(page: Page, route: string): Promise<void> {
  // Polled: charts and tables settle into their boxes once drawn.
  await expect
    .poll(async () => {
      const { scrollWidth, innerWidth } = await measure(page);
      return scrollWidth - innerWidth;
    }, { message: `${route}: the page scrolls sideways` })
    .toBeLessThanOrEqual(0);
  const { problems } = await measure(page);
  expect(problems, `${route}: controls off-screen or too small`).toEqual([]);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const ran = [...axe.passes, ...axe.violations, ...axe.incomplete, ...axe.inapplicable].map((r) => r.id);
  expect(ran, 'axe ran its target-size rule').toContain('target-size');
  expect(
    axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `${route}: axe-core`,
  ).toEqual([]);
}

const LANGUAGES = [
  { locale: 'en-US', name: 'English', organization: 'United Nations Example Organization', dir: 'ltr' },
  { locale: 'ar', name: 'Arabic', organization: 'منظمة الأمم المتحدة النموذجية', dir: 'rtl' },
] as const;

const [firstElement, secondElement] = defaultModel.domains[0]!.elements;

for (const language of LANGUAGES) {
  test.describe(`a ${PHONE.width} × ${PHONE.height} phone in ${language.name}`, () => {
    test.use({ locale: language.locale, viewport: PHONE });
    // Every route, axe on each, and an import of sample files: longer than one click-through.
    test.describe.configure({ timeout: 240_000 });

    test('every route fits the screen, keeps its controls in reach and passes axe (WCAG 2.2 AA)', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
      await page.locator('#new-name').fill(language.organization);
      await page.locator('#new-unit').fill('Field office Amman');
      await page.locator('#new-period').fill('2026');
      await page.locator('button[type="submit"].primary').click();
      await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
      const id = new URL(page.url()).pathname.split('/')[2]!;

      // The questionnaire: the navigation is a closed drawer, so the first question starts on the first screen.
      const first = questionBox(page, firstElement!.questions[0]!.id);
      await expect(first).toBeVisible();
      expect((await first.boundingBox())!.y).toBeLessThan(PHONE.height);
      await expect(page.locator('.domain-drawer')).not.toHaveAttribute('open', '');
      await checkPhonePage(page, 'questionnaire');
      for (const question of firstElement!.questions) {
        await questionBox(page, question.id).locator('input[value="1"]').check();
        await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
      }

      // "Next" lands on the next key element's heading, with focus, at the top of the screen.
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/${secondElement!.id}$`));
      await expect(page.locator('#element-heading')).toBeFocused();
      const heading = (await page.locator('#element-heading').boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(0);
      expect(heading.y).toBeLessThan(PHONE.height / 3);

      // The drawer opens, leads to a key element, and closes behind it.
      await page.locator('.domain-drawer > summary').click();
      await expect(page.locator('.domain-drawer')).toHaveAttribute('open', '');
      await checkPhonePage(page, 'questionnaire, drawer open');
      await page.locator(`.domain-drawer a[href$="/${firstElement!.id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${firstElement!.id}$`));
      await expect(page.locator('#element-heading')).toBeFocused();
      await expect(page.locator('.domain-drawer')).not.toHaveAttribute('open', '');

      // Home: each assessment a card, its buttons on the screen.
      await page.goto('/');
      await expect(page.locator('.assessments tbody tr')).toHaveCount(1);
      await checkPhonePage(page, 'home');

      // Results, with an assessment in place: a contents list that leads to each section.
      await page.goto(`/assessments/${id}/results`);
      await expect(page.getByTestId('overall')).toBeVisible();
      await expect(page.locator('canvas').first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Field office Amman');
      const contents = page.locator('nav.contents a');
      expect(await contents.count()).toBeGreaterThanOrEqual(5);
      await page.locator('nav.contents a[href="#domains-heading"]').click();
      await expect.poll(async () => (await page.locator('#domains-heading').boundingBox())!.y).toBeLessThan(PHONE.height / 4);
      await expect(page).toHaveURL(new RegExp(`/assessments/${id}/results#domains-heading$`));
      await page.evaluate(() => scrollTo(0, 0));
      await checkPhonePage(page, 'results');

      // The model browser.
      await page.goto(`/models/${defaultModel.id}/${defaultModel.version}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkPhonePage(page, 'model browser');

      // Compare, with sample files imported.
      await page.goto('/compare');
      await page.locator('#set-new').fill('Network 2026');
      await page.locator('#set-new ~ button[type="submit"]').click();
      await expect(page.locator('#set-choice')).toHaveValue(/.+/);
      await page.locator('#import-files').setInputFiles(sampleResults(8));
      await expect(page.getByTestId('compare-matrix').locator('tbody tr')).toHaveCount(8, { timeout: 90_000 });
      await checkPhonePage(page, 'compare');
      // The organization column stays in view while the heat map scrolls sideways.
      const box = page.locator('.heat-map-box');
      const name = page.getByTestId('compare-matrix').locator('tbody th').first();
      const before = (await name.boundingBox())!;
      await box.evaluate((el) => (el.scrollLeft = getComputedStyle(el).direction === 'rtl' ? -400 : 400));
      await expect.poll(() => box.evaluate((el) => Math.abs(el.scrollLeft))).toBeGreaterThan(100);
      expect(Math.round((await name.boundingBox())!.x)).toBe(Math.round(before.x));
    });
  });
}
