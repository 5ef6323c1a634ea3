import type { Page } from '@playwright/test';
import { allElements, english, expect, questionBox, test } from './fixtures.ts';

/** Presses Tab until `isTarget` holds for the focused element (a keyboard user's way of getting somewhere). */
async function tabTo(page: Page, isTarget: string, arg?: unknown, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([predicate, value]) => new Function('el', 'arg', `return ${predicate}`)(document.activeElement, value) as boolean,
      [isTarget, arg] as const,
    );
    if (found) return;
  }
  throw new Error(`focus never reached ${isTarget} (${String(arg)})`);
}

test('the whole default assessment can be completed with the keyboard alone', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await tabTo(page, "el.id === 'new-name'");
  await page.keyboard.type('Keyboard Org');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);

  const elements = allElements();
  let answered = 0;
  for (const [index, { element }] of elements.entries()) {
    await expect(page.locator('#element-heading')).toHaveText(english(element.title));
    for (const [q, question] of element.questions.entries()) {
      await tabTo(page, "el.type === 'radio' && el.name === arg", `q-${question.id}`);
      // Space selects the first level; each arrow key moves to, and saves, the next.
      await page.keyboard.press('Space');
      const level = (index + q) % 6;
      for (let step = 0; step < level; step += 1) await page.keyboard.press('ArrowDown');
      await expect(questionBox(page, question.id).getByRole('radio', { checked: true })).toHaveValue(String(level));
      answered += 1;
    }
    const last = index === elements.length - 1;
    await tabTo(page, last ? "el.textContent === 'Finish and see the results'" : "el.rel === 'next'");
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { level: 1, name: /^Results: Keyboard Org/ })).toBeFocused();
  const overall = page.getByTestId('overall');
  await expect(overall.locator('[data-cell="coverage"]')).toHaveText('100%');
  await expect(page.getByText(/provisional/)).toHaveCount(0);
  expect(answered).toBeGreaterThanOrEqual(60);

  // Nothing lost on a reload.
  await page.reload();
  await expect(page.getByTestId('overall').locator('[data-cell="coverage"]')).toHaveText('100%');
});
