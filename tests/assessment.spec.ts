import type { AnswerValue } from '../src/assessment/schema.ts';
import type { MaturityModel } from '../src/model/schema.ts';
import { defaultModel, english, expect, expectNoAxeViolations, questionBox, startAssessment, test } from './fixtures.ts';

/**
 * The figures the README's rating rules give, computed here independently
 * of src/scoring so that the page is checked against the rules, not against
 * itself: ISO/IEC 33020's rule (a level when Largely achieved at it, more
 * than 50 % of the weight, and Fully below it, more than 85 %) over the
 * questions of an element, the elements of a domain and all elements.
 */
function expectedFigures(model: MaturityModel, answers: Record<string, AnswerValue>) {
  const mean = (pairs: [number, number][]) => {
    const weight = pairs.reduce((n, [, w]) => n + w, 0);
    return weight ? pairs.reduce((n, [v, w]) => n + v * w, 0) / weight : null;
  };
  /** [level or null, weight] pairs → the level they reach together; null when none is rated. */
  const rate = (items: [number | null, number][]): number | null => {
    if (!items.some(([l]) => l !== null)) return null;
    const total = items.reduce((n, [, w]) => n + w, 0);
    const share = (k: number) => items.reduce((n, [l, w]) => n + (l !== null && l >= k ? w : 0), 0) / total;
    let level = 0;
    for (let k = 1; k <= 5; k += 1) {
      if (share(k) > 0.5 && (k === 1 || share(k - 1) > 0.85)) level = k;
      else break;
    }
    return level;
  };
  const domains = model.domains.map((domain) => {
    const elements = domain.elements.map((element) => {
      const levels = element.questions.flatMap((q) => {
        const a = answers[q.id];
        return a === undefined || a === 'na' ? [] : [[a, q.weight] as [number, number]];
      });
      const complete = element.questions.every((q) => q.id in answers);
      const notApplicable = complete && levels.length === 0;
      return {
        id: element.id,
        weight: element.weight,
        score: mean(levels),
        level: complete && !notApplicable ? rate(levels) : null,
        notApplicable,
      };
    });
    const applicable = elements.filter((e) => !e.notApplicable);
    const scored = elements.filter((e) => e.score !== null);
    const questions = domain.elements.flatMap((e) => e.questions);
    return {
      id: domain.id,
      weight: domain.weight,
      elements,
      score: mean(scored.map((e) => [e.score!, e.weight])),
      level: rate(applicable.map((e) => [e.level, e.weight])),
      notApplicable: applicable.length === 0,
      coverage: questions.filter((q) => q.id in answers).length / questions.length,
    };
  });
  const scored = domains.filter((d) => d.score !== null);
  const total = model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions)).length;
  const allElements = domains.flatMap((d) => d.elements).filter((e) => !e.notApplicable);
  return {
    domains,
    overall: {
      score: mean(scored.map((d) => [d.score!, d.weight])),
      level: rate(allElements.map((e) => [e.level, e.weight])),
      coverage: Object.keys(answers).length / total,
    },
  };
}

const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const score = (value: number | null) => (value === null ? '—' : oneDecimal.format(Math.round((value + Number.EPSILON) * 100) / 100));
const levelText = (value: number | null, notApplicable = false) =>
  value === null
    ? notApplicable
      ? 'Not applicable'
      : 'not rated yet'
    : `${value} — ${english(defaultModel.scale.find((s) => s.level === value)!.name)}`;
const overallLevelText = (value: number | null) => (value === null ? '—' : levelText(value));
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A known answer set: the first three domains, levels in a fixed pattern, "not applicable" where allowed. */
function knownAnswers(): Record<string, AnswerValue> {
  const pattern = [3, 1, 4, 1, 5, 2, 0, 3, 2] as const;
  const answers: Record<string, AnswerValue> = {};
  let i = 0;
  for (const domain of defaultModel.domains.slice(0, 3)) {
    for (const element of domain.elements) {
      for (const question of element.questions) {
        answers[question.id] = question.allowNotApplicable && i % 2 === 0 ? 'na' : pattern[i % pattern.length]!;
        i += 1;
      }
    }
  }
  return answers;
}

