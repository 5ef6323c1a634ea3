import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ar as arCore } from '../i18n/ar.ts';
import { networkAr } from '../i18n/network/ar.ts';
const ar = { ...arCore, ...networkAr };
import { en as enCore } from '../i18n/en.ts';
import { networkEn } from '../i18n/network/en.ts';
const en = { ...enCore, ...networkEn };
import { loadLanguage } from '../i18n/index.ts';
import type { LocalText } from '../model/schema.ts';
import { localize } from '../model/text.ts';
import { rankPriorities, summarize } from '../scoring/gaps.ts';
import { answerLookup, scoreAssessment } from '../scoring/score.ts';
import { reportDocument, type Block } from './report-document.ts';
import { reportFixture } from './report-fixture.ts';
import { reportAr } from './messages/ar.ts';
import { reportEn, type ReportCatalog } from './messages/en.ts';
import { currentWording } from './wording.ts';

// The results' messages are a part the results page loads; the report reads them as the page does.
beforeAll(async () => {
  const { loadMessagePart } = await import('../i18n/parts.ts');
  await loadMessagePart('network');
});

afterEach(async () => {
  messages = reportEn;
  await loadLanguage('en');
});

const FSI_PDI = /[\u2068\u2069]/g;
const english = (text: LocalText) => localize(text, 'en', 'en');
let messages: ReportCatalog = reportEn;
const build = (input = reportFixture()) => reportDocument(input, currentWording(input.model, messages));
const headings = (blocks: Block[], level: number) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));
const tables = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
/** The blocks of the section whose first-level heading is `title`. */
function section(blocks: Block[], title: string): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return blocks.slice(start, end === -1 ? undefined : end);
}

