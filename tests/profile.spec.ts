/**
 * The governance profile: filled in with the keyboard alone, each answer
 * kept across a reload; axe-clean in English and Arabic; on the printed
 * results as its own page, "How ICT is governed here".
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, startAssessment, test } from './fixtures.ts';

async function openProfileWithKeyboard(page: Page) {
  const link = page.getByRole('link', { name: 'Governance profile' });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'How ICT is governed here' })).toBeVisible();
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

test('a profile filled in with the keyboard alone is saved as given and kept after a reload', async ({ page }) => {
  await startAssessment(page, { name: 'Profile Org' });
  await openProfileWithKeyboard(page);

  // A choice: arrow keys move through the radio group and choose.
  const kind = page.getByRole('group', { name: 'Kind of organization' });
  await kind.getByRole('radio', { name: 'Department or office of the Secretariat' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(kind.getByRole('radio', { name: 'Fund or programme' })).toBeChecked();
  await saved(page);

  // Several choices: Space ticks a box, Tab moves to the next.
  const regions = page.getByRole('group', { name: 'Regions of operation' });
  await regions.getByRole('checkbox', { name: 'Africa' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(regions.getByRole('checkbox', { name: 'Europe' })).toBeFocused();
  await page.keyboard.press('Space');
  await saved(page);

  // Numbers are saved when the field is left; the help text describes the field.
  const staff = page.getByRole('spinbutton', { name: 'Staff (headcount)', exact: true });
  await expect(staff).toHaveAccessibleDescription(/All staff on the last day of last year/);
  await staff.focus();
  await page.keyboard.type('7200');
  await page.keyboard.press('Tab');
  await saved(page);

  // An amount: the number, then its currency chosen with the arrow keys.
  const spending = page.getByRole('group', { name: 'ICT spending last year' });
  await spending.getByRole('spinbutton', { name: 'Amount' }).focus();
  await page.keyboard.type('41500000');
  await page.keyboard.press('Tab');
  await expect(spending.getByRole('combobox', { name: 'Currency' })).toBeFocused();
  await saved(page);
  await page.keyboard.press('ArrowDown');
  await expect(spending.getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
  await saved(page);

  // A percentage out of range is refused, said so next to the field, and nothing is saved.
  const share = page.getByRole('spinbutton', { name: 'ICT spending as a share of total expenditure' });
  await share.focus();
  await page.keyboard.type('150');
  await page.keyboard.press('Tab');
  await expect(share).toHaveAccessibleDescription(/Enter 100 or less\. Not saved\./);
  await share.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4.5');
  await page.keyboard.press('Tab');
  await expect(share).not.toHaveAccessibleDescription(/Not saved/);
  await saved(page);

  const title = page.getByRole('textbox', { name: 'Title of the head of ICT' });
  await title.focus();
  await page.keyboard.type('Chief Information Technology Officer');
  await page.keyboard.press('Tab');
  await saved(page);

  await page.reload();
  await expect(page.getByRole('group', { name: 'Kind of organization' }).getByRole('radio', { name: 'Fund or programme' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Regions of operation' }).getByRole('checkbox', { name: 'Africa' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Regions of operation' }).getByRole('checkbox', { name: 'Europe' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Regions of operation' }).getByRole('checkbox', { name: 'Asia and the Pacific' })).not.toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Staff (headcount)', exact: true })).toHaveValue('7200');
  await expect(page.getByRole('group', { name: 'ICT spending last year' }).getByRole('spinbutton', { name: 'Amount' })).toHaveValue('41500000');
  await expect(page.getByRole('group', { name: 'ICT spending last year' }).getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
  await expect(page.getByRole('spinbutton', { name: 'ICT spending as a share of total expenditure' })).toHaveValue('4.5');
  await expect(page.getByRole('textbox', { name: 'Title of the head of ICT' })).toHaveValue('Chief Information Technology Officer');

  // "Not stated" takes a choice back.
  await page.getByRole('group', { name: 'Kind of organization' }).getByRole('radio', { name: 'Not stated' }).check();
  await saved(page);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Kind of organization' }).getByRole('radio', { name: 'Not stated' })).toBeChecked();
});

test('the profile page has no axe violations in English and in Arabic', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Accessible Profile Org' });
  await page.goto(`/assessments/${id}/profile`);
  await page.getByRole('group', { name: 'Kind of organization' }).getByRole('radio', { name: 'Specialized agency' }).check();
  await page.getByRole('spinbutton', { name: 'Staff (headcount)', exact: true }).fill('-3');
  await page.getByRole('spinbutton', { name: 'Staff (headcount)', exact: true }).blur();
  await expect(page.getByText('Enter 0 or more. Not saved.')).toBeVisible();
  await expectNoAxeViolations(page);

  const switcher = page.locator('#language-switcher');
  await switcher.focus();
  await switcher.selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'كيف تُحكم تكنولوجيا المعلومات والاتصالات هنا' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'نوع المنظمة' }).getByRole('radio', { name: 'وكالة متخصصة' })).toBeChecked();
  await expectNoAxeViolations(page);
});

test('the printed results carry the profile as its own page, and a final assessment’s profile cannot be changed', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Printed Profile Org' });
  await page.goto(`/assessments/${id}/profile`);
  await page.getByRole('group', { name: 'How ICT decision rights are arranged' }).getByRole('radio', { name: 'Federated' }).check();
  await page.getByRole('spinbutton', { name: 'Field or country offices' }).fill('135');
  await page.getByRole('spinbutton', { name: 'Field or country offices' }).blur();
  await saved(page);

  await page.getByRole('link', { name: 'See the results' }).click();
  const summary = page.getByTestId('profile-summary');
  await expect(summary.getByRole('heading', { name: 'How ICT is governed here' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Federated');
  await expect(summary.locator('[data-item="field-offices"]')).toHaveText('135');
  expect(await summary.evaluate((section) => getComputedStyle(section).breakBefore)).toBe('page');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Mark as final' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as final' }).click();
  await expect(page.getByText('Final', { exact: false }).first()).toBeVisible();
  await page.goto(`/assessments/${id}/profile`);
  await expect(page.getByText('This assessment is final: its profile can be read but not changed.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'How ICT decision rights are arranged' }).getByRole('radio', { name: 'Federated' })).toBeDisabled();
  await expect(page.getByRole('spinbutton', { name: 'Field or country offices' })).toBeDisabled();
});