test('a CIO answers a known set, reloads without losing anything, and reads the scores the rules give', async ({ page }) => {
  const answers = knownAnswers();
  const id = await startAssessment(page, { name: 'World Meteorological Organization', unit: 'Headquarters', period: '2026' });

  for (const domain of defaultModel.domains.slice(0, 3)) {
    for (const element of domain.elements) {
      await page.getByRole('navigation', { name: 'Domains and key elements' }).getByRole('link', { name: english(element.title), exact: true }).click();
      await expect(page.locator('#element-heading')).toHaveText(english(element.title));
      for (const question of element.questions) {
        const box = questionBox(page, question.id);
        const value = answers[question.id]!;
        await box.getByRole('radio', { name: value === 'na' ? /^Not applicable/ : new RegExp(`^Level ${value} `) }).check();
        // "Not applicable" counts only with its reason.
        if (value === 'na') await box.getByRole('textbox', { name: 'Why it does not apply (required)' }).fill('Served by another organization.');
        await expect(box).toHaveAttribute('data-save-state', 'saved');
      }
    }
  }
  await page.getByRole('textbox', { name: 'Comment or evidence (optional)' }).first().fill('Minutes of the March meeting');
  await page.keyboard.press('Tab');
  await expect(page.locator('.save-summary')).toHaveText('All changes saved');

  // Everything survives a reload, and the questionnaire reopens where the person left off.
  await page.goto('/');
  await page.reload();
  await page.getByRole('link', { name: /^Continue the assessment of World Meteorological Organization/ }).click();
  const lastElement = defaultModel.domains[2]!.elements.at(-1)!;
  await expect(page).toHaveURL(`/assessments/${id}/${lastElement.id}`);
  await expect(page.getByRole('textbox', { name: 'Comment or evidence (optional)' }).first()).toHaveValue('Minutes of the March meeting');
  const total = defaultModel.domains.flatMap((d) => d.elements.flatMap((e) => e.questions)).length;
  await expect(page.getByText(`${Object.keys(answers).length} of ${total} questions answered`)).toBeVisible();
  for (const [questionId, value] of Object.entries(answers)) {
    const elementId = questionId.split('.').slice(0, 2).join('.');
    if (!page.url().endsWith(elementId)) await page.goto(`/assessments/${id}/${elementId}`);
    const box = questionBox(page, questionId);
    await expect(box.getByRole('radio', { checked: true })).toHaveValue(String(value));
  }

  // The results are the figures the scoring rules give for this set.
  await page.goto(`/assessments/${id}/results`);
  const expected = expectedFigures(defaultModel, answers);
  const overall = page.getByTestId('overall');
  await expect(overall.locator('[data-cell="score"]')).toHaveText(score(expected.overall.score));
  await expect(overall.locator('[data-cell="level"]')).toHaveText(overallLevelText(expected.overall.level));
  await expect(overall.locator('[data-cell="coverage"]')).toHaveText(percent(expected.overall.coverage));
  // A third of the questions answered: the page warns that the figures say little yet.
  await expect(page.getByText(/these figures say little yet/)).toBeVisible();
  for (const domain of expected.domains) {
    const row = page.locator(`tr[data-domain-id="${domain.id}"]`);
    await expect(row.locator('[data-cell="score"]')).toHaveText(score(domain.score));
    await expect(row.locator('[data-cell="level"]')).toHaveText(levelText(domain.level, domain.notApplicable));
    await expect(row.locator('[data-cell="coverage"]')).toHaveText(percent(domain.coverage));
    for (const element of domain.elements) {
      const elementRow = page.locator(`tr[data-element-id="${element.id}"]`);
      await expect(elementRow.locator('[data-cell="score"]')).toHaveText(score(element.score));
      await expect(elementRow.locator('[data-cell="level"]')).toHaveText(levelText(element.level, element.notApplicable));
    }
  }
});