describe('reportDocument', () => {
  it('has the sections in order, each a first-level heading, after a cover with a title', () => {
    const { blocks, title, direction, language } = build();
    expect([language, direction]).toEqual(['en', 'ltr']);
    expect(blocks[0]).toEqual({ kind: 'title', text: title });
    expect(headings(blocks, 1)).toEqual([
      en['results.summary'],
      reportEn['report.profile'],
      en['results.priorities'],
      en['results.charts'],
      en['results.byDomain'],
      en['results.answers'],
      reportEn['report.review'],
    ]);
  });

  it('names the organization, unit, period, model, status on the cover', () => {
    const input = reportFixture();
    const cover = build(input).blocks.slice(0, build(input).blocks.findIndex((b) => b.kind === 'pageBreak'));
    const text = cover.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('World Example Organization');
    expect(text).toContain('Field operations');
    expect(text).toContain('Period: 2026');
    expect(text).toContain(input.model.version);
    expect(text).toContain('Status: Approved');
  });

  it('states the same summary figures as the results page', () => {
    const input = reportFixture();
    const summary = summarize(input.model, input.report, input.assessment.targets);
    const [figures] = tables(section(build(input).blocks, en['results.summary']));
    const level = input.model.scale.find((s) => s.level === summary.overallLevel)!;
    expect(figures!.rows[0]).toEqual([en['results.achievedLevel'], `${summary.overallLevel} — ${english(level.name)}`]);
    expect(figures!.rows[1]![1]).toBe(summary.overallScore!.toFixed(1));
    expect(figures!.rows[3]![1]).toBe('100%');
  });

  it('words the governance profile with option labels and formats, leaving out what was not answered', () => {
    const rows = tables(section(build().blocks, reportEn['report.profile']))[0]!.rows;
    expect(rows).toEqual([
      ['Decision rights', 'Federated'],
      ['ICT share of expenditure', '4.5%'],
      ['ICT spending', '$1,200,000'],
      ['Staff', '3,100'],
    ]);
  });

  it('leaves the profile out when the model or the assessment has none', () => {
    const input = reportFixture();
    const { profile: _, ...withoutProfile } = input.assessment;
    expect(headings(build({ ...input, assessment: withoutProfile }).blocks, 1)).not.toContain(reportEn['report.profile']);
    const { profile: __, ...modelWithout } = input.model;
    expect(headings(build({ ...input, model: modelWithout }).blocks, 1)).not.toContain(reportEn['report.profile']);
  });

  it('lists every priority the results page ranks, in its order, with the action planned', () => {
    const input = reportFixture();
    const priorities = rankPriorities(input.model, input.report, input.assessment.targets, answerLookup(input.model, input.answers));
    expect(priorities.length).toBeGreaterThan(0);
    const blocks = section(build(input).blocks, en['results.priorities']);
    const titles = priorities.map((p) => input.model.domains.flatMap((d) => d.elements).find((e) => e.id === p.elementId)!.title).map(english);
    expect(headings(blocks, 2)).toEqual(titles);
    const firstElement = input.model.domains[0]!.elements[0]!.id;
    expect(priorities.some((p) => p.elementId === firstElement)).toBe(true);
    expect(tables(blocks).map((t) => t.rows[0])).toContainEqual(['Write the ICT strategy', 'CIO', '2026-12-31', 'In progress']);
    expect(blocks.filter((b) => b.kind === 'paragraph' && b.text === en['results.action.none'])).toHaveLength(priorities.length - 1);
  });

  it('draws one chart per domain besides the radar and the levels, over the model’s scale', () => {
    const input = reportFixture();
    const charts = section(build(input).blocks, en['results.charts']).flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
    expect(charts.map((c) => c.kind)).toEqual(['radar', 'levels', ...input.model.domains.map(() => 'elements')]);
    for (const chart of charts) {
      for (const series of chart.series) {
        expect(series.values).toHaveLength(chart.labels.length);
        for (const v of series.values) expect(v >= chart.min && v <= chart.max).toBe(true);
      }
    }
  });

  it('has a scores row for every domain and key element', () => {
    const input = reportFixture();
    const [scores] = tables(section(build(input).blocks, en['results.byDomain']));
    const count = input.model.domains.reduce((n, d) => n + 1 + d.elements.length, 0);
    expect(scores!.rows).toHaveLength(count);
  });

  it('shows each level’s confidence beside it, as the results page does', () => {
    const input = reportFixture();
    const [scores] = tables(section(build(input).blocks, en['results.byDomain']));
    expect(scores!.header.slice(1, 3)).toEqual([en['results.achievedLevel'], en['results.confidence']]);
    // Without a verified reference, a claim backs nothing: every element with claims reads 0 %, flagged from level 3.
    const rescored = (answers: typeof input.answers) => ({ ...input, answers, report: scoreAssessment(input.model, answerLookup(input.model, answers)) });
    const unverified = rescored(input.answers.map(({ evidence: _e, ...a }) => ({ ...a, value: 4 as const })));
    const [plain] = tables(section(build(unverified).blocks, en['results.byDomain']));
    expect(plain!.rows.every((row) => row[2]!.startsWith('0%') && row[2]!.endsWith(en['results.confidence.low']))).toBe(true);
    const none = rescored(input.answers.map((a) => ({ ...a, value: 1 as const })));
    const [low] = tables(section(build(none).blocks, en['results.byDomain']));
    expect(low!.rows.every((row) => row[2] === en['results.confidence.none'])).toBe(true);
  });

  it('answers every question once, with its comment and evidence', () => {
    const input = reportFixture();
    const rows = tables(section(build(input).blocks, en['results.answers'])).flatMap((t) => t.rows);
    const questions = input.model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions));
    expect(rows.map((r) => r[0])).toEqual(questions.map((q) => english(q.text)));
    expect(rows[0]![2]).toBe('Policy approved by the board in 2025.');
    expect(rows[0]![3]).toBe(
      'ICT policy — DMS-1234 · applies to 2025-11-30 · custodian: CIO office · verified\nBoard minutes — https://intranet.example/minutes · not verified',
    );
    expect(rows[1]![3]).toBe('');
  });

  it('shows the panel and the review history, or says there is none', () => {
    const input = reportFixture();
    const reviewBlocks = section(build(input).blocks, reportEn['report.review']);
    expect(headings(reviewBlocks, 2)).toEqual([reportEn['report.panel']]);
    const [panel, history] = tables(reviewBlocks);
    expect(panel!.rows).toEqual([
      ['Ana Lead', 'ICT'],
      ['Chen Finance', 'Finance'],
    ]);
    expect(history!.rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['In review', 'Ana Lead', 'CIO', 'Ready for review'],
      ['Approved', 'Bo Chair', 'Audit committee', 'Approved as presented'],
    ]);
    const { review: _, respondents: __, ...unreviewed } = input.assessment;
    const blocks = section(build({ ...input, assessment: { ...unreviewed, status: 'in-progress' } }).blocks, reportEn['report.review']);
    expect(tables(blocks)).toEqual([]);
    expect(blocks.map((b) => ('text' in b ? b.text : ''))).toEqual([reportEn['report.review'], 'Status: In progress', reportEn['report.review.none']]);
  });

  it('gives every table row as many cells as its header', () => {
    for (const table of tables(build().blocks)) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });

  it('is worded in Arabic, right to left, when the interface is', async () => {
    await loadLanguage('ar');
    messages = reportAr;
    const { blocks, language, direction, title } = build();
    expect([language, direction, title]).toEqual(['ar', 'rtl', reportAr['report.title']]);
    expect(headings(blocks, 1)).toContain(ar['results.summary']);
    expect(headings(blocks, 1)).toContain(reportAr['report.review']);
    const profile = tables(section(blocks, reportAr['report.profile'] as string))[0]!;
    expect(profile.rows[0]![1]!.replace(FSI_PDI, '')).toBe('اتحادي');
    // Figures in the language's own format.
    expect(tables(section(blocks, ar['results.summary'] as string))[0]!.rows[3]![1]).toBe(new Intl.NumberFormat('ar', { style: 'percent' }).format(1));
  });
});
