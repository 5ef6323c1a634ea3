/**
 * Printouts read back from the PDF Chromium makes of them: the report
 * carries the action plan under each priority (the action itself included),
 * prints closed sections open and leaves no heading alone on a page; the
 * comparison prints every column, with a header naming the set, the date,
 * the filters and whether it is anonymised. In English and in Arabic.
 */
import type { Page } from '@playwright/test';
import { ar as arCore } from '../src/i18n/ar.ts';
import { networkAr } from '../src/i18n/network/ar.ts';
// The core catalog and the network's part (Compare, compendium, benchmark, organization view), as the pages see them.
const ar = { ...arCore, ...networkAr };
import { en as enCore } from '../src/i18n/en.ts';
import { networkEn } from '../src/i18n/network/en.ts';
// The core catalog and the network's part (Compare, compendium, benchmark, organization view), as the pages see them.
const en = { ...enCore, ...networkEn };
import { localize } from '../src/model/text.ts';
import { defaultModel, expect, expectSetAnonymisedStored, questionBox, test } from './fixtures.ts';
import { sampleResults } from './result-corpus.ts';

/**
 * The text of each page of a PDF. Chromium writes right-to-left text glyph by
 * glyph in visual order: each run of text on one line is read back right to
 * left when it holds right-to-left text, and in the order written otherwise.
 */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const { width } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    type Item = { str: string; dir: string; transform: number[]; width: number; height: number };
    const runs: Item[][] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      // Text written beyond the paper's edge is in the file but not on the page: cut off.
      const x = item.transform[4]!;
      expect(x >= -1 && x + item.width <= width + 1, `page ${n}: "${item.str}" lies within the page (x ${Math.round(x)}, page width ${Math.round(width)})`).toBe(true);
      const last = runs.at(-1);
      // One line: baselines closer than half a line. A letter carrying a vowel mark (طُ) comes as its own item,
      // its baseline shifted by the mark, so a fixed tolerance of a point or two would split the word.
      const tolerance = Math.max(2, Math.min(last?.[0]!.height ?? 0, item.height) / 2);
      if (last && Math.abs(last[0]!.transform[5]! - item.transform[5]!) <= tolerance) last.push(item);
      else runs.push([item]);
    }
    pages.push(
      runs
        .map((run) => (run.some((i) => i.dir === 'rtl') ? [...run].sort((a, b) => b.transform[4]! - a.transform[4]!) : run).map((i) => i.str).join(''))
        .join(' '),
    );
  }
  return pages;
}

/**
 * Text compared as letters: without spaces, line breaks, bidi marks and
 * Arabic vowel marks, presentation forms folded (NFKC), and the lam–alef
 * maksura ligature, which comes back in visual order, put in logical order.
 */
const squeeze = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u2066-\u2069\u200e\u200f\u064b-\u0652\u0670]+/g, '')
    .replace(/ىل/g, 'لى');

/** Present in the PDF; in right-to-left text, each run of Latin letters and digits is looked for apart from the words around it. */
function expectInPdf(text: string, expected: string, what: string, rtl: boolean) {
  const parts = rtl ? expected.split(/([A-Za-z0-9]+)/).filter((p) => squeeze(p) !== '') : [expected];
  for (const part of parts) expect(squeeze(text).includes(squeeze(part)), `${what}: "${part}" (of "${expected}") is in the PDF`).toBe(true);
}

const LANGUAGES = [
  {
    locale: 'en-US',
    language: 'en',
    catalog: en,
    organization: 'Printed Organization of Nations',
    actions: ['Adopt an ICT strategy approved by the board', 'Publish the decision rights of each committee'],
    owners: ['CIO office', 'Chief of staff'],
  },
  {
    locale: 'ar',
    language: 'ar',
    catalog: ar,
    organization: 'منظمة الأمم المتحدة النموذجية',
    actions: ['اعتماد استراتيجية لتكنولوجيا المعلومات يقرها المجلس', 'نشر صلاحيات اتخاذ القرار لكل لجنة'],
    owners: ['مكتب كبير موظفي المعلومات', 'رئيس الديوان'],
  },
] as const;