test('organization text is shown as text, never run as markup', async ({ page }) => {
  const name = '<img src=x onerror="window.__injected=1"><b>Bold</b>';
  await startAssessment(page, { name, unit: '<script>window.__injected=2</script>' });
  await expect(page.locator('h1')).toContainText(name);
  await page.goto('/');
  await expect(page.getByRole('rowheader').first()).toContainText(name);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  await expect(page.locator('main img, main b, main script')).toHaveCount(0);
});

test('an assessment is deleted only after confirmation, with its answers', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Deleted Org' });
  const question = defaultModel.domains[0]!.elements[0]!.questions[0]!;
  await questionBox(page, question.id).getByRole('radio', { name: /^Level 2 / }).check();
  await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
  await startAssessment(page, { name: 'Kept Org' });
  await page.goto('/');

  await page.getByRole('button', { name: 'Delete the assessment of Deleted Org' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
  await expect(dialog).toContainText('its 1 answer will be removed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('rowheader', { name: 'Deleted Org' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete the assessment of Deleted Org' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('rowheader', { name: 'Deleted Org' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'Kept Org' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Deleted Org' })).toHaveCount(0);
  await page.goto(`/assessments/${id}`);
  await expect(page.getByRole('heading', { name: 'This assessment is not on this device' })).toBeVisible();
});

test('the form says what is missing, next to the field and in a summary that leads to it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Organization').fill('   ');
  await page.getByLabel('Period', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const field = page.getByLabel('Organization');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(/Enter the name of the organization/);
  await expect(page).toHaveURL('/');
  const summary = page.getByRole('alert').filter({ hasText: 'The assessment cannot start yet:' });
  await expect(summary.getByRole('link')).toHaveText(['Enter the name of the organization (up to 200 characters).', 'Enter the period the assessment covers (up to 50 characters).']);
  await summary.getByRole('link', { name: /period/ }).click();
  await expect(page.getByLabel('Period', { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a failed save is shown as an error, the answer stays selected, and nothing is written', async ({ page, context }) => {
  const id = await startAssessment(page, { name: 'Vanishing Org' });
  // Another tab deletes the assessment while this one is still answering.
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'Delete the assessment of Vanishing Org' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(other.getByRole('rowheader', { name: 'Vanishing Org' })).toHaveCount(0);

  const question = defaultModel.domains[0]!.elements[0]!.questions[0]!;
  const box = questionBox(page, question.id);
  await box.getByRole('radio', { name: /^Level 4 / }).check();
  await expect(box).toHaveAttribute('data-save-state', 'failed');
  await expect(box.getByRole('alert')).toContainText('Not saved: this assessment is no longer on this device');
  await expect(box.getByRole('radio', { name: /^Level 4 / })).toBeChecked();
  await expect(page.getByRole('status')).toContainText('1 answer is not saved yet');
  const stored = await page.evaluate(
    (assessmentId) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('ict-governance');
        open.onsuccess = () => {
          const request = open.result.transaction('answers').objectStore('answers').index('by-assessment').count(assessmentId);
          request.onsuccess = () => resolve(request.result);
        };
      }),
    id,
  );
  expect(stored).toBe(0);
});

test('a comment typed just before leaving is kept', async ({ page }) => {
  const id = await startAssessment(page, { name: 'Hasty Org' });
  const question = defaultModel.domains[0]!.elements[0]!.questions[0]!;
  await questionBox(page, question.id).getByRole('textbox').fill('Typed at the last second');
  await page.goto('/');
  await page.goto(`/assessments/${id}/${defaultModel.domains[0]!.elements[0]!.id}`);
  await expect(questionBox(page, question.id).getByRole('textbox')).toHaveValue('Typed at the last second');
});