async function start(page: Page, organization: string): Promise<string> {
  await page.goto('/');
  await page.locator('#new-name').fill(organization);
  await page.locator('#new-unit').fill('Geneva');
  await page.locator('#new-period').fill('2026');
  await page.locator('button[type="submit"].primary').click();
  await page.waitForURL(/\/assessments\/[^/]+\/[^/]+$/);
  return new URL(page.url()).pathname.split('/')[2]!;
}

const [firstElement, secondElement] = defaultModel.domains[0]!.elements;

for (const l of LANGUAGES) {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, l.language, defaultModel.defaultLanguage);
  const message = (key: keyof typeof en) => l.catalog[key] as string;
  const inPdf = (pdfText: string, expected: string, what: string) => expectInPdf(pdfText, expected, what, l.language === 'ar');

  test.describe(`printing in ${l.language}`, () => {
    test.use({ locale: l.locale });
    test.describe.configure({ timeout: 240_000 });

    test('the report prints the action plan under each priority, every section open, no heading alone on a page', async ({ page }) => {
      const id = await start(page, l.organization);
      for (const element of [firstElement!, secondElement!]) {
        await page.goto(`/assessments/${id}/${element.id}`);
        for (const question of element.questions) {
          await questionBox(page, question.id).locator('input[value="1"]').check();
          await expect(questionBox(page, question.id)).toHaveAttribute('data-save-state', 'saved');
        }
      }
      await page.goto(`/assessments/${id}/results`);
      const plans = [firstElement!, secondElement!].map((element, i) => ({ element, action: l.actions[i]!, owner: l.owners[i]!, due: `2027-0${i + 3}-30` }));
      for (const plan of plans) {
        const row = page.locator(`.priority[data-element-id="${plan.element.id}"]`);
        await row.locator(`[id="action-${plan.element.id}-what"]`).fill(plan.action);
        await row.locator(`[id="action-${plan.element.id}-owner"]`).fill(plan.owner);
        await row.locator(`[id="action-${plan.element.id}-due"]`).fill(plan.due);
        await row.locator(`[id="action-${plan.element.id}-status"]`).selectOption('in-progress');
        // "Saved", as for answers, once the last change is written.
        await expect(row.locator('.action .save-state')).toHaveText(message('question.saved'));
      }

      // Printed from what is stored: the page is read again first.
      await page.reload();
      await expect(page.locator(`[id="action-${firstElement!.id}-what"]`)).toHaveValue(plans[0]!.action);
      await page.emulateMedia({ media: 'print' });
      const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
      const all = pages.join('\n');

      inPdf(all, l.organization, 'organization');
      inPdf(all, message('results.action.legend'), 'action plan heading');
      for (const plan of plans) {
        inPdf(all, plan.action, 'action');
        inPdf(all, plan.owner, 'owner');
        inPdf(all, plan.due, 'due date');
        // The closed "About this key element" section prints open: its description is on paper.
        inPdf(all, text(plan.element.description), 'description of a priority');
      }
      inPdf(all, message('results.action.status.in-progress'), 'status');
      for (const domain of defaultModel.domains) inPdf(all, text(domain.title), 'domain');

      // No page holds a section heading and nothing else.
      const headings = [message('results.summary'), message('results.priorities'), message('results.charts'), message('results.byDomain'), message('results.answers')];
      for (const [n, content] of pages.entries()) {
        expect(headings.map(squeeze), `page ${n + 1} holds more than a heading`).not.toContain(squeeze(content));
      }
    });

    test('the comparison prints every column with a header naming the set, date, filters and anonymity, remembered after a reload', async ({ page }) => {
      const files = sampleResults(11);
      await page.goto('/compare');
      await page.locator('#set-new').fill('Network 2026');
      await page.locator('#set-new ~ button[type="submit"]').click();
      await expect(page.locator('#set-choice')).toHaveValue(/.+/);
      await page.locator('#import-files').setInputFiles(files);
      const matrix = page.getByTestId('compare-matrix');
      await expect(matrix.locator('tbody tr')).toHaveCount(11, { timeout: 90_000 });
      const names = [...new Set((await matrix.locator('tbody th').allTextContents()).map((s) => s.trim()))];

      // Named: the header says so, on screen and on paper.
      await expect(page.getByTestId('comparison-header')).toContainText(message('compare.namedNote'));
      await page.emulateMedia({ media: 'print' });
      const named = (await pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).join('\n');
      await page.emulateMedia({ media: 'screen' });
      inPdf(named, message('compare.namedNote'), 'names-shown header');
      for (const name of names) inPdf(named, name, 'organization');

      // Anonymised and filtered by period; remembered through a reload.
      await page.locator('#compare-anonymise').check();
      // Stored before the reload: the write reads the set first, and a page being unloaded gets no answer to a read.
      await expectSetAnonymisedStored(page, 'Network 2026', true);
      await page.reload();
      await expect(page.locator('#compare-anonymise')).toBeChecked();
      await expect(matrix.locator('tbody th').first()).toHaveText(/^ORG-[0-9A-F]{6,}$/);
      await page.locator('#filter-period').selectOption('2025');
      const codes = (await matrix.locator('tbody th').allTextContents()).map((s) => s.trim());
      expect(codes.length).toBeGreaterThan(0);

      await page.emulateMedia({ media: 'print' });
      const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
      const all = pages.join('\n');
      // The header, on the first page.
      inPdf(pages[0]!, message('compare.print.set').replace('{name}', 'Network 2026'), 'set');
      inPdf(pages[0]!, message('compare.print.filters').replace('{filters}', `${message('compare.period')}: 2025`), 'filters');
      // The anonymity note: in the PDF's text in English; in Arabic this sentence's shaped letters do not come back out of
      // the PDF as typed on this Chromium (the shadda's ligature is written as glyph 0, with no text), so it is checked
      // as printed (print media), visible on the page.
      if (l.language === 'ar') await expect(page.getByText(message('compare.anonymisedNote'))).toBeVisible();
      else inPdf(pages[0]!, message('compare.anonymisedNote'), 'anonymised');
      inPdf(pages[0]!, String(new Date().getFullYear()), 'date');
      inPdf(pages[0]!, message('compare.print.date').split('{')[0]!, 'date');
      // Every column: organization, period, overall and each domain, and every row's code; no name.
      inPdf(all, message('compare.column.organization'), 'column');
      inPdf(all, message('compare.column.overall'), 'column');
      for (const domain of defaultModel.domains) inPdf(all, text(domain.title), 'domain column');
      for (const code of codes) inPdf(all, code, 'code');
      // Each row with all its figures, overall and every domain, side by side as on screen.
      const figures = await matrix.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td.heat')].map((td) => td.firstChild!.textContent!.trim()).join(' ')));
      expect(figures[0]!.split(' ')).toHaveLength(1 + defaultModel.domains.length);
      // Each row as printed: every cell's own text in order (period, overall, status, confidence, domains), a low-confidence mark's words left out.
      const rowsAsPrinted = await matrix.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.firstChild?.textContent?.trim() ?? '').join(' ')));
      // The per cent sign is left out too: beside a figure in a right-to-left line it comes back on the figure's other side.
      const withoutMarks = all.split(message('compare.confidence.low')).join('').replace(/[!%]/g, '');
      for (const row of rowsAsPrinted) expectInPdf(withoutMarks, row.replace(/%/g, ''), 'every figure of a row', false);
      for (const name of names) expect(squeeze(all).includes(squeeze(name)), `${name} is not printed`).toBe(false);
    });
  });
}
